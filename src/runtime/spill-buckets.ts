/**
 * Lines grouped by a 32-bit hash, held out of the heap: every line of one hash comes back in
 * the same bucket, in the order it was added, a bucket at a time.
 *
 * Why: the lint's content rules compare every sentence of a locale with every other of the same
 * English. Held at once, the 97,000 sentences of 1,328 articles were 50 of the lint's 63 MB live,
 * and the heap (live plus the garbage budget) set the peak. Spilled to a temporary folder by
 * hash, what is held at once is one bucket's lines.
 *
 * Lines stay in memory until they pass `memory` characters in all; then every bucket's lines are
 * appended to its file. A bucket whose file grows past `bucketLimit` is split again by the next
 * bits of the hash as it is read, so a bucket stays small however much is added (down to one
 * hash, which is never split).
 *
 * The disk is a saving, not a need: where the temporary folder cannot be written (no space, no
 * folder), what is not on disk yet stays in memory and the answer is the same.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileLines } from '../catalog/file-blocks.js';
import { appendWhole, makeSpillFolder } from './spill-folder.js';

const BITS = 6;
const FANOUT = 1 << BITS;
/** A 32-bit hash is split at most this many times. */
const MAX_DEPTH = Math.ceil(32 / BITS) - 1;

export interface SpillLimits {
  /** Characters held in memory across buckets before they go to disk. */
  memory: number;
  /** A bucket file larger than this (bytes) is split again when read. */
  bucketLimit: number;
}

const DEFAULT_LIMITS: SpillLimits = { memory: 2_000_000, bucketLimit: 8_000_000 };

export class SpillBuckets {
  private readonly held: string[][] = Array.from({ length: FANOUT }, () => []);
  private heldChars = 0;
  private folder: string | undefined;
  /** Bytes in each bucket's file: the buckets with a file. */
  private readonly sizes = new Map<number, number>();
  /** False once the disk failed: everything from then on is held. */
  private disk = true;

  /**
   * @param parent the folder to spill into (a temporary one of its own when not given)
   * @param depth how many times the hash has been split already
   */
  constructor(
    private readonly limits: SpillLimits = DEFAULT_LIMITS,
    private readonly parent?: string,
    private readonly depth = 0,
  ) {}

  /** Adds a line (no line breaks in it) under a hash. */
  add(hash: number, line: string): void {
    const hashed = `${hash >>> 0}\t${line}`;
    this.held[this.bucketOf(hash)]!.push(hashed);
    this.heldChars += hashed.length;
    if (this.heldChars > this.limits.memory) this.spill();
  }

  /** Each bucket's lines in the order they were added, one bucket at a time; the files go as they are read. */
  *buckets(): Generator<string[]> {
    for (let bucket = 0; bucket < FANOUT; bucket++) {
      const size = this.sizes.get(bucket);
      const file = size === undefined ? undefined : this.fileOf(bucket);
      if (file && this.depth < MAX_DEPTH && size! > this.limits.bucketLimit) {
        yield* this.split(file, bucket);
        continue;
      }
      const lines = file ? fs.readFileSync(file, 'utf8').split('\n').slice(0, -1) : [];
      if (file) fs.rmSync(file);
      lines.push(...this.held[bucket]!);
      this.held[bucket] = [];
      if (lines.length > 0) yield lines.map(withoutHash);
    }
    this.close();
  }

  /** Removes what is on disk (after `buckets`, or when given up). */
  close(): void {
    if (this.folder) fs.rmSync(this.folder, { recursive: true, force: true });
    this.folder = undefined;
    this.sizes.clear();
  }

  /** A line as `add` keeps it, hash first. */
  private addHashed(line: string): void {
    const tab = line.indexOf('\t');
    this.add(Number(line.slice(0, tab)), line.slice(tab + 1));
  }

  private bucketOf(hash: number): number {
    return (hash >>> (this.depth * BITS)) & (FANOUT - 1);
  }

  private fileOf(bucket: number): string {
    return path.join(this.folder!, String(bucket));
  }

  private spill(): void {
    if (!this.disk) return;
    try {
      this.folder ??= this.makeFolder();
      this.held.forEach((lines, bucket) => {
        if (lines.length === 0) return;
        this.append(bucket, `${lines.join('\n')}\n`);
        this.held[bucket] = [];
      });
      this.heldChars = 0;
    } catch {
      // No room or no folder: the rest stays in memory (a file cut short was put back as it was).
      this.disk = false;
    }
  }

  private makeFolder(): string {
    return this.parent ? fs.mkdtempSync(path.join(this.parent, 'split-')) : makeSpillFolder();
  }

  private append(bucket: number, text: string): void {
    this.sizes.set(bucket, appendWhole(this.fileOf(bucket), text, this.sizes.get(bucket) ?? 0));
  }

  /** A bucket too large to hold, read a piece at a time into buckets by the hash's next bits. */
  private *split(file: string, bucket: number): Generator<string[]> {
    const next = new SpillBuckets(this.limits, this.folder, this.depth + 1);
    try {
      for (const line of fileLines(file)) next.addHashed(line);
      fs.rmSync(file);
      for (const line of this.held[bucket]!) next.addHashed(line);
      this.held[bucket] = [];
      yield* next.buckets();
    } finally {
      next.close();
    }
  }
}

function withoutHash(line: string): string {
  return line.slice(line.indexOf('\t') + 1);
}
