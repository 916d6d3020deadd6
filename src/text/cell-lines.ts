/**
 * A table cell's sentences as the lines a reader sees: a `<br>` or a paragraph starts a line, a
 * list item (`<td><ul><li>`) a line led by a bullet (see parse/cell-breaks.ts).
 */
import type { KeyBlock } from '../model/workflow.js';

type Table = Extract<KeyBlock, { type: 'table' }>;

export interface CellLine {
  keys: string[];
  item: boolean;
}

/** The bullet an item of a cell is led by, on every surface. */
export const CELL_BULLET = '• ';

/** What parts a cell's lines in its markdown: a GFM cell holds no line break but `<br>`. */
export const CELL_BREAK = '<br>';

/** The lines of the cell at row `r`, column `c`. */
export function cellLines(table: Table, r: number, c: number): CellLine[] {
  const lines: CellLine[] = [];
  (table.rows[r]?.[c] ?? []).forEach((key, i) => {
    const opens = table.opens?.[`${r}.${c}.${i}`];
    const last = lines.at(-1);
    if (!last || opens) lines.push({ keys: [key], item: opens === 'item' });
    else last.keys.push(key);
  });
  return lines;
}

/** A cell's lines as one text: each line's own (`line`), items led by a bullet, `between` them. */
export function cellText(lines: readonly CellLine[], line: (keys: readonly string[]) => string, between: string): string {
  return lines.map((each) => (each.item ? CELL_BULLET : '') + line(each.keys)).join(between);
}
