/**
 * The cache does not only grow: an entry read is marked used, and a run that writes removes, at
 * most once a day, entries unused for 30 days and temporary files a killed run left.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Cache } from '../../src/catalog/cache.js';
import { tempDir } from '../helpers.js';

const DAY = 86_400_000;

/** Every file of the cache with its path relative to it. */
function files(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)));
}

function age(dir: string, days: number): void {
  const when = (Date.now() - days * DAY) / 1000;
  for (const file of files(dir)) fs.utimesSync(path.join(dir, file), when, when);
}

describe('pruning the cache', () => {
  it('removes what no run used for 30 days, keeps what one read, once a day', () => {
    const dir = tempDir();
    const first = new Cache(dir);
    first.set(first.key('article', 'old'), { old: true });
    first.set(first.key('article', 'read'), { read: true });
    fs.writeFileSync(path.join(dir, 'v1', 'article', 'left.123.abc.tmp'), 'half');
    age(dir, 40);
    // A run reads one of them: it is marked used.
    expect(new Cache(dir).get(first.key('article', 'read'))).toEqual({ read: true });
    // A run that writes prunes: the unused entry and the temporary file go.
    const writer = new Cache(dir);
    writer.set(writer.key('article', 'new'), { fresh: true });
    expect(writer.get(first.key('article', 'old'))).toBeUndefined();
    expect(writer.get(first.key('article', 'read'))).toEqual({ read: true });
    expect(writer.get(writer.key('article', 'new'))).toEqual({ fresh: true });
    expect(files(dir).some((f) => f.endsWith('.tmp'))).toBe(false);
    // Not again the same day, however old entries look.
    age(path.join(dir, 'v1', 'article'), 40);
    const again = new Cache(dir);
    again.set(again.key('article', 'another'), 1);
    expect(again.get(writer.key('article', 'new'))).toEqual({ fresh: true });
  });
});
