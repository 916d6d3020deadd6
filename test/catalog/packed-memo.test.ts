/**
 * Many memos in one cache entry: an item's result is used while its key is the same and it is
 * still valid; a result that reports a problem is made every run; items a run did not ask for
 * drop out.
 */
import { describe, expect, it } from 'vitest';
import { Cache } from '../../src/catalog/cache.js';
import { PackedMemo } from '../../src/catalog/packed-memo.js';
import { tempDir } from '../helpers.js';

describe('a packed memo', () => {
  it('keeps results between runs, by item and key', () => {
    const cache = new Cache(tempDir());
    let made = 0;
    const run = (items: Record<string, string>, valid = () => true) => {
      const memo = new PackedMemo<string>(cache, 'test', 'scope');
      const out = Object.entries(items).map(([item, key]) => memo.take(item, key, () => ({ value: `${item}@${key}#${++made}`, keep: item !== 'broken' }), valid));
      memo.save();
      return out;
    };
    expect(run({ a: '1', b: '1', broken: '1' })).toEqual(['a@1#1', 'b@1#2', 'broken@1#3']);
    // Same keys: kept, except the one with a problem.
    expect(run({ a: '1', b: '1', broken: '1' })).toEqual(['a@1#1', 'b@1#2', 'broken@1#4']);
    // A changed key is made again; an item not asked for drops out.
    expect(run({ a: '2' })).toEqual(['a@2#5']);
    expect(run({ a: '2', b: '1' })).toEqual(['a@2#5', 'b@1#6']);
    // No longer valid (the locale answers a glossary question differently): made again.
    expect(run({ a: '2' }, () => false)).toEqual(['a@2#7']);
  });

  it('keeps a result made elsewhere (on a worker thread) under its key, for the next run', () => {
    const cache = new Cache(tempDir());
    const first = new PackedMemo<string>(cache, 'test', 'scope');
    expect(first.get('a', 'k1')).toBeUndefined();
    first.put('a', 'k1', 'learned');
    first.save();
    const second = new PackedMemo<string>(cache, 'test', 'scope');
    expect(second.get('a', 'k1')).toBe('learned');
    // Another key (the file changed) or another scope: not this result.
    expect(second.get('a', 'k2')).toBeUndefined();
    expect(new PackedMemo<string>(cache, 'test', 'other').get('a', 'k1')).toBeUndefined();
  });
});
