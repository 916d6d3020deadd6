/**
 * A long JSON object read from its bytes a run of members at a time: what JSON.parse of the whole
 * text gives, without the text. A long article's provenance file is 14 MB of UTF-8 and, with one
 * character past Latin-1 in it, a 28 MB string for JSON.parse; its catalog merge peaked there.
 *
 * The bytes are scanned for the members' bounds only (quotes, brackets, commas, colons: ASCII,
 * never inside a UTF-8 sequence), and each run of about 32 KB is parsed by JSON.parse, which
 * judges everything in it. The members of an object that is itself a member of the top object
 * (a provenance file's `strings`) are read in runs too. Anything the scan does not expect gives
 * `undefined`: the caller reads the file as before and says what is wrong, where.
 *
 * The bytes come whole or from a reader (a file): read so, only a window of them is held, from
 * the start of the run or member being read (the 20 MB article's provenance file was a 14 MB
 * Buffer whole; freed, it raised glibc's mmap threshold, and later allocations stayed in the
 * heap's arena).
 */
import fs from 'node:fs';
import { withFileReader } from './file-blocks.js';
import { UTF8_BOM } from '../text/without-bom.js';

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN = 0x7b;
const CLOSE = 0x7d;
const OPEN_LIST = 0x5b;
const CLOSE_LIST = 0x5d;
const COMMA = 0x2c;
const COLON = 0x3a;

/**
 * Bytes of members parsed by one JSON.parse: fewer calls than one a member, and a run's text
 * short enough for the young generation (a 1 MB run's text went to the large-object space, kept
 * until a full collection: the 20 MB article's lint 246–261 MB on such runs, 243–244 on these).
 */
const RUN_BYTES = 1 << 15;

/**
 * From this length on, a resource or provenance file is read in runs, not as one string: a long
 * article's file in a locale past Latin-1 is twice its bytes as a string. Shorter, one
 * JSON.parse of the whole is faster.
 */
export const RUNS_FROM_BYTES = 1 << 20;

class NotJson extends Error {}

export interface RunsOptions {
  /** Only the top members it wants are read (their values parsed); all without it. */
  keep?: (key: string) => boolean;
  /** Every top member's value must be a string (a resource file), wanted or not: else undefined. */
  strings?: boolean;
  /**
   * Each run of top members, as it is parsed, instead of gathered into one object (then `{}`):
   * the caller puts them where they go, and a long file's object is never made. Runs already
   * given stay given when the scan ends in undefined.
   */
  each?: (run: Record<string, unknown>) => void;
  runBytes?: number;
  /** The window's first size, read from a reader (it grows when a run or member is longer). */
  windowBytes?: number;
}

/** Reads up to `length` bytes into `into` at `at`, and says how many (0 at the end), as fs.readSync does. */
export type ByteReader = (into: Buffer, at: number, length: number) => number;

/** Twice a run and more: a run is flushed once past RUN_BYTES. */
const WINDOW_BYTES = 1 << 17;

/** What `byte` gives past the last byte. */
const END = -1;

/**
 * The object the bytes hold, or undefined when they are not one JSON object as the scan expects
 * (the caller's JSON.parse then says why) or not as `strings` wants.
 */
export function parseObjectRuns(source: Buffer | ByteReader, { keep, strings = false, each, runBytes = RUN_BYTES, windowBytes = WINDOW_BYTES }: RunsOptions = {}): Record<string, unknown> | undefined {
  const scan = new Scan(source, runBytes, windowBytes);
  try {
    if (UTF8_BOM.every((byte, at) => scan.byte(at) === byte)) scan.i = UTF8_BOM.length;
    scan.space();
    if (scan.byte(scan.i) !== OPEN) return undefined;
    const out = readObject(scan, keep, !strings, strings, each);
    scan.space();
    return scan.byte(scan.i) === END ? out : undefined;
  } catch (error) {
    if (error instanceof NotJson || error instanceof SyntaxError) return undefined;
    throw error;
  }
}

