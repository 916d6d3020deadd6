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

  it('sorts as the plain statement sorts keys without leading zeros or long numbers (the common case), and with them mixed in', () => {
    const plain = fc.oneof(
      fc.constantFrom('proc-', '.step-', 'sec-', 'é', '中', '-', '.', '!', ' ', '/', ':', '=', '_', '~', 'a', 'B', 'z'),
      fc.integer({ min: 0, max: 20_000 }).map(String),
      fc.constantFrom('123456789012345', '99999999999999'),
    );
    const plainKey = fc.array(plain, { minLength: 0, maxLength: 6 }).map((runs) => runs.join(''));
    const odd = fc.constantFrom('a007', 'x\0y', 'a\0!', '1234567890123456', '00');
    fc.assert(
      fc.property(fc.uniqueArray(plainKey, { maxLength: 80 }), fc.option(odd), (keys, extra) => {
        if (extra !== null && !keys.includes(extra)) keys.push(extra);
        const record = Object.fromEntries(keys.map((k, i) => [k, i]));
        const expected = Object.keys(Object.fromEntries([...keys].sort(reference).map((k) => [k, 0])));
        expect(Object.keys(naturallySorted(record))).toEqual(expected);
      }),
      { seed: 13, numRuns: 3_000 },
    );
    // Where a collation without its guards would go wrong: a run that goes on past U+0000, and
    // characters between '0' and a digit run's length.
    expect(Object.keys(naturallySorted({ 'a\0!': 1, a5: 2 }))).toEqual(['a5', 'a\0!']);
    expect(Object.keys(naturallySorted({ 'a:': 1, a5: 2 }))).toEqual(['a5', 'a:']);
    // Numbers past a double's range: larger than any it holds, and by their digits among themselves.
    const huge = `1${'0'.repeat(400)}`;
    for (const [a, b] of [[huge, '5'], [`a${huge}`, 'a9007199254740993'], [`9${huge}`, huge], [huge, `0${huge}`]] as const) {
      expect(Math.sign(naturalCompare(a, b))).toBe(Math.sign(reference(a, b)));
    }
  });

  it('keeps a key named __proto__ as a key, and every value with its key', () => {
    const record = JSON.parse('{"step-10": "b", "__proto__": "kept", "step-2": "a", "toString": "c"}') as Record<string, string>;
    const sorted = naturallySorted(record);
    expect(Object.keys(sorted)).toEqual(['__proto__', 'step-2', 'step-10', 'toString']);
    expect(JSON.stringify(sorted)).toBe('{"__proto__":"kept","step-2":"a","step-10":"b","toString":"c"}');
  });
});
