/**
 * Whether an HTML table's first row is its header, as a browser draws it: a row in `<thead>`, a
 * row of `<th>` cells only, or one whose every sentence is bold (`<td><p><strong>Role</strong>`:
 * how a table converted from Word writes its header, drawn bold as one). The model's rows have a
 * header row as a GFM table's do; before, an HTML table's first row of data was drawn as one too.
 */
import type { TreeNode } from './structure.js';

/** A sentence that is bold as a whole (`**Role**`, `<strong>Role</strong>`, `<b>Role</b>`). */
const BOLD = /^\s*(?:\*\*[^*]+\*\*|<(strong|b)>(?:(?!<\/?(?:strong|b)>)[\s\S])*<\/\1>)\s*$/i;

/** `row`'s data is html-blocks' (`head`: in `<thead>`, `td`: has a `<td>`); `english` a cell's sentences in English. */
export function headerRow(row: TreeNode | undefined, english: (cell: TreeNode) => string[]): boolean {
  const data = row?.data as { head?: boolean; td?: boolean } | undefined;
  if (data?.head === true || data?.td !== true) return true;
  const sentences = (row?.children ?? []).flatMap(english);
  return sentences.length > 0 && sentences.every((sentence) => BOLD.test(sentence));
}