/**
 * A long file's object read in runs from the file, a window at a time (a resource or provenance
 * file); undefined for a shorter one (one JSON.parse of it is faster) or one the scan does not
 * read (the caller's JSON.parse says why).
 */
export function parseFileRuns(file: string, options: RunsOptions = {}): Record<string, unknown> | undefined {
  return fs.statSync(file).size >= RUNS_FROM_BYTES ? withFileReader(file, (read) => parseObjectRuns(read, options)) : undefined;
}

/**
 * The object at `scan.i`, its members parsed in runs; objects among them read the same way when
 * `descend`; with `strings`, NotJson at a value that is not one.
 */
function readObject(scan: Scan, keep: ((key: string) => boolean) | undefined, descend: boolean, strings = false, each?: (run: Record<string, unknown>) => void): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  let run: [start: number, end: number] | undefined;
  const flush = () => {
    if (!run) return;
    const parsed = JSON.parse(`{${scan.text(run[0], run[1])}}`) as Record<string, unknown>;
    scan.hold = undefined;
    if (each) each(parsed);
    // Object.assign sets `__proto__` as the prototype: a run with such a member goes key by key.
    else if (Object.hasOwn(parsed, '__proto__')) for (const key of Object.keys(parsed)) put(out, key, parsed[key]);
    else Object.assign(out, parsed);
    run = undefined;
  };
  for (const member of scan.members()) {
    if (strings && scan.byte(member.valueStart) !== QUOTE) throw new NotJson();
    const key = keep && scan.key(member);
    const wanted = !keep || keep(key as string);
    if (wanted && descend && scan.byte(member.valueStart) === OPEN) {
      flush();
      put(out, key || scan.key(member), readObject(scan, undefined, false));
      continue;
    }
    if (!wanted) {
      flush();
      continue;
    }
    // A run's bytes are held from its first key on, through its values' reads.
    if (!run) scan.hold = member.keyStart;
    scan.skipValue();
    if (run) run[1] = scan.i;
    else run = [member.keyStart, scan.i];
    if (run[1] - run[0] >= scan.runBytes) flush();
  }
  flush();
  return out;
}

/** As JSON.parse sets a member: `__proto__` an own property like any other, a later duplicate the value. */
function put(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
  else target[key] = value;
}

interface Member {
  keyStart: number;
  keyEnd: number;
  valueStart: number;
}

/**
 * A scan of the bytes, at absolute offsets. From a reader, the window holds the bytes from the
 * earliest one still wanted (the pending run's start, the current key's or string's) on, and
 * reads more as the scan goes past its end.
 */
class Scan {
  i = 0;
  /** The start of the run not parsed yet: its bytes stay in the window until it is. */
  hold: number | undefined;
  /** The start of the key or string being read: kept as well. */
  private token = 0;
  private window: Buffer;
  /** The offset of the window's first byte, and how many of its bytes are read. */
  private base = 0;
  private filled: number;
  private read: ByteReader | undefined;

  constructor(
    source: Buffer | ByteReader,
    readonly runBytes: number,
    windowBytes: number,
  ) {
    if (Buffer.isBuffer(source)) {
      this.window = source;
      this.filled = source.length;
    } else {
      this.read = source;
      this.window = Buffer.allocUnsafe(Math.max(1, windowBytes));
      this.filled = 0;
    }
  }

  /** The byte at offset `i`, or END past the last. */
  byte(i: number): number {
    const at = i - this.base;
    return at < this.filled ? this.window[at]! : this.more(i) ? this.window[i - this.base]! : END;
  }

