/**
 * The stat index answers a file's hash by its stats, and is never wrong: a rewrite with the same
 * size and the old time put back is still seen, a file changed just now is not recorded, and a
 * damaged index costs only a hash.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { contentHash } from '../../src/catalog/cache-file.js';
import { StatIndex } from '../../src/catalog/stat-index.js';
import { writeFileAtomic } from '../../src/catalog/write-file.js';
import { tempDir } from '../helpers.js';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

afterEach(() => vi.restoreAllMocks());

/**
 * A file hashed as "version A", rewritten `wait` ms later as "version B" (the same size) with A's
 * time put back: what the index (with its racy window, or the default's) says then.
 */
async function rewriteWithTimeSetBack(racyMs: number | undefined, wait: number): Promise<string> {
  const dir = tempDir();
  const file = path.join(dir, 'a.md');
  fs.writeFileSync(file, 'version A');
  const { mtime } = fs.statSync(file);
  const index = new StatIndex(path.join(dir, 'index'), racyMs);
  expect(index.hash(file)).toBe(contentHash('version A'));
  await pause(wait);
  fs.writeFileSync(file, 'version B');
  fs.utimesSync(file, mtime, mtime);
  return index.hash(file);
}

describe('the stat index', () => {
  it('answers an unchanged file from the index, across runs, without reading it', () => {
    const dir = tempDir();
    const file = path.join(dir, 'a.md');
    fs.writeFileSync(file, 'Ajouter un client');
    const indexDir = path.join(dir, 'index');
    const first = new StatIndex(indexDir, 0);
    expect(first.hash(file)).toBe(contentHash('Ajouter un client'));
    first.save();
    const reads = vi.spyOn(fs, 'readFileSync');
    const second = new StatIndex(indexDir, 0);
    expect(second.hash(file)).toBe(contentHash('Ajouter un client'));
    expect(reads.mock.calls.filter(([read]) => read === file)).toEqual([]);
  });

  it('sees a rewrite of the same size whose time was set back', async () => {
    expect(await rewriteWithTimeSetBack(0, 30)).toBe(contentHash('version B'));
  });

  it('does not record a file changed within the last two seconds', async () => {
    // Same size, same time, within the same tick of a coarse clock: only the bytes can tell.
    expect(await rewriteWithTimeSetBack(undefined, 0)).toBe(contentHash('version B'));
  });

  it('says `-` for a missing file and survives a damaged index', () => {
    const dir = tempDir();
    const indexDir = path.join(dir, 'index');
    const file = path.join(dir, 'a.md');
    fs.writeFileSync(file, 'x');
    const first = new StatIndex(indexDir, 0);
    expect(first.hash(path.join(dir, 'none.md'))).toBe('-');
    expect(first.hash(file)).toBe(contentHash('x'));
    first.save();
    for (const shard of fs.readdirSync(indexDir)) fs.writeFileSync(path.join(indexDir, shard), 'not v8');
    const damaged = new StatIndex(indexDir, 0);
    expect(damaged.hash(file)).toBe(contentHash('x'));
    damaged.save();
    const reads = vi.spyOn(fs, 'readFileSync');
    expect(new StatIndex(indexDir, 0).hash(file)).toBe(contentHash('x'));
    expect(reads.mock.calls.filter(([read]) => read === file)).toEqual([]);
  });

  it('reads only the index of the folders it looks in', () => {
    const dir = tempDir();
    const indexDir = path.join(dir, 'index');
    for (const folder of ['fr-FR', 'zh-CN']) {
      fs.mkdirSync(path.join(dir, folder));
      fs.writeFileSync(path.join(dir, folder, 'a.md'), folder);
    }
    const first = new StatIndex(indexDir, 0);
    first.hash(path.join(dir, 'fr-FR', 'a.md'));
    first.hash(path.join(dir, 'zh-CN', 'a.md'));
    first.save();
    expect(fs.readdirSync(indexDir)).toHaveLength(2);
  });

  it('stats a file once per turn of the event loop, and sees a change from the next turn, or at once when docflow wrote it', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'a.md');
    fs.writeFileSync(file, 'version A');
    const index = new StatIndex(path.join(dir, 'index'), 0);
    const stat = vi.spyOn(fs, 'statSync');
    expect([index.hash(file), index.hash(file), index.hash(file)]).toEqual(Array(3).fill(contentHash('version A')));
    expect(stat.mock.calls.filter(([p]) => p === file)).toHaveLength(1);
    // Another process's edit: seen from the next turn on.
    fs.writeFileSync(file, 'version B, longer');
    await new Promise((resolve) => setImmediate(resolve));
    expect(index.hash(file)).toBe(contentHash('version B, longer'));
    // docflow's own write: seen in the same turn.
    writeFileAtomic(file, 'version C');
    expect(index.hash(file)).toBe(contentHash('version C'));
  });

  it('knows files in a folder that is not there are missing without a stat each, and sees the folder once it is made', async () => {
    const dir = tempDir();
    const folder = path.join(dir, 'overlays', 'partner-center');
    const files = ['a.md', 'b.md', 'c.md'].map((name) => path.join(folder, name));
    const index = new StatIndex(path.join(dir, 'index'), 0);
    const stat = vi.spyOn(fs, 'statSync');
    expect(files.map((file) => index.hash(file))).toEqual(['-', '-', '-']);
    expect(stat.mock.calls.filter(([p]) => files.includes(String(p)))).toEqual([]);
    // Another process makes the folder and a file: seen from the next turn on.
    fs.mkdirSync(folder, { recursive: true });
    fs.writeFileSync(files[1]!, 'now here');
    await new Promise((resolve) => setImmediate(resolve));
    expect(files.map((file) => index.hash(file))).toEqual(['-', contentHash('now here'), '-']);
    // docflow's own write into a folder it has just made: seen in the same turn.
    const other = path.join(dir, 'locales', 'de-DE', 'a.json');
    expect(index.hash(other)).toBe('-');
    fs.mkdirSync(path.dirname(other), { recursive: true });
    writeFileAtomic(other, '{}');
    expect(index.hash(other)).toBe(contentHash('{}'));
  });
});

