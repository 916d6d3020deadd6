/** Every check `docflow lint` knows, with its default severity and what it checks. */
import { boldDropped } from './rules/bold-dropped.js';
import { emptyTarget } from './rules/empty-target.js';
import { markupParity } from './rules/markup-parity.js';
import { unclosedMarkup } from './rules/unclosed-markup.js';
import { numbersKept } from './rules/numbers.js';
import { placeholdersKept } from './rules/placeholders.js';
import { untranslated } from './rules/untranslated.js';
import { whitespace } from './rules/whitespace.js';
import { spaceBeforePunctuation } from './rules/space-before-punctuation.js';
import type { SegmentRule, Severity } from './rule.js';

export const SEGMENT_RULES: readonly SegmentRule[] = [emptyTarget, placeholdersKept, markupParity, unclosedMarkup, boldDropped, numbersKept, untranslated, whitespace, spaceBeforePunctuation];

/** Checks that look at more than one sentence, or at the file. */
export const CONTENT_RULES: readonly { id: string; severity: Severity; description: string }[] = [
  { id: 'sxs-integrity', severity: 'error', description: 'side-by-side pairs whole: tags balanced, ids matching, well formed and unique' },
  { id: 'inconsistent-translation', severity: 'warning', description: 'one English sentence translated one way in a locale' },
  { id: 'label-glossary', severity: 'warning', description: 'one bold UI label translated one way across steps and articles (one name per button)' },
  { id: 'label-unpaired', severity: 'info', description: 'a step’s UI label whose translation cannot be told (the screen shows it without)' },
  { id: 'bad-resource', severity: 'error', description: 'a resource file in locales/ that is not valid JSON or not UTF-8: its strings cannot be used or kept' },
  { id: 'machine-translated', severity: 'info', description: 'the article is machine translated (ms.translationtype: MT): review it' },
];

export const ALL_RULES = [...SEGMENT_RULES, ...CONTENT_RULES].map(({ id, severity, description }) => ({ id, severity, description }));

/** Names the product keeps in English in every language (catalog/left-in-english.ts). */
export { PRODUCT_NAMES } from '../catalog/left-in-english.js';
