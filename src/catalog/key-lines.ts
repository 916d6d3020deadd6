/**
 * The line of each key of a JSON text (a resource file), from one pass over it in pieces: a
 * string followed by `:` (after any white space, line breaks included) is a key, at the line
 * its quote opened; the first of a key twice wins. A text that is not JSON gives what it gives
 * (keys are asked of files that parsed). Read from a file's blocks, a 14 MB resource file is
 * never one 28 MB string: `lint` of the 20 MB article with a locale whose 105,000 strings are all
 * its own peaked at 271 MB when it read the file whole, 255 MB now.
 */
import { textPieces } from './file-blocks.js';

const QUOTE = 34;
const BACKSLASH = 92;
const COLON = 58;
const NEWLINE = 10;

class KeyScan {
  readonly lines = new Map<string, number>();
  /** Keys met again, with the line of their first and of this one. */
  readonly again: { key: string; first: number; line: number }[] = [];
  private line = 1;
  private inString = false;
  private escaped = false;
  private parts: string[] = [];
  private opened = 1;
  /** A string just closed, and the line it opened on: a key if `:` comes next. */
  private closed: { raw: string; line: number } | undefined;

  feed(text: string): void {
    let start = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === NEWLINE) this.line++;
      if (this.inString) {
        if (this.escaped) this.escaped = false;
        else if (c === BACKSLASH) this.escaped = true;
        else if (c === QUOTE) {
          this.parts.push(text.slice(start, i));
          this.closed = { raw: this.parts.join(''), line: this.opened };
          this.parts = [];
          this.inString = false;
        }
      } else if (c === QUOTE) {
        this.inString = true;
        this.opened = this.line;
        start = i + 1;
      } else if (c === COLON && this.closed) {
        this.key(this.closed);
        this.closed = undefined;
      } else if (c !== NEWLINE && c !== 32 && c !== 9 && c !== 13) this.closed = undefined;
    }
    if (this.inString) this.parts.push(text.slice(start));
  }

  private key({ raw, line }: { raw: string; line: number }): void {
    let key: unknown;
    try {
      key = JSON.parse(`"${raw}"`);
    } catch {
      return;
    }
    if (typeof key !== 'string') return;
    const first = this.lines.get(key);
    if (first === undefined) this.lines.set(key, line);
    else this.again.push({ key, first, line });
  }
}

/** Each key's line in a text given in pieces, scanned when first asked (1 for a key not found). */
export function keyLines(pieces: () => Iterable<string>): (key: string) => number {
  let lines: Map<string, number> | undefined;
  return (key) => {
    if (!lines) {
      const scan = new KeyScan();
      for (const piece of pieces()) scan.feed(piece);
      lines = scan.lines;
    }
    return lines.get(key) ?? 1;
  };
}

/** Each key's line in a file, read a block at a time when first asked. */
export function fileKeyLines(file: string): (key: string) => number {
  return keyLines(() => textPieces(file));
}

/**
 * The keys a JSON text (a resource file, one object of `members` members as JSON.parse read it)
 * writes more than once, each time again with the line of its first: JSON.parse keeps the last
 * value in silence. Scanned only when the text has more `":` than members, which a text without
 * a key twice rarely has (only a value with `":` in it).
 */
export function keysAgain(text: string, members: number): { key: string; first: number; line: number }[] {
  let colons = 0;
  for (const _ of text.matchAll(/"\s*:/g)) if (++colons > members) break;
  if (colons <= members) return [];
  const scan = new KeyScan();
  scan.feed(text);
  return scan.again;
}
