/**
 * remark's parse of a long text in pieces, with the tree it would give whole.
 *
 * micromark's cost and memory grow faster than the text: each container it closes copies the
 * document's events so far, and a document's events (with GFM tables, many per cell) all live
 * until the tree is built. A 5 MB article took 3 s and 400 MB in one parse. Parsed in pieces,
 * cut where nothing open can go on, the cost is linear and the memory that of one piece (and the
 * tree). The smaller the piece, the less it copies and the fewer of its events a young-generation
 * collection finds alive: at nearly every heading (pieces past 512 characters rather than 8 KB),
 * a cold extract of 370 articles took 3.8 s instead of 4.2 at 138 MB instead of 150, the 5 MB
 * article 1.7 s instead of 2.5 at 159 MB instead of 183, the 20 MB one 5.5 s instead of 8.6
 * (medians, side by side; 2 KB and 1 KB pieces in between, 256 no better).
 *
 * A cut goes before an ATX heading at the start of a line that follows a blank line: there every
 * list, quote, paragraph, table and HTML block of kinds 6 and 7 has ended, unless a fenced code
 * block, an HTML block of kinds 1–5 (`<pre>`, `<!--` …) or the front matter is still open,
 * which a line scan follows. The scan can be fooled (a fence inside an HTML block), so each piece is checked after
 * its parse: if its last block runs to its end unclosed, the rest of the text is parsed whole.
 * A cut also goes before a top-level list item that follows an item of the same marker: the
 * piece's last block must then be that list (else the cuts up to the next heading's are not
 * taken), and the next piece's first list is joined to it.
 * Link and footnote definitions reach across the whole text, so a text with anything like one
 * (`]:`) is parsed whole, as is one with a lone carriage return (a line ending to micromark).
 */
import type { List, Root, RootContent } from 'mdast';
import { settleMemory } from '../runtime/memory-budget.js';

/** Pieces are cut at the first heading after this many characters. */
const PIECE = 512;

interface Point {
  line: number;
  column: number;
  offset?: number;
}

export function chunkedParse(parse: (text: string) => Root, text: string, size = PIECE): Root {
  return rootOf(chunkedBlocks(parse, text, { size }));
}

/** The root of a stream of top-level blocks. */
export function rootOf(blocks: Generator<RootContent, Root['position']>): Root {
  const children: RootContent[] = [];
  for (let next = blocks.next(); ; next = blocks.next()) {
    if (next.done) return { type: 'root', children, position: next.value };
    children.push(next.value);
  }
}

/**
 * With `listPieces`, a list cut between pieces is not joined: each piece's part of it comes as a
 * list of its own, and those after the first are marked (`continuesList`), for a caller that
 * takes a list's items as they come (a 40,000-step list was held whole until its last piece).
 */
export interface ChunkOptions {
  size?: number;
  listPieces?: boolean;
}

/** Whether a block is the rest of the list before it, cut between pieces (see ChunkOptions). */
export function continuesList(node: { data?: unknown }): boolean {
  return (node.data as { continuesList?: boolean } | undefined)?.continuesList === true;
}

/**
 * The top-level blocks of the text's tree, a piece at a time: a caller that folds each block
 * into what it keeps holds one piece's tree, not the document's. Returns the root's position.
 */
