/**
 * Whether a translation may stand where its sentence is: in a GFM table row, a bare `|` ends the
 * cell. `apply` wrote "Vous gérez tout | y compris l’accès" into a row as it was: the row gained a
 * cell, the pair was cut across two, and nothing said so. Such a translation is not placed; the
 * translator writes `\|`, which shows as a pipe in the cell (and is what extract reads back).
 */
import fs from 'node:fs';
import { textPieces } from './file-blocks.js';
import { lastIndexWhere } from '../runtime/last-index.js';

/** A pipe no backslash escapes (an even number of backslashes before it, none included). */
const BARE_PIPE = /(?<!\\)(?:\\\\)*\|/;
// A pair's halves (and any span in them), innermost first: what is left of a row is its pipes.
const INNERMOST_SPAN = /<span\b[^>]*>(?:(?!<span\b)[^])*?<\/span>/g;

export function hasBarePipe(markdown: string): boolean {
  return BARE_PIPE.test(markdown);
}

const BARE_PIPES = new RegExp(BARE_PIPE.source, 'g');

/**
 * Whether a translation has a bare pipe the sentence it replaces lacks. The pipes a sentence
 * already has in its cell (`a|b` in code, which Docs' markdig keeps in its cell) are written back
 * as they were: the row is no other than before.
 */
export function addsBarePipe(value: string, replaced: string): boolean {
  const barePipes = (text: string) => text.match(BARE_PIPES)?.length ?? 0;
  return barePipes(value) > barePipes(replaced);
}

/** Whether a line (without its line feed) is a table row: a bare pipe outside its pairs. */
export function isTableRow(line: string): boolean {
  if (!line.includes('|')) return false;
  for (let before = ''; before !== line; ) [before, line] = [line, line.replace(INNERMOST_SPAN, '')];
  return hasBarePipe(line);
}

/**
 * For an article file, whether the text at an offset (UTF-16 code units) is on a table row: a
 * line with a bare pipe outside its pairs (`| <span…>…</span> |`, or without the outer pipes).
 * The file is read once, on the first question (only a translation with a bare pipe asks), a
 * block at a time, and only where its rows are is kept: its text held whole put `apply` of a
 * 20 MB article at 294 MB (40 MB of string, and its pieces while they were joined).
 */
export function tableRows(file: string): (offset: number) => boolean {
  let rows: RowLines | undefined;
  return (offset) => (rows ??= rowLines(textPieces(file))).has(offset);
}

/** The table rows of a text, as the ranges of their lines: from a line's start to its line feed (or the end). */
interface RowLines {
  has(offset: number): boolean;
}

export function rowLines(pieces: Iterable<string>): RowLines {
  const starts: number[] = [];
  const ends: number[] = [];
  eachLine(pieces, (line, start, end) => {
    if (isTableRow(line)) starts.push(start), ends.push(end);
  });
  return {
    has(offset) {
      // The last row line that starts at or before the offset; the offset of its line feed is still its own.
      const found = lastIndexWhere(starts.length, (i) => starts[i]! <= offset);
      return found !== -1 && offset <= ends[found]!;
    },
  };
}

/**
 * Each line of a text that comes in pieces (a file's blocks, see textPieces), without its line
 * feed, with the offsets of its start and of its end (its line feed, or the text's end): a line
 * within a piece is a slice of it, one across pieces is joined once its line feed comes. The
 * text's end ends a last line, empty after a final line feed.
 */
function eachLine(pieces: Iterable<string>, use: (line: string, start: number, end: number) => void): void {
  // The line being read, in the pieces it came in, and where it starts.
  let line: string[] = [];
  let lineStart = 0;
  let at = 0;
  const endLine = (end: number) => {
    use(line.length === 1 ? line[0]! : line.join(''), lineStart, end);
    line = [];
    lineStart = end + 1;
  };
  for (const piece of pieces) {
    let from = 0;
    for (let feed = piece.indexOf('\n'); feed !== -1; feed = piece.indexOf('\n', from)) {
      line.push(piece.slice(from, feed));
      endLine(at + feed);
      from = feed + 1;
    }
    if (from < piece.length) line.push(piece.slice(from));
    at += piece.length;
  }
  endLine(at);
}

/** A cell that is an identifier alone (an offer's GUID): as a pair's English, or a plain cell. */
const IDENTIFIER_CELL = /(?:data-stu-id="[^"]*">|(?:^|\|))\s*[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\s*(?:<\/span>|\||$)/i;

/**
 * For an article file, whether a line (1-based) is a table row that carries an identifier: a row
 * of an offer or product table (“| Microsoft Teams Calling Essentials for US and Canada for
 * faculty | b8baa3b8-… |”), whose text cells name what the row identifies. Read once, on the first
 * question (only a sentence still in English asks), a block at a time as tableRows reads it (not
 * fileLines' megabyte reads, see file-blocks.ts), its lines found as rowLines finds them; only such
 * rows' numbers kept.
 */
export function identifierRows(file: string): (line: number) => boolean {
  let rows: Set<number> | undefined;
  return (line) => {
    if (!rows) {
      const found = (rows = new Set());
      let n = 0;
      if (fs.existsSync(file)) {
        eachLine(textPieces(file), (text) => {
          n++;
          if (IDENTIFIER_CELL.test(text) && isTableRow(text.replace(/\r$/, ''))) found.add(n);
        });
      }
    }
    return rows.has(line);
  };
}
