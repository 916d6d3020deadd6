/** Atomic writes: a reader never sees half a file, and an unchanged file is not touched. */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { ofGoneProcess, removeLeftovers } from './process-alive.js';
import { problemText } from '../text/problem-line.js';
import { jsonChunks, KeyedView } from './json-chunks.js';
import { makeFolder } from '../runtime/make-folder.js';
import { removeQuietly } from '../runtime/remove-quietly.js';

/** A file docflow could not write: said as a problem line, never a stack trace. */
export class WriteError extends Error {
  constructor(
    readonly file: string,
    readonly code: string,
  ) {
    super(problemText({ file }, 'error', `cannot write it (${code}${REASONS[code] ? `: ${REASONS[code]}` : ''}); the file is as it was`, 'docflow:write-failed'));
  }
}

const REASONS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'not permitted',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on the device',
  ENOTDIR: 'a part of the path is a file, not a folder',
  EISDIR: 'it is a folder',
  ENOENT: 'its folder cannot be made there',
  ECHANGED: 'it changed while docflow was writing it; run the command again',
};

const swept = new Set<string>();

let contentWrites = 0;

/**
 * How many files docflow has written or replaced in this process so far: what a memo of files'
 * stats or hashes checks, so that none outlives a write of its own.
 */
export function contentWritesSoFar(): number {
  return contentWrites;
}

/** Counts a write that has replaced a file (see contentWritesSoFar). */
export function wroteContent(): void {
  contentWrites++;
}

/**
 * Writes `text` to `file` through a temporary file, flushed to the disk, and a rename: a reader,
 * or a crash at any point (SIGKILL, power), sees the old file or the new one, never half of one.
 * Returns false if the file already holds `text` (it is not touched). Temporary files that a
 * killed run left in the folder are removed the first time a run writes there.
 */
