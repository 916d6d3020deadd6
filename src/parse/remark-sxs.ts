/**
 * unified plugin: folds each side-by-side pair into one `segment` node.
 *
 * It wraps the parser remark-parse installed: the text is scanned for pairs, remark parses the
 * skeleton (pairs replaced by placeholders), then each placeholder becomes a `segment` node and
 * every position is mapped back to the original file, so nodes can slice the source exactly.
 * Segment bodies are not parsed here: most callers need only their strings (see inline.ts).
 */
import type { Root, RootContent } from 'mdast';
import type { Processor } from 'unified';
import type { VFile } from 'vfile';
import { chunkedBlocks, rootOf, type ChunkOptions } from './chunked-parse.js';
import { LineIndex } from './line-index.js';
import { scanSegments, type RawSegment, type ScanProblem } from './scan-segments.js';
import { remarkPlaceholderSyntax } from './placeholder-syntax.js';
import { reportProblems } from './sxs-segments.js';
import { htmlBlocks } from './html-blocks.js';
import { buildSkeleton, originalOffset, skeletonSource, type Skeleton, type SourceText } from './skeleton.js';

interface PointLike {
  line: number;
  column: number;
  offset?: number;
}

export interface SxsData {
  segments: RawSegment[];
  problems: ScanProblem[];
  lines: LineIndex;
}

declare module 'vfile' {
  interface DataMap {
    sxs: SxsData;
  }
}

// Loose node shape: the tree holds mdast nodes plus our `segment` nodes
// (`{ type: 'segment', index, id, n, position }`, index into `file.data.sxs.segments`).
interface AnyNode {
  type: string;
  value?: string;
  children?: AnyNode[];
  position?: { start: PointLike; end: PointLike };
  [key: string]: unknown;
}

/**
 * A document scanned for its pairs, and its folded top-level blocks as a stream (see
 * chunkedBlocks): each piece is parsed as the stream reaches it. A side-by-side document's
 * stream holds its skeleton, not its text, and `source` slices what is outside its pairs.
 */
export type SxsBlocks = (doc: string, file: VFile, options?: Pick<ChunkOptions, 'listPieces'>) => { sxs: SxsData; blocks: Generator<RootContent, Root['position']>; source: SourceText };

declare module 'unified' {
  interface Data {
    /** remark-sxs's parse as a stream of top-level blocks, for callers that keep no tree. */
    sxsBlocks?: SxsBlocks;
  }
}

export default function remarkSxs(this: Processor) {
  const parse = this.parser;
  if (!parse) throw new Error('remark-sxs must be used after remark-parse');
  remarkPlaceholderSyntax.call(this);
  const stream: SxsBlocks = (doc, file, options = {}) => {
    const { segments, problems } = scanSegments(doc);
    const lines = new LineIndex(doc);
    const sxs = (file.data.sxs = { segments, problems, lines });
    reportProblems(file, problems, lines);
    const parsePiece = (piece: string) => parse(piece, file) as Root;
    if (segments.length === 0) return { sxs, blocks: chunkedBlocks(parsePiece, doc, options), source: doc };
    const skeleton = buildSkeleton(doc, segments);
    if (!skeleton) return refused(file, lines, parsePiece, options);
    return { sxs, blocks: foldedBlocks(parsePiece, skeleton, sxs, options), source: skeletonSource(skeleton, segments) };
  };
  this.data('sxsBlocks', stream);
  this.parser = (doc: string, file: VFile) => rootOf(stream(doc, file).blocks);
}

/**
 * An article whose text puts all 6,400 private-use characters after a `<` (see placeholderMark)
 * leaves its pairs no mark: refused at its start, as input-limits.ts refuses, rather than parsed
 * with pairs that could be mixed up with its text.
 */
function refused(file: VFile, lines: LineIndex, parse: (text: string) => Root, options: ChunkOptions): ReturnType<SxsBlocks> {
  const message = file.message('every private-use character (U+E000–U+F8FF) follows a `<` in this article: none is left to mark its side-by-side pairs, which are not read', { place: lines.point(0), ruleId: 'private-use', source: 'docflow' });
  message.fatal = true;
  const sxs = (file.data.sxs = { segments: [], problems: [], lines });
  return { sxs, blocks: chunkedBlocks(parse, '', options), source: '' };
}

function* foldedBlocks(parse: (text: string) => Root, skeleton: Skeleton, { segments, lines }: SxsData, options: ChunkOptions): Generator<RootContent, Root['position']> {
  const context = { skeleton, segments, lines };
  const blocks = chunkedBlocks(parse, skeleton.text, options);
  const tables = new HtmlTables(context);
  for (let next = blocks.next(); ; next = blocks.next()) {
    if (next.done) {
      for (const block of tables.end()) yield block as RootContent;
      const root: AnyNode = { type: 'root', position: next.value };
      remap(root, context);
      return root.position as Root['position'];
    }
    for (const block of tables.add(next.value as AnyNode)) yield block as RootContent;
  }
}

interface Context {
  skeleton: Skeleton;
  segments: RawSegment[];
  lines: LineIndex;
}

/** A node with its segments folded in: several where a text or html node held placeholders. */
function folded(node: AnyNode, context: Context): AnyNode[] {
  if ((node.type === 'text' || node.type === 'html') && node.value?.includes(context.skeleton.start)) return split(node, context);
  remap(node, context);
  if (node.children) {
    // Only children with raw HTML among them can hold a table (most have none: no reader made for them).
    const tables = node.children.some((child) => child.type === 'html') && new HtmlTables(context);
    node.children = tables ? [...node.children.flatMap((child) => tables.add(child)), ...tables.end()] : node.children.flatMap((child) => folded(child, context));
  }
  return [node];
}

