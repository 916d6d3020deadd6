/** lastIndexWhere: the last index a monotone question is true of, as a linear scan finds it. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lastIndexWhere } from '../../src/runtime/last-index.js';

/** The same answer by walking the list: what the search must agree with. */
function scanned(length: number, holds: (index: number) => boolean): number {
  let found = -1;
  for (let i = 0; i < length && holds(i); i++) found = i;
  return found;
}

describe('lastIndexWhere', () => {
  it('is −1 on an empty list, or when the question holds of no index', () => {
    expect(lastIndexWhere(0, () => true)).toBe(-1);
    expect(lastIndexWhere(5, () => false)).toBe(-1);
  });

  it('is the last index when it holds of every one', () => {
    expect(lastIndexWhere(1, () => true)).toBe(0);
    expect(lastIndexWhere(7, () => true)).toBe(6);
  });

  it('finds the last value at or before a number in a sorted list, duplicates too', () => {
    const starts = [0, 4, 4, 9, 15];
    const atOrBefore = (offset: number) => lastIndexWhere(starts.length, (i) => starts[i]! <= offset);
    expect([-1, 0, 3, 4, 8, 9, 14, 15, 99].map((offset) => atOrBefore(offset))).toEqual([-1, 0, 0, 2, 2, 3, 3, 4, 4]);
  });

  it('agrees with a linear scan on any sorted list and any number', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -50, max: 50 }), { maxLength: 40 }), fc.integer({ min: -60, max: 60 }), (values, at) => {
        const sorted = values.sort((a, b) => a - b);
        for (const holds of [(i: number) => sorted[i]! <= at, (i: number) => sorted[i]! < at]) {
          expect(lastIndexWhere(sorted.length, holds)).toBe(scanned(sorted.length, holds));
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('asks no index outside the list, and about log2(n) of them', () => {
    const asked: number[] = [];
    lastIndexWhere(1000, (i) => (asked.push(i), i <= 617));
    expect(asked.every((i) => i >= 0 && i < 1000)).toBe(true);
    expect(asked.length).toBeLessThanOrEqual(10);
  });
});
