/**
 * Between articles, garbage over the budget is collected then and there, so a command's peak
 * memory follows what it keeps, not what it has thrown away.
 */
import v8 from 'node:v8';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectionsSoFar, holdLongArticle, measureResident, remeasureLive, settleMemory } from '../../src/runtime/memory-budget.js';

const used = () => v8.getHeapStatistics().used_heap_size;

/**
 * Whether settleMemory collects now. Asked of it, not of the heap's size: V8 may collect on its
 * own meanwhile (a concurrent marking ending under load made a heap 63 MB smaller with no
 * collection of settleMemory's).
 */
function settles(): boolean {
  const before = collectionsSoFar();
  settleMemory();
  return collectionsSoFar() > before;
}

/** `count` arrays of a million doubles, 8 MB each: outside the young generation, as whole texts are. */
const arrays = (count: number, fill: number) => Array.from({ length: count }, (_, i) => new Array<number>(1e6).fill(i + fill));

/** Makes `count` × 8 MB, lets it go, and says how much of the heap is in use then. */
function usedAfterGarbage(count: number): number {
  let garbage: number[][] | undefined = arrays(count, 0.25);
  expect(garbage).toHaveLength(count);
  garbage = undefined;
  return used();
}

describe('the memory budget', () => {
  // A process past ROOM (its collections give memory back, and say so at once) but not crowded:
  // the test runner's own is past the crowded size.
  let putBack: () => void;
  beforeAll(() => {
    putBack = measureResident(() => 120 * 1024 * 1024);
  });
  afterAll(() => putBack());

  it('collects what an article left behind once it is over the budget, and only then', () => {
    settleMemory();
    // About 96 MB let go.
    const before = usedAfterGarbage(12);
    settleMemory();
    expect(used()).toBeLessThan(before - 32 * 1024 * 1024);
    // Under the budget, nothing is done.
    const kept = used();
    settleMemory();
    expect(Math.abs(used() - kept)).toBeLessThan(8 * 1024 * 1024);
  });

  it('holds a long article to what it keeps plus the budget, however much it keeps', () => {
    // ~144 MB kept, as a 20 MB article's text, pairs and segments are through its parse.
    const kept = arrays(18, 0.5);
    settleMemory();
    // ~80 MB let go: past the budget, though far short of doubling what is kept.
    const before = usedAfterGarbage(10);
    settleMemory();
    expect(used()).toBeLessThan(before - 48 * 1024 * 1024);
    expect(kept).toHaveLength(18);
  });

  it('after much of what was live goes (a long article once read), collects at the next settle, not a budget past the old live size', () => {
    let kept: number[][] | undefined = arrays(10, 0.75);
    settleMemory();
    kept = undefined;
    // ~80 MB that was live is garbage now, but the heap is not past what was live plus the budget.
    expect(settles()).toBe(false);
    remeasureLive();
    const before = used();
    settleMemory();
    expect(used()).toBeLessThan(before - 64 * 1024 * 1024);
    expect(kept).toBeUndefined();
  });

  it('while a long article is held, collects on half the budget; once it is let go, on the whole one', () => {
    holdLongArticle(true);
    settleMemory();
    // About 40 MB let go: past the long budget, short of the whole one.
    const held = usedAfterGarbage(5);
    settleMemory();
    expect(used()).toBeLessThan(held - 24 * 1024 * 1024);
    holdLongArticle(false);
    usedAfterGarbage(5);
    expect(settles()).toBe(false);
  });

  it('once a collection finds the process past 160 MB resident, collects on half the budget for the rest of the run', () => {
    let size = 120 * 1024 * 1024;
    const restore = measureResident(() => size);
    try {
      // Not crowded: 40 MB let go stays (short of the whole budget), as above. From a heap just
      // collected (a budget of nothing): what earlier tests left, under the budget, had counted.
      settleMemory(0);
      usedAfterGarbage(5);
      expect(settles()).toBe(false);
      // A collection at 200 MB resident (80 MB more let go: past the whole budget).
      size = 200 * 1024 * 1024;
      usedAfterGarbage(10);
      settleMemory();
      // Then 40 MB let go is collected, and still so once the process is smaller again.
      const crowded = usedAfterGarbage(5);
      settleMemory();
      expect(used()).toBeLessThan(crowded - 24 * 1024 * 1024);
      size = 120 * 1024 * 1024;
      const after = usedAfterGarbage(5);
      settleMemory();
      expect(used()).toBeLessThan(after - 24 * 1024 * 1024);
    } finally {
      restore();
      putBack = measureResident(() => 120 * 1024 * 1024);
    }
  });
});
