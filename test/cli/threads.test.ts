/**
 * Worker threads give the same resources as one thread. Workers run from the built code only,
 * so this drives `dist/` (built by `npm ci`'s prepare step) as a user would.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { threadCount } from '../../src/catalog/parse-pool.js';
import { FIXTURES, repeatedArticle, ROOT, tempDir } from '../helpers.js';

const MAIN = path.join(ROOT, 'dist', 'bundle', 'main.cjs');

/**
 * The fixtures four times over (40 articles: fewer than 16 are parsed here, not worth starting a
 * thread for, see parse-ahead.ts), and one long article among them (over 1 MB: left to the main
 * thread): a real article's body repeated, its segment numbers renumbered per copy, as the bench
 * makes its long ones.
 */
let content: string | undefined;
function manyArticles(): string {
  if (content) return content;
  content = tempDir();
  for (let copy = 0; copy < 4; copy++) fs.cpSync(FIXTURES, path.join(content, `copy-${copy}`), { recursive: true });
  fs.writeFileSync(path.join(content, 'copy-1', 'fr-FR', 'a-long-article.md'), repeatedArticle('fr-FR/incentives-create-and-manage-your-payout-and-tax-profiles.md', 30));
  return content;
}

function extract(threads: number, cache?: string): Record<string, string> {
  const locales = tempDir();
  const run = spawnSync(process.execPath, [MAIN, 'extract', '--content', manyArticles(), '--locales', locales, ...(cache ? ['--cache', cache] : ['--no-cache'])], { env: { ...process.env, DOCFLOW_THREADS: String(threads) }, encoding: 'utf8' });
  expect(run.status, run.stderr).toBeLessThanOrEqual(1);
  const out: Record<string, string> = {};
  for (const entry of fs.readdirSync(locales, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) out[path.relative(locales, path.join(entry.parentPath, entry.name))] = fs.readFileSync(path.join(entry.parentPath, entry.name), 'utf8');
  }
  return out;
}

describe('how many threads', () => {
  it('takes DOCFLOW_THREADS when it is a count, else at most two (each thread adds to the peak memory)', () => {
    expect(threadCount({ DOCFLOW_THREADS: '6' })).toBe(6);
    expect(threadCount({ DOCFLOW_THREADS: 'many' })).toBe(os.availableParallelism() > 2 ? 2 : 1);
    expect(threadCount({})).toBeLessThanOrEqual(2);
  });
});

describe.skipIf(!fs.existsSync(MAIN))('extract on worker threads', () => {
  it('writes the same resources on two and three threads as on one', () => {
    const one = extract(1);
    expect(Object.keys(one).length).toBeGreaterThan(100);
    expect(Object.keys(one)).toContain(path.join('fr-FR', 'copy-1', 'fr-FR', 'a-long-article.json'));
    expect(extract(2)).toEqual(one);
    expect(extract(3)).toEqual(one);
  });

  it('the same again through the cache: parses the threads sent back, then articles the cache holds', () => {
    const one = extract(1);
    const cache = tempDir();
    expect(extract(2, cache)).toEqual(one);
    expect(extract(2, cache)).toEqual(one);
  });
});
