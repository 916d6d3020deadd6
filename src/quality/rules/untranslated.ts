/**
 * A translation identical to its English. Names the product keeps in English (the allow-list),
 * code, links and numbers are not sentences to translate, so a sentence made only of them passes.
 */
import type { SegmentRule } from '../rule.js';
import { leftInEnglish } from '../../catalog/left-in-english.js';

export const untranslated: SegmentRule = {
  id: 'untranslated',
  severity: 'warning',
  description: 'the translation is the English (product names, code and URLs aside)',
  check(segment, _document, settings) {
    return leftInEnglish(segment.target, segment.source, settings.allow) ? ['the translation is the English sentence'] : [];
  },
};
