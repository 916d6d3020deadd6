/**
 * A folder's packed stat entries: a hash only for the stats it was recorded with, entries kept
 * through a save and dropped once unseen too long, any number of them.
 */
import v8 from 'node:v8';
import { describe, expect, it } from 'vitest';
import { contentHash } from '../../src/catalog/cache-file.js';
import { FolderStats, isPackedFolderStats } from '../../src/catalog/folder-stats.js';

const stats = (i: number) => ({ size: i, mtimeMs: 1_700_000_000_000.25 + i, ctimeMs: 1_700_000_000_001.5 + i, ino: 2 ** 40 + i });

describe('a folder of stat entries', () => {
  it('answers a recorded file only while its size, times and inode are the recorded ones', () => {
    const folder = new FolderStats();
    folder.set('a.md', stats(1), contentHash('a'), 100);
    expect(folder.hash('a.md', stats(1), 100)).toBe(contentHash('a'));
    for (const changed of [{ size: 2 }, { mtimeMs: 1 }, { ctimeMs: 1 }, { ino: 7 }]) expect(folder.hash('a.md', { ...stats(1), ...changed }, 100)).toBeUndefined();
    expect(folder.hash('b.md', stats(1), 100)).toBeUndefined();
    folder.delete('a.md');
    expect(folder.hash('a.md', stats(1), 100)).toBeUndefined();
  });

  it('keeps thousands of entries through a save, and drops those unseen since the oldest day kept', () => {
    const folder = new FolderStats();
    for (let i = 0; i < 3000; i++) folder.set(`${i}.md`, stats(i), contentHash(String(i)), i % 2 === 0 ? 100 : 50);
    const saved = v8.deserialize(v8.serialize(folder.packed(60)));
    expect(isPackedFolderStats(saved)).toBe(true);
    const again = new FolderStats(saved);
    expect(again.size).toBe(1500);
    for (const i of [0, 2, 1998, 2998]) expect(again.hash(`${i}.md`, stats(i), 100)).toBe(contentHash(String(i)));
    expect(again.hash('1.md', stats(1), 100)).toBeUndefined();
    // A file seen today is marked so, and kept by the next save.
    expect(again.hash('0.md', stats(0), 120)).toBe(contentHash('0'));
    expect(new FolderStats(again.packed(110)).hash('0.md', stats(0), 120)).toBe(contentHash('0'));
    expect(new FolderStats(again.packed(110)).size).toBe(1);
  });

  it('takes a damaged or older save for none', () => {
    expect(isPackedFolderStats({ format: 1, entries: [] })).toBe(false);
    expect(isPackedFolderStats({ names: ['a.md'], numbers: new Float64Array(5), hashes: new Uint8Array(3) })).toBe(false);
  });
});
