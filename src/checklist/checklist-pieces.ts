/**
 * A checklist's text in the format asked for, a procedure at a time: what `checklist` prints or
 * writes and `checklist --all` writes for every page. Written as it comes, the 20 MB article
 * densest in steps (9,582 procedures) never holds a locale's checklist or its page whole.
 */
import type { Translator } from '../catalog/i18n.js';
import type { ChecklistParts } from './checklist-model.js';
import { htmlPieces, type HtmlOptions } from './html.js';
import { jsonPieces } from './json.js';
import { markdownPieces } from './markdown.js';
import { pictureWords } from '../text/image-text.js';
import { linkAddress } from './link-titles.js';

export const CHECKLIST_FORMATS = ['md', 'html', 'json'] as const;
export type ChecklistFormat = (typeof CHECKLIST_FORMATS)[number];

export function checklistPieces(parts: ChecklistParts, format: ChecklistFormat, tr: Translator, options: HtmlOptions = {}): Iterable<string> {
  if (format === 'json') return jsonPieces(parts);
  if (format === 'html') return htmlPieces(parts, { picture: (words) => pictureWords(words, tr.t), address: linkAddress(tr), ...options });
  return markdownPieces(parts, tr, options.rewrite);
}
