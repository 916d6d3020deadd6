/**
 * An XML file's bytes, read where asked rather than held: a 20 MB article's XLIFF is 36 MB of
 * UTF-8, 72 MB as a string of French (one ’ makes every character two bytes), and import held it
 * through the article's parse (peak 372 MB). Offsets are bytes; a place in the file is found from
 * them when a problem is said.
 */
import fs from 'node:fs';

export interface XmlBytes {
  readonly size: number;
  /** The bytes from `start` to `end` (a view or a copy: not kept past their use). */
  read(start: number, end: number): Buffer;
  /**
   * The bytes from `start` on, `size` at a time, each window `overlap` bytes longer (the next
   * one's start), in one buffer used again: a walk over the file makes no garbage.
   */
  windows(start: number, size: number, overlap: number): Iterable<{ at: number; bytes: Buffer }>;
  close(): void;
}

function* windowsOf(read: (start: number, end: number, into?: Buffer) => Buffer, total: number, start: number, size: number, overlap: number): Generator<{ at: number; bytes: Buffer }> {
  const into = Buffer.allocUnsafe(Math.min(size + overlap, Math.max(0, total - start)));
  for (let at = start; at < total; at += size) yield { at, bytes: read(at, Math.min(at + size + overlap, total), into) };
}

/** A text's bytes (a document given whole, as the tests and the corpus sweep have it). */
export function bytesOfText(text: string): XmlBytes {
  const buffer = Buffer.from(text);
  const read = (start: number, end: number) => buffer.subarray(start, Math.min(end, buffer.length));
  return { size: buffer.length, read, windows: (start, size, overlap) => windowsOf(read, buffer.length, start, size, overlap), close: () => {} };
}

/** A file's bytes, read from disk as asked. */
export function bytesOfFile(file: string): XmlBytes {
  const fd = fs.openSync(file, 'r');
  const total = fs.fstatSync(fd).size;
  const read = (start: number, end: number, into?: Buffer) => {
    const length = Math.max(0, Math.min(end, total) - start);
    const buffer = into && into.length >= length ? into : Buffer.allocUnsafe(length);
    let done = 0;
    while (done < length) {
      const count = fs.readSync(fd, buffer, done, length - done, start + done);
      if (count === 0) break;
      done += count;
    }
    return buffer.subarray(0, done);
  };
  return { size: total, read, windows: (start, size, overlap) => windowsOf(read, total, start, size, overlap), close: () => fs.closeSync(fd) };
}

/** How much is read at once when the file is walked. */
export const CHUNK = 1 << 20;

/**
 * 1-based line and column (in UTF-16 units, as an editor counts them) of byte offsets, each at a
 * character's start. Places are asked for in the file's order, so the count goes on from the last
 * one (along its line too: a file of one line has every unit on it), and starts over only when
 * asked for one before it.
 */
export class ByteLines {
  private at = 0;
  private line = 1;
  /** Where the line is counted to, in bytes, and its column there. */
  private lineAt = 0;
  private column = 1;

  constructor(private readonly bytes: XmlBytes) {}

  point(offset: number): { line: number; column: number } {
    const target = Math.max(0, Math.min(offset, this.bytes.size));
    if (target < this.at) [this.at, this.line, this.lineAt, this.column] = [0, 1, 0, 1];
    // Read as far as asked: places asked for one after another are a few bytes apart.
    while (this.at < target) {
      const chunk = this.bytes.read(this.at, Math.min(target, this.at + CHUNK));
      if (chunk.length === 0) break;
      const last = chunk.lastIndexOf(10);
      if (last !== -1) {
        for (let i = chunk.indexOf(10); i !== -1 && i <= last; i = chunk.indexOf(10, i + 1)) this.line++;
        [this.lineAt, this.column] = [this.at + last + 1, 1];
      }
      this.at += chunk.length;
    }
    if (this.lineAt < target) {
      this.column += this.bytes.read(this.lineAt, target).toString('utf8').length;
      this.lineAt = target;
    }
    return { line: this.line, column: this.column };
  }
}