  /** Reads until the byte at `i` is in the window; false when the bytes end before it. */
  private more(i: number): boolean {
    if (!this.read) return false;
    while (i - this.base >= this.filled) {
      const keep = Math.min(this.hold ?? this.i, this.token, this.i);
      if (keep > this.base) {
        this.window.copyWithin(0, keep - this.base, this.filled);
        this.filled -= keep - this.base;
        this.base = keep;
      }
      if (this.filled === this.window.length) {
        const wider = Buffer.allocUnsafe(this.window.length * 2);
        this.window.copy(wider, 0, 0, this.filled);
        this.window = wider;
      }
      const read = this.read(this.window, this.filled, this.window.length - this.filled);
      if (read <= 0) {
        this.read = undefined;
        return false;
      }
      this.filled += read;
    }
    return true;
  }

  /** Decoded as readFileSync's 'utf8' decodes the whole (bounds are ASCII: no sequence is cut). */
  text(start: number, end: number): string {
    return this.window.toString('utf8', start - this.base, end - this.base);
  }

  key(member: Member): string {
    return JSON.parse(this.text(member.keyStart, member.keyEnd)) as string;
  }

  space(): void {
    let i = this.i;
    for (let c = this.byte(i); c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09; c = this.byte(++i));
    this.i = i;
  }

  /**
   * The members of the object at `i`, each as its key's bounds and where its value starts. The
   * value is skipped after the caller's turn unless the caller read it (moved `i`); `i` is left
   * after the object.
   */
  *members(): Generator<Member> {
    this.i++;
    this.space();
    if (this.byte(this.i) === CLOSE) {
      this.i++;
      return;
    }
    for (;;) {
      if (this.byte(this.i) !== QUOTE) throw new NotJson();
      const keyStart = this.i;
      this.i = this.stringEnd(this.i);
      const keyEnd = this.i;
      this.space();
      if (this.byte(this.i) !== COLON) throw new NotJson();
      this.i++;
      this.space();
      const valueStart = this.i;
      yield { keyStart, keyEnd, valueStart };
      if (this.i === valueStart) this.skipValue();
      this.space();
      const next = this.byte(this.i);
      if (next === COMMA) {
        this.i++;
        this.space();
        continue;
      }
      if (next !== CLOSE) throw new NotJson();
      this.i++;
      return;
    }
  }

  /** Past the value at `i` (JSON.parse judges it later; this finds only where it ends). */
  skipValue(): void {
    const c = this.byte(this.i);
    if (c === QUOTE) {
      this.i = this.stringEnd(this.i);
      return;
    }
    if (c === OPEN || c === OPEN_LIST) {
      let depth = 0;
      for (let d = this.byte(this.i); d !== END; d = this.byte(this.i)) {
        if (d === QUOTE) {
          this.i = this.stringEnd(this.i);
          continue;
        }
        this.i++;
        if (d === OPEN || d === OPEN_LIST) depth++;
        else if ((d === CLOSE || d === CLOSE_LIST) && --depth === 0) return;
      }
      throw new NotJson();
    }
    // A number, true, false or null: up to what may follow it.
    const start = this.i;
    for (let d = this.byte(this.i); d !== END && !isEndOfLiteral(d); d = this.byte(this.i)) this.i++;
    if (this.i === start) throw new NotJson();
  }

  /** After the closing quote of the string opening at `i` (its bytes kept in the window meanwhile). */
  private stringEnd(i: number): number {
    this.token = i;
    for (let from = i + 1; ; ) {
      const at = this.window.indexOf(QUOTE, from - this.base);
      if (at < 0 || at >= this.filled) {
        // Not in what is read yet: read on, and look again from there.
        const seen = this.base + this.filled;
        if (!this.more(seen)) throw new NotJson();
        from = seen;
        continue;
      }
      const quote = this.base + at;
      let slashes = 0;
      while (this.byte(quote - 1 - slashes) === BACKSLASH) slashes++;
      if (slashes % 2 === 0) return quote + 1;
      from = quote + 1;
    }
  }
}

function isEndOfLiteral(c: number): boolean {
  return c === COMMA || c === CLOSE || c === CLOSE_LIST || c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}
