/**
 * The whole corpus extracted on one thread and on two (a worker beside the main thread, each
 * taking articles from the other, see parse-ahead.ts): the same files, byte for byte. Through
 * the built CLI, as a user runs it: workers exist only there.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, tempDir } from '../helpers.js';
import { CORPUS } from './corpus-folders.js';

const MAIN = path.join(ROOT, 'dist', 'bundle', 'main.cjs');

/** Every file extract wrote, by its path below the locales folder. */
function extracted(threads: number): Map<string, string> {
  const locales = tempDir();
  const run = spawnSync(process.execPath, [MAIN, 'extract', '--content', CORPUS, '--locales', locales, '--no-cache'], { env: { ...process.env, DOCFLOW_THREADS: String(threads) }, encoding: 'utf8', maxBuffer: 1 << 26 });
  expect(run.status, run.stderr).toBeLessThanOrEqual(1);
  const files = new Map<string, string>();
  for (const entry of fs.readdirSync(locales, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) files.set(path.relative(locales, path.join(entry.parentPath, entry.name)), fs.readFileSync(path.join(entry.parentPath, entry.name), 'utf8'));
  }
  fs.rmSync(locales, { recursive: true, force: true });
  return files;
}

describe.skipIf(!fs.existsSync(CORPUS) || !fs.existsSync(MAIN))('the whole corpus on threads', () => {
  it('writes the same files on two threads as on one', () => {
    const one = extracted(1);
    const two = extracted(2);
    console.log(`${one.size} files written on one thread, ${two.size} on two`);
    // Every article in some locale, its provenance besides: over two thousand files.
    expect(one.size).toBeGreaterThan(2000);
    expect([...two.keys()].sort()).toEqual([...one.keys()].sort());
    const differing = [...one].filter(([file, text]) => two.get(file) !== text).map(([file]) => file);
    expect(differing).toEqual([]);
  }, 180_000);
});
