/**
 * Plain monolingual markdown has no sxs pairs: each leaf block (paragraph, heading, table cell)
 * becomes one segment whose source and target are the same exact markdown, numbered in reading
 * order, so the rest of the pipeline treats both formats alike.
 */
import type { Segment } from '../model/document.js';
import type { TreeNode } from './structure.js';

const LEAVES = new Set(['paragraph', 'heading', 'tableCell']);
// A DocFX alert marker (`> [!NOTE]`) says what the block is; it is not text to translate.
const MARKER = /^\[!(NOTE|TIP|IMPORTANT|CAUTION|WARNING)\][^\S\n]*(\n[^\S\n]*>?[^\S\n]*)?/i;

interface Positioned {
  position?: { start: { line: number; column: number; offset?: number }; end: { offset?: number } };
}

/** The segments of a tree or of one block, numbered on from those already found (`segments`, to which they are added). */
export function plainSegments(root: TreeNode, text: string, lines: { point(offset: number): { line: number; column: number } }, segments: Segment[] = []): Segment[] {
  const walk = (node: TreeNode) => {
    if (!LEAVES.has(node.type) || !node.children?.length) {
      node.children?.forEach(walk);
      return;
    }
    const first = (node.children[0] as Positioned).position?.start.offset;
    const end = (node.children[node.children.length - 1] as Positioned).position?.end.offset;
    if (first === undefined || end === undefined) return;
    const marker = MARKER.exec(text.slice(first, end))?.[0] ?? '';
    const start = first + marker.length;
    const markdown = text.slice(start, end);
    if (!markdown.trim()) return;
    const n = segments.length + 1;
    const at = lines.point(start);
    segments.push({
      id: `plain-${n}`,
      n,
      source: markdown,
      target: markdown,
      line: at.line,
      column: at.column,
      targetStart: start,
      targetEnd: end,
      sourceStart: start,
      sourceEnd: end,
    });
    node.children = [...(marker ? [{ type: 'text', value: marker.trim() }] : []), { type: 'segment', n }];
  };
  walk(root);
  return segments;
}