export function* chunkedBlocks(parse: (text: string) => Root, text: string, { size = PIECE, listPieces = false }: ChunkOptions = {}): Generator<RootContent, Root['position']> {
  // A lone carriage return ends a line for micromark, not for the line scans here.
  const loneReturn = /\r(?!\n)/.test(text);
  // A byte order mark is no text to micromark, which leaves it out of its offsets: the parse
  // starts after it, as a piece does, so that every offset and column is the text's.
  const mark = text.charCodeAt(0) === BYTE_ORDER_MARK ? 1 : 0;
  const matter = loneReturn ? undefined : frontMatter(text, mark);
  const rule = matter || loneReturn ? undefined : unclosedFence(text, mark);
  const from = matter?.next ?? rule ?? mark;
  const items = new Set<number>();
  const cuts = text.length - from < 2 * size || text.includes(']:') || loneReturn ? [] : cutPoints(text, size, items);
  if (!matter && rule === undefined && cuts.length === 0 && mark === 0) {
    const tree = parse(text);
    yield* tree.children;
    return tree.position;
  }
  if (matter) yield matter.node;
  let first = matter?.node.position;
  if (rule !== undefined) {
    // The fence line alone: a thematic break, nothing after it in the parse that tries it.
    const head = parse(text.slice(mark, rule));
    shift(head, 0, mark, mark);
    first = head.position;
    yield* head.children;
  }
  let start = from;
  let line = 1 + countLines(text, 0, from);
  let last: Root['position'];
  let next = 0;
  // A list that ended a piece cut before one of its items: the next piece's first list goes on
  // with it. Held to be joined; with listPieces only what it is (given already, its positions
  // may have been moved by the caller).
  let held: List | undefined;
  let heldKind: string | undefined;
  // At least one piece, empty if the front matter is all there is: the root ends where it does.
  do {
    let end = next < cuts.length ? cuts[next++]! : text.length;
    let tree = parse(text.slice(start, end));
    for (; end < text.length; tree = parse(text.slice(start, end))) {
      // A block left open at the cut (the scan was fooled): the rest is parsed whole, which
      // bounds the work at twice one parse whatever the text.
      if (reachesEnd(tree, end - start)) {
        [end, next] = [text.length, cuts.length];
        tree = parse(text.slice(start));
        break;
      }
      if (!items.has(end) || nextItem(text, tree, start, end)) break;
      // A cut before an item the piece's list does not go on with: none until the next heading's.
      while (next < cuts.length && items.has(cuts[next]!)) next++;
      end = next < cuts.length ? cuts[next++]! : text.length;
    }
    // Only the first piece can start within a line (after a byte order mark).
    shift(tree, line - 1, start, start === mark ? mark : 0);
    first ??= tree.position;
    last = tree.position;
    line += countLines(text, start, end);
    const blocks = tree.children;
    if (heldKind !== undefined) {
      const [continued] = blocks;
      const joins = continued?.type === 'list' && listKind(text, continued) === heldKind;
      if (joins && listPieces) continued.data = { ...continued.data, continuesList: true } as List['data'];
      else if (joins) joinLists(text, held!, blocks.shift() as List);
      if (listPieces || blocks.length > 0 || !items.has(end)) {
        if (held) yield held;
        [held, heldKind] = [undefined, undefined];
      }
    }
    const ending = blocks.at(-1);
    if (items.has(end) && ending?.type === 'list') {
      heldKind = listKind(text, ending);
      if (!listPieces) held = blocks.pop() as List;
    }
    start = end;
    yield* blocks;
    settleMemory();
  } while (start < text.length);
  if (held) yield held;
  return first && last && { start: first.start, end: last.end };
}

/** A front matter fence: its opening and closing lines, as frontMatter and cutPoints read them. */
const FRONT_MATTER = /^---[ \t]*\r?\n?$/;
const BYTE_ORDER_MARK = 0xfeff;

/**
 * The front matter at the start of a text, closed and followed by a line, as remark's front
 * matter extension reads it: its `yaml` node, made here, and where the next line starts. Made,
 * not parsed: its parse was a tenth of a skeleton's (every character a step of micromark), for
 * a node nothing reads but the tree. A fence with a tab is left to remark (micromark counts a
 * tab's columns its own way), and so is a text whose next line starts with `---`.
 */
function frontMatter(text: string, from: number): { node: RootContent & { position: NonNullable<Root['position']> }; next: number } | undefined {
  const opening = text.indexOf('\n', from);
  const fenceLine = opening === -1 ? '' : text.slice(from, opening);
  if (!FRONT_MATTER.test(fenceLine) || fenceLine.includes('\t')) return undefined;
  let line = 2;
  for (let at = opening + 1; at < text.length; line++) {
    const newline = text.indexOf('\n', at);
    if (newline === -1) return undefined;
    const content = text.slice(at, newline);
    if (FRONT_MATTER.test(content)) {
      // A piece that starts with `---` would be tried as front matter again (and a failed try
      // leaves the list items after it as paragraphs): such a text is parsed whole.
      if (content.includes('\t') || text.startsWith('---', newline + 1)) return undefined;
      const fence = content.endsWith('\r') ? content.length - 1 : content.length;
      // The lines between the fences, less the line ending before the closing one.
      const value = text.slice(opening + 1, at).replace(/\r?\n$/, '');
      const end = { line, column: fence + 1, offset: at + fence };
      return { node: { type: 'yaml', value, position: { start: { line: 1, column: from + 1, offset: from }, end } }, next: newline + 1 };
    }
    at = newline + 1;
  }
  return undefined;
}

