/**
 * Plain monolingual markdown has no sxs pairs: each leaf block (paragraph, heading, table cell)
 * becomes one segment whose source and target are the same exact markdown, numbered in reading
 * order, so the rest of the pipeline treats both formats alike. A DocFX `:::image` in a paragraph
 * is not text to translate: the text on either side of it is a segment of its own, and the image
 * stays in the tree as the file's text, where the structure finds it (see images.ts). A block of
 * DocFX marks only (an include, `::: zone`) is not text either: it stays the file's, which the
 * structure drops, as it does the same line outside the pairs of a side-by-side article; nor is a
 * code include (see code-includes.ts), which the structure names. Nor is an empty HTML anchor at
 * either end of a block (`## <a name="setup"></a>Set up`): a link target, which a side-by-side
 * article also keeps outside its pairs. A `<br>` parts a block's text in two strings, as the
 * side-by-side tools part it (a legacy note's `**Note**<br>` is then its label, as there). A raw
 * HTML block's text is read too (see html-blocks.ts): DocFX shows it.
 */
import type { Segment } from '../model/document.js';
import { BLOCK_IMAGE, ICON_TYPE } from './images.js';
import { LINE_MARK, onlyMarks } from './docfx-marks.js';
import { codeIncludes } from './code-includes.js';
import { withoutContainerPrefixes } from './container-prefixes.js';
import type { TreeNode } from './structure.js';
import { htmlBlocks } from './html-blocks.js';

const LEAVES = new Set(['paragraph', 'heading', 'tableCell']);
// A DocFX alert marker (`> [!NOTE]`) says what the block is, and a div marker (`> [!div
// class="checklist"]`) how Docs draws it; neither is text to translate.
const MARKER = /^\[!(?:NOTE|TIP|IMPORTANT|CAUTION|WARNING|div\b[^\]\n]*)\][^\S\n]*(\n[^\S\n]*>?[^\S\n]*)?/i;
const ANCHOR_OPEN = /^<a\s[^>]*>$/i;
const ANCHOR_CLOSED = /^<a\s[^>]*\/>$/i;
const ANCHOR_CLOSE = /^<\/a\s*>$/i;

interface Positioned {
  position?: { start: { line: number; column: number; offset?: number }; end: { offset?: number } };
}

/** The segments of a tree or of one block, numbered on from those already found (`segments`, to which they are added). */
export function plainSegments(root: TreeNode, text: string, lines: { point(offset: number): { line: number; column: number } }, segments: Segment[] = []): Segment[] {
  const walk = (node: TreeNode) => {
    // A raw HTML block (only blocks are walked: a leaf's inline HTML is its own): its text as blocks.
    if (node.type === 'html' && !node.children) htmlBlock(node, text, lines.point.bind(lines));
    if (!LEAVES.has(node.type) || !node.children?.length) {
      node.children?.forEach(walk);
      return;
    }
    const { lead, inner, tail } = withoutAnchors(node.children);
    const first = (inner[0] as Positioned | undefined)?.position?.start.offset;
    const end = (inner[inner.length - 1] as Positioned | undefined)?.position?.end.offset;
    if (first === undefined || end === undefined || onlyMarks(text.slice(first, end)) || codeIncludes(text.slice(first, end))) return;
    const marker = MARKER.exec(text.slice(first, end))?.[0] ?? '';
    const children: TreeNode[] = marker ? [{ type: 'text', value: marker.trim() }] : [];
    const at = (offset: number) => ({ ...lines.point(offset), offset });
    const cuts = breaks(inner);
    const said = new Map(cuts.map(([at, , value]) => [at, value]));
    for (const [from, to, apart] of pieces(text, first + marker.length, end, node.type === 'paragraph', cuts.map(([at, to]): [number, number] => [at, to]))) {
      if (apart) {
        // A cut keeps what it says (a cell's `<br>` or `<li>`, see cell-breaks.ts), not the tag it stands for.
        children.push({ type: apart, value: said.get(from) ?? text.slice(from, to), position: { start: at(from), end: at(to) } });
        continue;
      }
      const n = segments.length + 1;
      // The segment spans the block's range, its string the block's text (see container-prefixes.ts).
      const markdown = withoutContainerPrefixes(text.slice(from, to));
      const start = at(from);
      segments.push({ id: `plain-${n}`, n, source: markdown, target: markdown, line: start.line, column: start.column, targetStart: from, targetEnd: to, sourceStart: from, sourceEnd: to });
      children.push({ type: 'segment', n, position: { start, end: at(to) } });
    }
    // Nothing but the marker: the block keeps its own children.
    if (children.length > (marker ? 1 : 0)) node.children = [...lead, ...children, ...tail];
  };
  walk(root);
  return segments;
}