export function writeFileAtomic(file: string, text: string): boolean {
  if (holds(file, text)) return false;
  const temporary = temporaryBeside(file);
  try {
    const fd = fs.openSync(temporary, 'w');
    try {
      fs.writeSync(fd, text);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(temporary, file);
    wroteContent();
  } catch (error) {
    throw failed(file, temporary, error);
  }
  return true;
}

/**
 * writeFileAtomic for a text that comes in pieces (a document of every article), so that it is
 * never whole in memory: each piece goes to the temporary file as it comes, and is compared
 * with the bytes the file already holds; a file that holds them all is not touched.
 */
export async function writeChunksAtomic(file: string, chunks: AsyncIterable<string>): Promise<boolean> {
  const write = new PiecewiseWrite(file);
  try {
    for await (const chunk of chunks) write.add(chunk);
  } catch (error) {
    throw write.abandon(error);
  }
  return write.finish();
}

/** writeChunksAtomic for pieces made on demand: returns whether the file changed, and the text's contentHash. */
export function writePiecesAtomic(file: string, pieces: Iterable<string>): { changed: boolean; hash: string } {
  const write = new PiecewiseWrite(file);
  try {
    for (const piece of pieces) write.add(piece);
  } catch (error) {
    throw write.abandon(error);
  }
  return { changed: write.finish(), hash: write.hash() };
}

/** Characters gathered before they go to the disk: one system call for many small pieces. */
const BATCH = 1 << 16;

/** A file's new text written through a temporary file as it comes (see writeChunksAtomic). */
class PiecewiseWrite {
  private readonly temporary: string;
  private existing: number | undefined;
  private fd: number | undefined;
  private readonly hasher = createHash('sha1');
  private batch: string[] = [];
  private batched = 0;
  private same: boolean;
  private at = 0;

  constructor(private readonly file: string) {
    this.temporary = temporaryBeside(file);
    this.existing = openToRead(file);
    this.same = this.existing !== undefined;
    try {
      this.fd = fs.openSync(this.temporary, 'w');
    } catch (error) {
      this.closeExisting();
      throw failed(file, this.temporary, error);
    }
  }

  add(piece: string): void {
    this.batch.push(piece);
    this.batched += piece.length;
    if (this.batched >= BATCH) this.flush();
  }

  /** In place, unless the file already held every byte: returns whether it changed. */
  finish(): boolean {
    try {
      this.flush();
      this.same &&= fs.fstatSync(this.existing!).size === this.at;
      if (!this.same) fs.fsyncSync(this.fd!);
      this.closeOwn();
      if (this.same) {
        fs.rmSync(this.temporary, { force: true });
        return false;
      }
      fs.renameSync(this.temporary, this.file);
      wroteContent();
      return true;
    } catch (error) {
      throw this.abandon(error);
    } finally {
      this.closeExisting();
    }
  }

  /** The text's contentHash (its UTF-8 bytes'), once finished. */
  hash(): string {
    return this.hasher.digest('hex');
  }

  /** The temporary file gone and the error to tell (see failed). */
  abandon(error: unknown): unknown {
    try {
      this.closeOwn();
    } catch {
      // The error to tell is the one that stopped the write.
    }
    this.closeExisting();
    return failed(this.file, this.temporary, error);
  }

  private flush(): void {
    if (this.batched === 0) return;
    const bytes = Buffer.from(this.batch.join(''));
    this.batch = [];
    this.batched = 0;
    fs.writeSync(this.fd!, bytes);
    this.hasher.update(bytes);
    this.same &&= holdsAt(this.existing!, bytes, this.at);
    this.at += bytes.length;
  }

  private closeOwn(): void {
    const fd = this.fd;
    this.fd = undefined;
    if (fd !== undefined) fs.closeSync(fd);
  }

  private closeExisting(): void {
    const fd = this.existing;
    this.existing = undefined;
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/** The file open for reading, or undefined when there is none to read (the write says why, if it cannot be done). */
function openToRead(file: string): number | undefined {
  try {
    return fs.openSync(file, 'r');
  } catch {
    return undefined;
  }
}

/** Whether the open file holds `bytes` at `position`. */
function holdsAt(fd: number, bytes: Buffer, position: number): boolean {
  const there = Buffer.alloc(bytes.length);
  return fs.readSync(fd, there, 0, bytes.length, position) === bytes.length && there.equals(bytes);
}

/** Whether `file` already holds exactly `text`. */
export function holds(file: string, text: string): boolean {
  try {
    return fs.readFileSync(file, 'utf8') === text;
  } catch {
    // Missing, or not a file: the write says why it cannot be done, if it cannot.
    return false;
  }
}

/** A name for the temporary file beside `file`, its folder made and stale temporaries swept. */
export function temporaryBeside(file: string): string {
  const dir = path.dirname(file);
  const temporary = path.join(dir, `.${path.basename(file)}.${process.pid}.${Math.random().toString(36).slice(2, 8)}.tmp`);
  try {
    makeFolder(dir);
    sweepStale(dir);
  } catch (error) {
    throw failed(file, temporary, error);
  }
  return temporary;
}

/** The temporary file removed, and the error as the WriteError to tell (unless it is a bug). */
export function failed(file: string, temporary: string, error: unknown): unknown {
  removeQuietly(temporary);
  const code = (error as NodeJS.ErrnoException).code;
  return code ? new WriteError(file, code) : error;
}

/** `.<name>.<pid>.<random>.tmp` of a process that is gone: what a SIGKILL left behind. */
function sweepStale(dir: string): void {
  if (swept.has(dir)) return;
  swept.add(dir);
  removeLeftovers(dir, ofGoneProcess(/^\..+\.(\d+)\.(?:[a-z0-9]+\.)?tmp$/));
}

/** Deterministic JSON: keys in natural order (`step-2` before `step-10`), two-space indent, trailing newline. */
export function stableJson(value: Record<string, string>): string {
  return [...stableJsonChunks(value)].join('');
}

/** stableJson in pieces (see json-chunks.ts), from the record as it is (no sorted copy of it). */
export function* stableJsonChunks(value: Record<string, string>): Generator<string> {
  yield* jsonChunks(naturalView(value));
  yield '\n';
}

/** The record with its keys in natural order (see naturalCompare). */
export function naturallySorted<T>(record: Record<string, T>): Record<string, T> {
  // Filled in a loop, without a prototype (`__proto__` is a key like any other): Object.fromEntries
  // wants a pair per entry, garbage as large as the catalog (the 20 MB article 288 → 285 MB,
  // 6.0–6.6 → 5.8–6.5 s; the 370 articles the same 4.1 s).
  const sorted = Object.create(null) as Record<string, T>;
  for (const key of naturalKeys(record)) sorted[key] = record[key]!;
  return sorted;
}

/**
 * The record's JSON as naturallySorted's, written from the record itself: a sorted copy of a
 * long article's 105,000 strings and records was the top of `extract`'s peak.
 */
export function naturalView<T>(record: Record<string, T>): KeyedView {
  // An object's own order: array-index keys first, ascending (natural order has them so among
  // themselves), then the others as they were put in.
  const indices: string[] = [];
  const others: string[] = [];
  for (const key of naturalKeys(record)) (isArrayIndex(key) ? indices : others).push(key);
  return new KeyedView(record, indices.length === 0 ? others : [...indices, ...others]);
}

const isArrayIndex = (key: string): boolean => /^(?:0|[1-9]\d{0,9})$/.test(key) && Number(key) < 2 ** 32 - 1;

/** The record's keys in natural order. */
function naturalKeys(record: Record<string, unknown>): string[] {
  return Object.keys(record).sort(naturalCompare);
}

/**
 * Compares runs of digits as numbers and everything else by code unit: no locale data involved.
 * `step-2` before `step-10`; a number written two ways (`007`, `7`) by its digits; a digit run
 * against other characters by code unit; a key that is another's first runs before it.
 *
 * Read in place, character by character: a key split into runs, or made into a string that
 * sorts by code unit, was garbage as large as the catalog (a 20 MB article's 112,000 keys: 30 MB
 * of collation strings at the top of extract's peak, and 420 ms to sort against 55 now).
 */
export function naturalCompare(a: string, b: string): number {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const endA = runEnd(a, i);
    const endB = runEnd(b, j);
    let k = 0;
    while (i + k < endA && j + k < endB && a.charCodeAt(i + k) === b.charCodeAt(j + k)) k++;
    if (i + k === endA && j + k === endB) {
      i = endA;
      j = endB;
      continue;
    }
    if (isDigit(a.charCodeAt(i)) && isDigit(b.charCodeAt(j))) {
      const m = digitsValue(a, i, endA);
      const n = digitsValue(b, j, endB);
      // Two numbers past what a double holds are both Infinity: by their digits, as if alike.
      if (m !== n) return m - n;
    }
    // The runs differ at k, or one is the other's start (the shorter first).
    if (i + k === endA) return -1;
    if (j + k === endB) return 1;
    return a.charCodeAt(i + k) < b.charCodeAt(j + k) ? -1 : 1;
  }
  // Every run alike until one key ends: the one with fewer runs first.
  return i < a.length ? 1 : j < b.length ? -1 : 0;
}

const isDigit = (code: number): boolean => code >= 48 && code <= 57;

/** Where the run of digits, or of other characters, that starts at `start` ends. */
function runEnd(text: string, start: number): number {
  const digits = isDigit(text.charCodeAt(start));
  let end = start + 1;
  while (end < text.length && isDigit(text.charCodeAt(end)) === digits) end++;
  return end;
}

/** A digit run's number as Number() reads it: exact by hand up to 15 digits (below 2^53). */
function digitsValue(text: string, start: number, end: number): number {
  if (end - start > 15) return Number(text.slice(start, end));
  let value = 0;
  for (let k = start; k < end; k++) value = value * 10 + (text.charCodeAt(k) - 48);
  return value;
}
