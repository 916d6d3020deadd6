/**
 * A translation identical to its English. Names the product keeps in English (the allow-list),
 * code, links and numbers are not sentences to translate, so a sentence made only of them passes.
 */
import type { SegmentRule } from '../rule.js';
import { englishLeft } from '../../catalog/left-in-english.js';
import { identifierRows } from '../../catalog/table-row.js';
import type { Document } from '../../model/document.js';

/** Each article file's offer-table rows, read when a sentence of it is first found in English. */
const rowsOf = new WeakMap<Document, (line: number) => boolean>();
function nameRows(document: Document): (line: number) => boolean {
  let rows = rowsOf.get(document);
  if (!rows) rowsOf.set(document, (rows = identifierRows(document.path)));
  return rows;
}

export const untranslated: SegmentRule = {
  id: 'untranslated',
  severity: 'warning',
  description: 'the translation is the English (product names, code and URLs aside)',
  check(segment, document, settings) {
    const left = englishLeft(segment.target, segment.source, settings.allow);
    if (!left) return [];
    // An offer's name in its table's row (one with the offer's ID) may stay in English: asked of one that reads as a name.
    if (left === 'name' && document.path && nameRows(document)(segment.line)) return [];
    return ['the translation is the English sentence'];
  },
};