/**
 * Where the line after a first line `---` starts, when no later line closes it: not front matter
 * then but a thematic break, as CommonMark and markdig (DocFX) read it. micromark's front matter
 * extension, trying it as front matter and failing, left every list and quote after it a
 * paragraph (micromark-extension-frontmatter#5): an article that opens with a rule, or whose
 * front matter lost its closing fence, had no procedure. Parsed apart, the line cannot.
 */
function unclosedFence(text: string, from: number): number | undefined {
  const opening = text.indexOf('\n', from);
  if (opening === -1 || !FRONT_MATTER.test(text.slice(from, opening))) return undefined;
  for (let at = opening + 1; at < text.length; ) {
    const newline = text.indexOf('\n', at);
    const end = newline === -1 ? text.length : newline;
    if (FRONT_MATTER.test(text.slice(at, end))) return undefined;
    at = end + 1;
  }
  return opening + 1;
}

/**
 * A top-level list item's first line. A list is one block, however long (a 5.7 MB article of one
 * 40,000-item list took 8.8–10.9 s and 877 MB whole, 7.0 s and 266 MB in pieces): a piece may
 * also start at one of its items, and the pieces' lists are joined (see joinLists).
 */
const ITEM = /^(?:[-*+]|\d{1,9}[.)])(?:[ \t]|\r?$)/;

/**
 * Offsets of the lines where a piece may start, at least `size` apart: before a heading after a
 * blank line, or before a top-level list item (in `items`, when given, which holds those).
 */
