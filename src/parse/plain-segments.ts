/**
 * Plain monolingual markdown has no sxs pairs: each leaf block (paragraph, heading, table cell)
 * becomes one segment whose source and target are the same exact markdown, numbered in reading
 * order, so the rest of the pipeline treats both formats alike.
 */
import type { Segment } from '../model/document.js';
import type { TreeNode } from './structure.js';

const LEAVES = new Set(['paragraph', 'heading', 'tableCell']);

interface Positioned {
  position?: { start: { line: number; column: number; offset?: number }; end: { offset?: number } };
}

export function plainSegments(root: TreeNode, text: string): Segment[] {
  const segments: Segment[] = [];
  const walk = (node: TreeNode) => {
    if (LEAVES.has(node.type) && node.children?.length) {
      const first = node.children[0] as Positioned;
      const last = node.children[node.children.length - 1] as Positioned;
      const start = first.position?.start;
      const end = last.position?.end.offset;
      if (start?.offset === undefined || end === undefined) return;
      const markdown = text.slice(start.offset, end);
      if (!markdown.trim()) return;
      const n = segments.length + 1;
      segments.push({
        id: `plain-${n}`,
        n,
        source: markdown,
        target: markdown,
        line: start.line,
        column: start.column,
        targetRange: [start.offset, end],
        sourceRange: [start.offset, end],
      });
      node.children = [{ type: 'segment', n, children: undefined, position: { start } }];
      return;
    }
    node.children?.forEach(walk);
  };
  walk(root);
  return segments;
}
