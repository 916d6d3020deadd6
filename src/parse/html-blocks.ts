/**
 * A raw HTML block of a plain article (`<table><tr><td>Name</td>…`, `<ul><li>…`, `<details>`)
 * read as the blocks DocFX draws from it: markdown keeps such a block as one `html` node whose
 * inside is not parsed, and its text reached no segment, so a translator never got it and a
 * reader never saw it. Tables give rows of cells, lists items, and everything else paragraphs,
 * parted where a block tag (`<p>`, `<div>`, `<summary>`, `<br>`) stands. Inline tags (`<b>`,
 * `<a>`, `<code>`, `<img>`) stay in their text, as a side-by-side pair keeps them; a picture alone
 * is a paragraph of its own. The nodes are mdast's shapes, with offsets into the file's text, for
 * plain-segments to make segments of.
 * (Side-by-side articles are not read here: their pairs are folded out of their HTML.)
 */
import type { TreeNode } from './structure.js';
import { withoutContainerPrefixes } from './container-prefixes.js';

type Point = { line: number; column: number };

const TOKEN = /<!--[\s\S]*?(?:-->|$)|<(\/?)([a-zA-Z][\w-]*)\b(?:[^>"']|"[^"]*"|'[^']*')*>/g;
const INLINE = new Set(['a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'del', 'em', 'font', 'i', 'img', 'ins', 'kbd', 'mark', 'q', 's', 'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var']);
/** A picture holds no text but shows something: its string is its tag, shown by its alt text (see text/inline-icons.ts). */
const IMAGE_TAG = /^<img\b/i;
/** Elements whose content is no text to read. */
const HIDDEN = new Set(['script', 'style', 'template', 'noscript']);
const VISIBLE = /[\p{L}\p{N}]/u;
/** Line breaks and what the notes and list items around the block put after them (`\n   > `). */
const PREFIXED_BREAKS = /^(?:[^\S\n]*\n[ \t]*(?:>[ \t]*)*)+/;

interface Frame {
  kind: 'root' | 'table' | 'row' | 'cell' | 'list' | 'item';
  node: TreeNode;
}

/** The blocks of the HTML at `start`–`end` of `text` (empty when it holds no text). */
export function htmlBlocks(text: string, start: number, end: number, point: (offset: number) => Point): TreeNode[] {
  const root: TreeNode = { type: 'root', children: [] };
  const stack: Frame[] = [{ kind: 'root', node: root }];
  let run: TreeNode[] = [];
  const top = () => stack[stack.length - 1]!;
  const node = (type: string, from: number, to: number): TreeNode => ({ type, position: { start: { ...point(from), offset: from }, end: { ...point(to), offset: to } } });
  /** Where blocks go: the innermost list item, or the root (text loose in a table goes before it, not lost). */
  const container = () => [...stack].reverse().find((frame) => frame.kind === 'item' || frame.kind === 'root')!.node;
  const flush = () => {
    const pieces = run;
    run = [];
    if (!pieces.some((piece) => (piece.type === 'text' && VISIBLE.test(withoutContainerPrefixes(piece.value!).replace(/&#?\w+;/g, ''))) || IMAGE_TAG.test(piece.value!))) return;
    const cell = top().kind === 'cell' ? top().node : undefined;
    if (cell) cell.children!.push(...pieces);
    else container().children!.push({ type: 'paragraph', children: pieces, position: { start: pieces[0]!.position!.start, end: pieces[pieces.length - 1]!.position!.end } });
  };
  const open = (kind: Frame['kind'], type: string, from: number, extra: Partial<TreeNode> = {}) => {
    const child = { ...node(type, from, from), ...extra, children: [] };
    (kind === 'list' || kind === 'table' ? container() : top().node).children!.push(child);
    stack.push({ kind, node: child });
  };
  /** Closes the innermost `kind` and what is open inside it; nothing when none is open. */
  const close = (...kinds: Frame['kind'][]) => {
    const at = stack.findLastIndex((frame) => kinds.includes(frame.kind));
    if (at > 0) stack.length = at;
  };
  const inside = (kind: Frame['kind']) => stack.some((frame) => frame.kind === kind);
  /** Whether the rows opened now are in a `<thead>`. */
  let head = false;
  const openRow = (at: number) => open('row', 'tableRow', at, head ? { data: { head: true } } : {});

  TOKEN.lastIndex = start;
  let from = start;
  const source = text.slice(0, end);
  const pushText = (to: number) => {
    // A text starts after the line breaks and container prefixes before it (they are no text of it).
    const start = from + (PREFIXED_BREAKS.exec(text.slice(from, to))?.[0].length ?? 0);
    if (to > start) run.push({ ...node('text', start, to), value: text.slice(start, to) });
  };
  for (let match = TOKEN.exec(source); match; match = TOKEN.exec(source)) {
    pushText(match.index);
    from = match.index + match[0].length;
    const name = match[2]?.toLowerCase();
    if (!name) continue; // a comment
    const closing = match[1] === '/';
    if (HIDDEN.has(name) && !closing) {
      // Up to its end tag, unread.
      const after = source.toLowerCase().indexOf(`</${name}`, from);
      from = TOKEN.lastIndex = after === -1 ? end : after;
      continue;
    }
    if (INLINE.has(name)) {
      run.push({ ...node('html', match.index, from), value: match[0] });
      continue;
    }
    const cut = () => {
      // In a cell a block tag parts its text (see plain-segments' `<br>`); elsewhere it ends a paragraph.
      if (top().kind === 'cell') {
        if (run.length > 0) run.push({ ...node('html', match!.index, from), value: '<br>' });
      } else flush();
    };
    if (name === 'td' || name === 'th') {
      flush();
      close('cell');
      if (closing) continue;
      if (top().kind === 'table') openRow(match.index);
      if (top().kind === 'row') {
        // A row with a `<td>` is no header (unless `<thead>` says it is): see headerRow.
        if (name === 'td') top().node.data = { ...(top().node.data as object | undefined), td: true };
        open('cell', 'tableCell', match.index, spans(match[0]));
      } else cut();
    } else if (name === 'tr') {
      flush();
      close('row');
      if (!closing && top().kind === 'table') openRow(match.index);
    } else if ((name === 'thead' || name === 'tbody' || name === 'tfoot') && top().kind === 'table') {
      head = name === 'thead' && !closing;
    } else if (name === 'table') {
      flush();
      if (closing) close('table');
      else if (inside('cell')) cut();
      else open('table', 'table', match.index, { data: { html: true } });
    } else if (name === 'ul' || name === 'ol') {
      flush();
      if (closing) close('list');
      else if (inside('cell')) cut();
      else open('list', 'list', match.index, { ordered: name === 'ol', start: 1 });
    } else if (name === 'li' && top().kind === 'cell') {
      // A cell's list is its items, each on a line of its own (see cell-breaks.ts); closing a
      // list item here would close the table too when the table stands in one.
      // Its end parts it from what follows (a plain article's string ends there, without the tag).
      run.push({ ...node('html', match.index, from), value: closing ? '<br>' : '<li>' });
    } else if (name === 'li') {
      flush();
      close('item');
      if (!closing && top().kind === 'list') open('item', 'listItem', match.index);
    } else cut();
  }
  pushText(end);
  flush();
  return withoutEmpty(root.children!);
}

/** Tables, rows, lists and items that hold no text are no blocks. */
function withoutEmpty(nodes: TreeNode[]): TreeNode[] {
  return nodes.flatMap((node) => {
    if (node.type === 'paragraph' || node.type === 'text' || node.type === 'html') return [node];
    // A cell keeps its place in its row, empty or not.
    if (node.type === 'tableCell') return [node];
    const children = withoutEmpty(node.type === 'table' ? spread(node.children ?? []) : (node.children ?? []));
    const filled = node.type === 'tableRow' ? children.some((cell) => cell.children!.length > 0) : children.length > 0;
    return filled ? [{ ...node, children }] : [];
  });
}

/** The most columns a cell spans, as HTML counts them (`colspan` above 1000 is 1000). */
const MAX_COLSPAN = 1000;
/** How many empty cells a table's spans may add beyond one for each of its own cells. */
const SPREAD_ALLOWANCE = 1000;
const SPAN = /\b(rowspan|colspan)\s*=\s*["']?\s*(\d+)/gi;

/** A cell's spans (`<td rowspan="8">`), when it has any. */
function spans(tag: string): Partial<TreeNode> {
  let rows = 1;
  let columns = 1;
  for (const [, name, value] of tag.matchAll(SPAN)) {
    if (name!.toLowerCase() === 'rowspan') rows = Math.max(1, Number(value));
    else columns = Math.min(MAX_COLSPAN, Math.max(1, Number(value)));
  }
  return rows > 1 || columns > 1 ? { data: { rows, columns } } : {};
}

/**
 * A table's rows with an empty cell in each place a cell of a row above (`rowspan`) or beside
 * (`colspan`) covers: the cells after it stay in their columns. The model has rows of cells, as
 * a GFM table's, and no spans; without them a row under `<td rowspan="8">` had its cells one
 * column to the left, under the wrong heading.
 */
function spread(rows: readonly TreeNode[]): TreeNode[] {
  /** Column → how many more rows the cell above covers it. */
  const covered: number[] = [];
  // Empty cells no more than the table's own and a thousand: a hostile `<td rowspan=99999>` over
  // thousands of `<tr></tr>`, or `colspan=1000` on every cell, would make millions of them.
  let budget = SPREAD_ALLOWANCE + rows.reduce((sum, row) => sum + (row.children?.length ?? 0), 0);
  return rows.map((row) => {
    if (row.type !== 'tableRow') return row;
    const cells: TreeNode[] = [];
    const empty = () => {
      if (budget <= 0) return false;
      budget -= 1;
      cells.push({ type: 'tableCell', children: [] });
      return true;
    };
    const take = () => {
      while ((covered[cells.length] ?? 0) > 0) {
        covered[cells.length]! -= 1;
        if (!empty()) return;
      }
    };
    for (const cell of row.children ?? []) {
      take();
      const { rows: down = 1, columns: across = 1 } = (cell.data ?? {}) as { rows?: number; columns?: number };
      if (down > 1) covered[cells.length] = down - 1;
      cells.push(cell);
      for (let c = 1; c < across; c++) {
        if (down > 1) covered[cells.length] = down - 1;
        if (!empty()) break;
      }
    }
    // Columns at the row's end that a cell above still covers (up to the last, so a row costs
    // what it adds, not the width of the widest row above it).
    while (covered.length > 0 && !covered.at(-1)) covered.pop();
    for (let c = cells.length; c < covered.length && budget > 0; c++) {
      if ((covered[c] ?? 0) === 0) continue;
      while (cells.length < c && empty());
      take();
    }
    return { ...row, children: cells };
  });
}