/** The HTML node given the blocks its text makes (see html-blocks.ts), as children the structure reads. */
function htmlBlock(node: TreeNode, text: string, point: (offset: number) => { line: number; column: number }): void {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined) return;
  const blocks = htmlBlocks(text, start, end, point);
  if (blocks.length > 0) node.children = blocks;
}

/** What stands apart from the text of a block: a DocFX image (the file's text), a `<br>` (its HTML). */
type Apart = 'text' | 'html';

/**
 * The text of `start`–`end` as ranges without the space around them, in order: text, and each
 * of `cuts` (a block's `<br>`) on its own, and in a paragraph (`images`) each DocFX image and
 * line mark, marked.
 */
function* pieces(text: string, start: number, end: number, images: boolean, cuts: readonly [number, number][]): Generator<[number, number, Apart | false]> {
  // Searched in the paragraph alone: from its start to the text's end, every paragraph of a long
  // article without images would read the rest of it. A DocFX mark on a line of its own that the
  // paragraph runs on from or to (`::: zone pivot="cli"` then text) is the file's text too.
  const paragraph = images ? text.slice(start, end) : '';
  // An icon stays in its sentence (see images.ts).
  const blockImages = [...paragraph.matchAll(BLOCK_IMAGE)].filter((m) => !ICON_TYPE.test(m[0]));
  const found = [...blockImages, ...paragraph.matchAll(LINE_MARK)].map((m): [number, number, Apart] => [start + m.index, start + m.index + m[0].length, 'text']);
  const apart = [...found, ...cuts.filter(([at]) => at >= start).map(([at, to]): [number, number, Apart] => [at, to, 'html'])].sort((a, b) => a[0] - b[0]);
  let from = start;
  for (const [at, to, kind] of apart) {
    if (at < from) continue;
    yield* trimmed(text, from, at);
    yield [at, to, kind];
    from = to;
  }
  yield* trimmed(text, from, end);
}

/**
 * The `<br>` tags among a block's inline nodes: where a side-by-side article's sentences part
 * (`>**Note**<br>If you…`: the label and the sentence are two pairs), so two strings here too;
 * and in an HTML table's cell, its list items (`<li>`, see html-blocks.ts).
 */
function breaks(nodes: readonly TreeNode[]): [number, number, string][] {
  return nodes
    .filter((node) => node.type === 'html' && /^<(?:br\s*\/?|li)>$/i.test(node.value ?? ''))
    .map((node) => [node.position!.start.offset!, node.position!.end.offset!, node.value!]);
}

/** The range without white space at its ends, if anything is left. */
function* trimmed(text: string, from: number, to: number): Generator<[number, number, false]> {
  while (from < to && /\s/.test(text[from]!)) from++;
  while (to > from && /\s/.test(text[to - 1]!)) to--;
  if (from < to) yield [from, to, false];
}

/**
 * A block's inline nodes without the empty anchors (`<a name="x"></a>`, `<a id="x"/>`, and the
 * space after or before one) at its start and end, which are kept apart.
 */
function withoutAnchors(nodes: TreeNode[]): { lead: TreeNode[]; inner: TreeNode[]; tail: TreeNode[] } {
  const html = (i: number, tag: RegExp) => nodes[i]?.type === 'html' && tag.test(nodes[i]!.value ?? '');
  // How many nodes the anchor at `i` takes (none: no anchor there).
  const anchorAt = (i: number) => (html(i, ANCHOR_OPEN) && html(i + 1, ANCHOR_CLOSE) ? 2 : html(i, ANCHOR_CLOSED) ? 1 : 0);
  const blank = (i: number) => nodes[i]?.type === 'text' && !nodes[i]!.value?.trim();
  let from = 0;
  let to = nodes.length;
  for (;;) {
    const anchor = anchorAt(from);
    if (anchor) from += anchor;
    else if (from > 0 && from < to && blank(from)) from++;
    else break;
  }
  for (;;) {
    if (to - 2 >= from && anchorAt(to - 2) === 2) to -= 2;
    else if (to - 1 >= from && anchorAt(to - 1) === 1) to -= 1;
    else if (to < nodes.length && to > from && blank(to - 1)) to--;
    else break;
  }
  return { lead: nodes.slice(0, from), inner: nodes.slice(from, to), tail: nodes.slice(to) };
}