const TABLE_OPEN = /<table\b/gi;
const TABLE_CLOSE = /<\/table\s*>/gi;

/**
 * Blocks folded in order, a raw HTML `<table>` whose cells hold pairs read as the table it is.
 * Markdown keeps the HTML as html nodes (one per blank-line-parted run of lines) and does not
 * read inside them: folded alone, each pair of a cell was a paragraph of its own, and a reader
 * could not tell rows or columns apart. Its skeleton (pairs as placeholders, which no tag
 * pattern takes for one) is read by html-blocks.ts as a plain article's HTML is: rows of cells,
 * as a GFM table's, under an html node the structure reads through. A table parted by blank
 * lines is its html nodes and what stands between them, until the one that closes it; one that
 * a markdown block other than a paragraph interrupts, or that never closes, is folded as before.
 */
class HtmlTables {
  /** The nodes of a table still open, and how many `<table>` they leave open. */
  private open: AnyNode[] = [];
  private depth = 0;

  constructor(private readonly context: Context) {}

  /** The blocks to give for `node`, next in order: none while a table is still open. */
  add(node: AnyNode): AnyNode[] {
    if (this.open.length > 0) {
      if (node.type !== 'html' && node.type !== 'paragraph') return [...this.end(), ...folded(node, this.context)];
      this.open.push(node);
      this.depth += this.balance(node);
      return this.depth > 0 ? [] : this.table();
    }
    if (node.type !== 'html' || !/<table\b/i.test(node.value ?? '')) return folded(node, this.context);
    this.open = [node];
    this.depth = this.balance(node);
    return this.depth > 0 ? [] : this.table();
  }

  /** What is still held, folded as it was (a table that never closed). */
  end(): AnyNode[] {
    const held = this.open;
    this.open = [];
    return held.flatMap((node) => folded(node, this.context));
  }

  /** How many tables a node's skeleton opens and does not close. */
  private balance(node: AnyNode): number {
    const range = this.range([node]);
    if (!range) return 0;
    // A table in a comment is none (html-blocks.ts reads no comment).
    const text = this.context.skeleton.text.slice(...range).replace(/<!--[\s\S]*?(?:-->|$)/g, '');
    return (text.match(TABLE_OPEN)?.length ?? 0) - (text.match(TABLE_CLOSE)?.length ?? 0);
  }

  private range(nodes: readonly AnyNode[]): [number, number] | undefined {
    const start = nodes[0]?.position?.start.offset;
    const end = nodes.at(-1)?.position?.end.offset;
    return start === undefined || end === undefined ? undefined : [start, end];
  }

  /** The held nodes as one html node whose children are the blocks html-blocks reads in them. */
  private table(): AnyNode[] {
    const nodes = this.open;
    this.open = [];
    const range = this.range(nodes);
    // A table of no pair is left as it was: nothing of it was shown, nor is now.
    const pairs = range !== undefined && this.context.skeleton.text.slice(...range).includes(this.context.skeleton.start);
    const blocks = pairs ? (htmlBlocks(this.context.skeleton.text, range[0], range[1], () => ({ line: 0, column: 0 })) as AnyNode[]) : [];
    if (!range || blocks.length === 0) return nodes.flatMap((node) => folded(node, this.context));
    const html: AnyNode = { type: 'html', value: '', position: nodes[0]!.position && { start: nodes[0]!.position.start, end: nodes.at(-1)!.position!.end } };
    remap(html, this.context);
    html.children = blocks.flatMap((block) => folded(block, this.context));
    return [html];
  }
}

function remap(node: AnyNode, { skeleton, segments, lines }: Context): void {
  const position = node.position;
  if (!position || position.start.offset === undefined || position.end.offset === undefined) return;
  node.position = {
    start: lines.point(originalOffset(skeleton, segments, position.start.offset)),
    end: lines.point(originalOffset(skeleton, segments, position.end.offset)),
  };
}

/** Splits a text or html node around its placeholders. Pieces keep their skeleton-decoded values. */
function split(node: AnyNode, context: Context): AnyNode[] {
  const { segments, skeleton, lines } = context;
  const out: AnyNode[] = [];
  const values = node.value!.split(skeleton.placeholder);
  // split() with a capture group alternates: value, index, value, index, ..., value.
  let cursor = node.position?.start.offset ?? 0;
  for (let k = 0; k < values.length; k++) {
    if (k % 2 === 1) {
      const index = Number(values[k]);
      const raw = segments[index]!;
      out.push({
        type: 'segment',
        index,
        id: raw.id,
        n: raw.n,
        position: { start: lines.point(raw.start), end: lines.point(raw.end) },
      });
      cursor = skeleton.ends[index]!;
      continue;
    }
    const value = values[k]!;
    if (value === '') continue;
    const nextIndex = k + 1 < values.length ? Number(values[k + 1]) : undefined;
    const endSkeleton = nextIndex === undefined ? (node.position?.end.offset ?? cursor) : skeleton.starts[nextIndex]!;
    const piece: AnyNode = {
      type: node.type,
      value,
      position: {
        start: { line: 0, column: 0, offset: cursor },
        end: { line: 0, column: 0, offset: endSkeleton },
      },
    };
    remap(piece, context);
    out.push(piece);
  }
  return out;
}
