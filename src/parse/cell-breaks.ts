/**
 * A table cell's parts with where each of its lines and list items starts. A cell's `<br>` (GFM,
 * and what html-blocks.ts gives for a `<p>` or `<div>` in an HTML cell) starts a line, its `<li>`
 * an item: before, they only parted its strings and the cell showed "OneTwo".
 */
import type { CellBreak, Part } from '../model/document.js';
import type { TreeNode } from './structure.js';

const LINE = /^<br\s*\/?>$/i;
const ITEM = /^<li>$/i;

/** The cell's parts (`parts` reads a run of its nodes), each first of a line or an item marked so. */
export function cellParts(children: readonly TreeNode[], parts: (nodes: readonly TreeNode[]) => Part[]): Part[] {
  const out: Part[] = [];
  let run: TreeNode[] = [];
  let pending: CellBreak | undefined;
  const flush = () => {
    const [first, ...rest] = parts(run);
    run = [];
    if (!first) return;
    // The first line needs no mark; an item does, for its bullet.
    out.push(pending === 'item' || (pending && out.length > 0) ? { ...first, opens: pending } : first, ...rest);
    pending = undefined;
  };
  for (const node of children) {
    const cut = node.type === 'html' ? (ITEM.test(node.value ?? '') ? 'item' : LINE.test(node.value ?? '') ? 'line' : undefined) : undefined;
    if (!cut) {
      run.push(node);
      continue;
    }
    flush();
    // An item's own paragraph (`<li><p>`) is the item's line: the item wins.
    if (pending !== 'item') pending = cut;
  }
  flush();
  return out;
}
