/**
 * Lines spilled by hash come back grouped: every line of a hash in one bucket, in the order it
 * was added, whether held in memory, appended to a bucket's file or split again when a file
 * grew too large; and nothing is left on disk.
 */
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SpillBuckets, type SpillLimits } from '../../src/runtime/spill-buckets.js';
import { tempDir } from '../helpers.js';

const drain = (spill: SpillBuckets) => [...spill.buckets()];

/** What the buckets must give, bucket order aside: each hash's lines in order. */
function byHash(entries: readonly [number, string][]): Map<number, string[]> {
  const map = new Map<number, string[]>();
  for (const [hash, line] of entries) map.set(hash >>> 0, [...(map.get(hash >>> 0) ?? []), line]);
  return map;
}

/** Each hash's lines as the buckets gave them, checking that no hash is in two buckets. */
function grouped(buckets: string[][], hashOf: Map<string, number>): Map<number, string[]> {
  const map = new Map<number, string[]>();
  const bucketOf = new Map<number, number>();
  buckets.forEach((lines, b) => {
    for (const line of lines) {
      const hash = hashOf.get(line)!;
      expect(bucketOf.get(hash) ?? b).toBe(b);
      bucketOf.set(hash, b);
      map.set(hash, [...(map.get(hash) ?? []), line]);
    }
  });
  return map;
}

describe('spill buckets', () => {
  it('give each hash its lines in order, held, on disk, or split again, and leave nothing behind', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.oneof(fc.integer({ min: 0, max: 5 }), fc.integer()), fc.string({ unit: 'grapheme', maxLength: 30 })), { maxLength: 300 }),
        fc.record({ memory: fc.integer({ min: 1, max: 400 }), bucketLimit: fc.integer({ min: 1, max: 2000 }) }),
        (raw, limits: SpillLimits) => {
          // Each line made unique (and line-break free) so it can name its hash.
          const entries = raw.map(([hash, text], n): [number, string] => [hash, `${n}:${text.replace(/\n/g, ' ')}`]);
          const parent = tempDir('docflow-spill-test-');
          const spill = new SpillBuckets(limits, parent);
          for (const [hash, line] of entries) spill.add(hash, line);
          const buckets = drain(spill);
          expect(buckets.every((lines) => lines.length > 0)).toBe(true);
          expect(grouped(buckets, new Map(entries.map(([hash, line]) => [line, hash >>> 0])))).toEqual(byHash(entries));
          expect(fs.readdirSync(parent)).toEqual([]);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('keeps a bucket small by splitting it again, and never splits one hash', () => {
    const parent = tempDir('docflow-spill-test-');
    const spill = new SpillBuckets({ memory: 1000, bucketLimit: 4000 }, parent);
    // 4,000 hashes that share their lowest bits (one first-level bucket), and one hash 2,000 times.
    for (let n = 0; n < 4000; n++) spill.add(n << 6, `line ${n}`);
    for (let n = 0; n < 2000; n++) spill.add(7, `same ${n}`);
    expect(fs.readdirSync(parent)).toHaveLength(1);
    const sizes = drain(spill).map((lines) => lines.length);
    expect(sizes).toContain(2000);
    expect(Math.max(...sizes.filter((size) => size !== 2000))).toBeLessThan(400);
    expect(sizes.reduce((a, b) => a + b)).toBe(6000);
    expect(fs.readdirSync(parent)).toEqual([]);
  });

  it('reads a split bucket back whole across its megabyte reads, any character at the cut', () => {
    const parent = tempDir('docflow-spill-test-');
    const spill = new SpillBuckets({ memory: 100_000, bucketLimit: 500_000 }, parent);
    // 3 MB in one first-level bucket, lines of one- to four-byte characters of uneven lengths.
    const entries: [number, string][] = Array.from({ length: 30_000 }, (_, n) => [(n % 97) << 6, `${n} ${'é中😀a'.repeat(n % 13)}${'中'.repeat(n % 5)}`]);
    for (const [hash, line] of entries) spill.add(hash, line);
    expect(grouped(drain(spill), new Map(entries.map(([hash, line]) => [line, hash])))).toEqual(byHash(entries));
  });

  it('keeps small amounts in memory, and close() removes a spill given up half way', () => {
    const parent = tempDir('docflow-spill-test-');
    const small = new SpillBuckets(undefined, parent);
    small.add(1, 'one');
    expect(fs.readdirSync(parent)).toEqual([]);
    expect(drain(small)).toEqual([['one']]);

    const spill = new SpillBuckets({ memory: 10, bucketLimit: 1e6 }, parent);
    for (let n = 0; n < 100; n++) spill.add(n, `a line of some length ${n}`);
    expect(fs.readdirSync(parent)).toHaveLength(1);
    const buckets = spill.buckets();
    buckets.next();
    spill.close();
    expect(fs.readdirSync(parent)).toEqual([]);
  });

  it('holds everything in memory, with the same answer, where the disk cannot be written', () => {
    // A file where the folder should be: nothing can be made in it.
    const notAFolder = path.join(tempDir('docflow-spill-test-'), 'file');
    fs.writeFileSync(notAFolder, '');
    const spill = new SpillBuckets({ memory: 10, bucketLimit: 100 }, notAFolder);
    const entries: [number, string][] = Array.from({ length: 500 }, (_, n) => [n % 7, `line ${n}`]);
    for (const [hash, line] of entries) spill.add(hash, line);
    expect(grouped(drain(spill), new Map(entries.map(([hash, line]) => [line, hash])))).toEqual(byHash(entries));
  });

  it('removes the folders of runs that were killed, not those of runs still going', () => {
    const tmp = tempDir('docflow-spill-test-');
    const before = process.env.TMPDIR;
    process.env.TMPDIR = tmp;
    try {
      const old = new Date(Date.now() - 2 * 3600_000);
      const killed = path.join(tmp, 'docflow-spill-4194399-aaaaaa');
      const running = path.join(tmp, `docflow-spill-${process.ppid}-bbbbbb`);
      const recent = path.join(tmp, 'docflow-spill-4194398-cccccc');
      for (const dir of [killed, running, recent]) fs.mkdirSync(dir);
      fs.writeFileSync(path.join(killed, '3'), '3\tleft behind\n');
      for (const dir of [killed, running]) fs.utimesSync(dir, old, old);
      const spill = new SpillBuckets({ memory: 10, bucketLimit: 1e6 });
      spill.add(1, 'a line long enough to spill');
      const mine = (name: string) => name.startsWith(`docflow-spill-${process.pid}-`);
      expect(fs.readdirSync(tmp).filter(mine)).toHaveLength(1);
      expect(fs.readdirSync(tmp).filter((name) => !mine(name)).sort()).toEqual([path.basename(running), path.basename(recent)].sort());
      expect(drain(spill)).toEqual([['a line long enough to spill']]);
      expect(fs.readdirSync(tmp).sort()).toEqual([path.basename(running), path.basename(recent)].sort());
    } finally {
      if (before === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = before;
    }
  });
});
