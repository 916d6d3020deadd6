/**
 * Resource and provenance files list their keys in natural order (`step-2` before `step-10`).
 * The order is held to a plain statement of it, run by run with regular expressions as the
 * first version did, on generated keys: digit runs with leading zeros and past 2^53, runs of
 * letters, punctuation and non-ASCII, and keys that are prefixes of each other.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { naturalCompare, naturallySorted } from '../../src/catalog/write-file.js';

function reference(a: string, b: string): number {
  const pa = a.match(/\d+|\D+/g) ?? [];
  const pb = b.match(/\d+|\D+/g) ?? [];
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    const x = pa[i]!;
    const y = pb[i]!;
    if (x === y) continue;
    if (/^\d/.test(x) && /^\d/.test(y) && Number(x) !== Number(y)) return Number(x) - Number(y);
    return x < y ? -1 : 1;
  }
  return pa.length - pb.length;
}

const run = fc.oneof(
  fc.constantFrom('proc-', '.step-', '.label-', 'sec-', '.r', '.c', 'é', '中', '-', '.', 'a', 'B'),
  fc.integer({ min: 0, max: 200 }).map(String),
  fc.constantFrom('0', '007', '7', '10', '9007199254740993', '9007199254740992', '00'),
);
const key = fc.array(run, { minLength: 0, maxLength: 6 }).map((runs) => runs.join(''));

describe('natural order of keys', () => {
  it('compares as the plain statement does (fixed seed)', () => {
    fc.assert(
      fc.property(key, key, (a, b) => {
        expect(Math.sign(naturalCompare(a, b))).toBe(Math.sign(reference(a, b)));
      }),
      { seed: 11, numRuns: 20_000 },
    );
  });

  it('sorts a record’s keys as the plain statement sorts them', () => {
    fc.assert(
      fc.property(fc.uniqueArray(key, { maxLength: 60 }), (keys) => {
        const record = Object.fromEntries(keys.map((k, i) => [k, i]));
        // Integer-like keys come first in any object, whatever the order they were added in.
        const expected = Object.keys(Object.fromEntries([...keys].sort(reference).map((k) => [k, 0])));
        expect(Object.keys(naturallySorted(record))).toEqual(expected);
        for (const k of keys) expect(naturallySorted(record)[k]).toBe(record[k]);
      }),
      { seed: 12, numRuns: 2_000 },
    );
  });
});