describe('the stat index on a repository larger than it holds', () => {
  /** Folders `f0`…, each with two files, in a temporary folder. */
  function folders(count: number): { dir: string; files: string[] } {
    const dir = tempDir();
    const files: string[] = [];
    for (let i = 0; i < count; i++) {
      fs.mkdirSync(path.join(dir, `f${i}`));
      for (const name of ['a.md', 'b.md']) {
        const file = path.join(dir, `f${i}`, name);
        fs.writeFileSync(file, `${i}/${name}`);
        files.push(file);
      }
    }
    return { dir, files };
  }

  it('lets go of the folders looked in longest ago, and answers them from what it saved, without reading their files', async () => {
    const { dir, files } = folders(4);
    const indexDir = path.join(dir, 'index');
    const first = new StatIndex(indexDir, 0, 2);
    expect(files.map((file) => first.hash(file))).toEqual(files.map((file) => contentHash(fs.readFileSync(file))));
    // Two folders were let go as the next ones came, each saved as it went, before any save().
    expect(fs.readdirSync(indexDir)).toHaveLength(2);
    first.save();
    await new Promise((resolve) => setImmediate(resolve)); // a new turn: no answer held from the last
    const reads = vi.spyOn(fs, 'readFileSync');
    const second = new StatIndex(indexDir, 0, 2);
    expect(files.map((file) => second.hash(file))).toEqual(files.map((file) => contentHash(fs.readFileSync(file))));
    expect(reads.mock.calls.filter(([read]) => files.includes(String(read)))).toHaveLength(files.length); // only the expectation's own reads
  });

  it('sees a file changed after its folder was let go', async () => {
    const { dir, files } = folders(3);
    const index = new StatIndex(path.join(dir, 'index'), 0, 2);
    for (const file of files) index.hash(file);
    fs.writeFileSync(files[0]!, 'changed, and longer');
    await new Promise((resolve) => setImmediate(resolve));
    expect(index.hash(files[0]!)).toBe(contentHash('changed, and longer'));
  });

  it('keeps a folder it let go twice and looks in again, rather than read it again and again', async () => {
    const { dir, files } = folders(3);
    const indexDir = path.join(dir, 'index');
    const index = new StatIndex(indexDir, 0, 2);
    for (const file of files) index.hash(file);
    index.save();
    const loads = vi.spyOn(fs, 'readFileSync');
    // Each folder in turn, round after round, as a flat layout asks: each read a few times, then held.
    for (let round = 0; round < 6; round++) {
      await new Promise((resolve) => setImmediate(resolve));
      for (const file of [files[0]!, files[2]!, files[4]!]) index.hash(file);
    }
    const indexReads = loads.mock.calls.filter(([read]) => String(read).startsWith(indexDir));
    expect(indexReads.length).toBeLessThanOrEqual(6); // once a round: 18
  });

  it('holds no more than four times its bound to the end, however often every folder is looked in', async () => {
    const { dir, files } = folders(20);
    const indexDir = path.join(dir, 'index');
    const index = new StatIndex(indexDir, 0, 2);
    const expected = files.map((file) => contentHash(fs.readFileSync(file)));
    const loads = vi.spyOn(fs, 'readFileSync');
    let lastRound = 0;
    for (let round = 0; round < 5; round++) {
      await new Promise((resolve) => setImmediate(resolve));
      const before = loads.mock.calls.length;
      expect(files.map((file) => index.hash(file))).toEqual(expected);
      lastRound = loads.mock.calls.slice(before).filter(([read]) => String(read).startsWith(indexDir)).length;
    }
    // Four folders (eight entries) held to the end, two looked in lately: the other 14 read again.
    expect(lastRound).toBeGreaterThanOrEqual(14);
  });
});
