/**
 * A memo kept for runs of items: one entry a run, and only a changed run's entry is written
 * again; an item added where a run now starts does not lose its followers their results; asked in
 * any order, every answer is the one kept for its key.
 */
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Cache } from '../../src/catalog/cache.js';
import { GroupedMemo, startsRun } from '../../src/catalog/grouped-memo.js';
import { compareNames } from '../../src/text/name-order.js';
import { tempDir } from '../helpers.js';

/** Every entry under the cache folder, with its bytes. */
function entries(dir: string): Map<string, string> {
  const files = fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  return new Map(files.map((e) => [path.join(e.parentPath, e.name), fs.readFileSync(path.join(e.parentPath, e.name)).toString('base64')]));
}

/** One pass over `items` in order: what it found under each item's key, and what it kept. */
function pass(dir: string, items: readonly string[], keyOf: (item: string) => string): Map<string, string | undefined> {
  const memo = new GroupedMemo<string>(new Cache(dir), 'test', items, 'scope');
  const found = new Map(items.map((item) => [item, memo.get(item, keyOf(item))]));
  for (const item of items) if (found.get(item) === undefined) memo.put(item, keyOf(item), `value of ${item} at ${keyOf(item)}`);
  memo.save();
  return found;
}

describe('a memo kept for runs of items', () => {
  const names = Array.from({ length: 600 }, (_, i) => `article-${i}`).sort(compareNames);
  const runs = names.filter(startsRun).length;

  it('keeps one entry a run, and writes again only the run of an item whose key changed', () => {
    expect(runs).toBeGreaterThan(3);
    const dir = tempDir();
    pass(dir, names, () => 'k1');
    const first = entries(dir);
    for (const entry of first.keys()) if (path.basename(entry) === 'pruned') first.delete(entry);
    // The first item starts a run whether or not its name does.
    expect(first.size).toBe(runs + (startsRun(names[0]!) ? 0 : 1));
    const again = pass(dir, names, () => 'k1');
    expect([...again.values()].every((value, i) => value === `value of ${names[i]} at k1`)).toBe(true);
    expect(new Map([...entries(dir)].filter(([entry]) => path.basename(entry) !== 'pruned'))).toEqual(first);

    const changed = names[300]!;
    pass(dir, names, (item) => (item === changed ? 'k2' : 'k1'));
    const now = entries(dir);
    for (const entry of now.keys()) if (path.basename(entry) === 'pruned') now.delete(entry);
    expect([...now.keys()].filter((entry) => now.get(entry) !== first.get(entry))).toHaveLength(1);

    // An item no longer asked about drops out of its run's entry: back, it is not found.
    const gone = names[100]!;
    pass(dir, names.filter((item) => item !== gone), () => 'k1');
    expect(pass(dir, names, () => 'k1').get(gone)).toBeUndefined();
    expect(pass(dir, names, () => 'k1').get(gone)).toBe(`value of ${gone} at k1`);
  });

  it('finds the items after an article added where a run now starts: they are not made again', () => {
    const dir = tempDir();
    pass(dir, names, () => 'k1');
    // A name that starts a run, sorted between two items of one run.
    const followed = (name: string) => {
      const next = names.find((item) => compareNames(item, name) > 0);
      return next !== undefined && !startsRun(next);
    };
    const added = Array.from({ length: 5000 }, (_, i) => `article-3${i}-new`).find((name) => startsRun(name) && followed(name))!;
    const now = [...names, added].sort(compareNames);
    const found = pass(dir, now, () => 'k1');
    expect([...found].filter(([, value]) => value === undefined).map(([item]) => item)).toEqual([added]);
    expect([...pass(dir, now, () => 'k1').values()].every((value) => value !== undefined)).toBe(true);
  });

  it('answers in any order: a kept value under its own key, nothing under another', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(names.slice(0, 150)), fc.shuffledSubarray(names.slice(0, 150)), (kept, asked) => {
        const dir = tempDir();
        const memo = new GroupedMemo<string>(new Cache(dir), 'test', names, 'scope');
        for (const item of kept) memo.put(item, 'k', item);
        memo.save();
        const reader = new GroupedMemo<string>(new Cache(dir), 'test', names, 'scope');
        for (const item of asked) expect(reader.get(item, 'k')).toBe(kept.includes(item) ? item : undefined);
        for (const item of asked) expect(reader.get(item, 'other')).toBeUndefined();
        fs.rmSync(dir, { recursive: true, force: true });
      }),
      { numRuns: 40 },
    );
  });
});