export function cutPoints(text: string, size = PIECE, items?: Set<number>): number[] {
  const cuts: number[] = [];
  let previousBlank = false;
  // Front matter is open until its closing fence; one that never closes is a thematic break
  // (see unclosedFence).
  const firstLine = text.slice(0, text.indexOf('\n') + 1 || text.length);
  const mark = text.charCodeAt(0) === BYTE_ORDER_MARK ? 1 : 0;
  const fence = FRONT_MATTER.test(firstLine.slice(mark));
  let open: ((line: string) => boolean) | undefined = fence && unclosedFence(text, mark) === undefined ? (line) => FRONT_MATTER.test(line) : undefined;
  let at = fence ? firstLine.length : 0;
  let lastCut = 0;
  let lastItem: string | undefined;
  while (at < text.length) {
    const newline = text.indexOf('\n', at);
    const end = newline === -1 ? text.length : newline + 1;
    const line = text.slice(at, newline === -1 ? text.length : newline);
    if (open) {
      if (open(line)) open = undefined;
    } else {
      // An item's line right after an item of the same marker's (their own lines, indented, between).
      const item = ITEM.test(line) ? markerAt(line, 0) + /^\d/.test(line) : undefined;
      const sibling = item !== undefined && item === lastItem;
      if (at - lastCut >= size && ((previousBlank && /^#{1,6}(?:[ \t]|\r?$)/.test(line)) || (items && sibling))) {
        cuts.push(at);
        lastCut = at;
        if (sibling) items!.add(at);
      }
      if (/^\S/.test(line)) lastItem = item;
      open = opener(line);
    }
    previousBlank = line.trim() === '';
    at = end;
  }
  return cuts;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const HTML_RAW = /^ {0,3}<(script|pre|style|textarea)(?:[\s>]|$)/i;
const HTML_OTHER: [RegExp, string][] = [
  [/^ {0,3}<!--/, '-->'],
  [/^ {0,3}<\?/, '?>'],
  [/^ {0,3}<![A-Za-z]/, '>'],
  [/^ {0,3}<!\[CDATA\[/, ']]>'],
];

/**
 * The test for the line that closes a block this line opens (a fence, an HTML block of kinds
 * 1–5), or undefined. A block closed on its own first line opens nothing.
 */
function opener(line: string): ((line: string) => boolean) | undefined {
  const fence = FENCE.exec(line);
  if (fence) {
    const [marker] = fence.slice(1) as [string];
    // A backtick fence's info string cannot hold a backtick (that line is inline code).
    if (marker[0] === '`' && line.slice(fence[0].length).includes('`')) return undefined;
    const closer = new RegExp(`^ {0,3}${marker[0] === '`' ? '`' : '~'}{${marker.length},}[ \\t]*\\r?$`);
    return (next) => closer.test(next);
  }
  const raw = HTML_RAW.exec(line);
  if (raw) {
    const end = new RegExp(`</(?:script|pre|style|textarea)>`, 'i');
    return end.test(line.slice(raw[0].length)) ? undefined : (next) => end.test(next);
  }
  for (const [start, end] of HTML_OTHER) {
    const match = start.exec(line);
    if (match) return line.slice(match[0].length - 1).includes(end) ? undefined : (next) => next.includes(end);
  }
  return undefined;
}

/**
 * Whether a piece's last block runs to its very end. A piece ends with a blank line, which ends
 * every block but an unclosed fence or raw HTML block (and a list holding one): those run on
 * to the end of the text, and in the whole text past the cut.
 */
function reachesEnd(piece: Root, length: number): boolean {
  const end = piece.children.at(-1)?.position?.end.offset;
  return end !== undefined && end >= length;
}

/**
 * What a list is for another to go on with it, as it would in the whole text: ordered or not,
 * and of the same marker (`-`, `*`, `+`, `.` or `)`).
 */
function listKind(text: string, list: List): string {
  return `${list.ordered ? 'ordered' : 'bullet'} ${markerAt(text, list.position!.start.offset!)}`;
}

/** A list item's marker: its bullet, or the `.` or `)` after its number. */
function markerAt(text: string, at: number): string {
  const ordered = text.slice(at, at + 11).search(/[.)]/);
  return /\d/.test(text[at]!) && ordered !== -1 ? text[at + ordered]! : text[at]!;
}

const THEMATIC_BREAK = /^(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})\r?$/;

/**
 * Whether the line at a cut is the next item of the list the piece ends with, as in the whole
 * text: of the same marker, and not a thematic break. (Not any item after a blank line: after
 * indented code, micromark takes `3. b` for a paragraph.) Else the cut is not taken.
 */
function nextItem(text: string, piece: Root, start: number, cut: number): boolean {
  const list = piece.children.at(-1);
  const line = text.slice(cut, text.indexOf('\n', cut) + 1 || text.length).replace(/\n$/, '');
  return list?.type === 'list' && !THEMATIC_BREAK.test(line) && markerAt(text, start + list.position!.start.offset!) === markerAt(text, cut) && /\d/.test(text[cut]!) === list.ordered;
}

/**
 * The next piece's list's items after the list's own. It is loose (`spread`) if either is, or if
 * a blank line parts them, as micromark would have it whole (the whole text's tree is the
 * property test's oracle).
 */
function joinLists(text: string, list: List, next: List): void {
  const between = text.slice(list.children.at(-1)!.position!.end.offset!, next.position!.start.offset!);
  list.spread = list.spread || next.spread || /\n[ \t]*\r?\n/.test(between);
  for (const item of next.children) list.children.push(item);
  list.position!.end = next.position!.end;
}

function countLines(text: string, start: number, end: number): number {
  let lines = 0;
  for (let at = text.indexOf('\n', start); at !== -1 && at < end; at = text.indexOf('\n', at + 1)) lines++;
  return lines;
}

/**
 * Moves every position of a piece to where the piece starts in the whole text: `columns` more
 * on its first line when it starts within one.
 */
function shift(node: { position?: { start: Point; end: Point }; children?: unknown[] }, lines: number, offset: number, columns = 0): void {
  if (node.position) {
    for (const point of [node.position.start, node.position.end]) {
      if (point.line === 1) point.column += columns;
      point.line += lines;
      if (point.offset !== undefined) point.offset += offset;
    }
  }
  if (node.children) for (const child of node.children) shift(child as typeof node, lines, offset, columns);
}
