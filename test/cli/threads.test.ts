/**
 * Worker threads give the same resources as one thread. Workers run from the built code only,
 * so this drives `dist/` (built by `npm ci`'s prepare step) as a user would.
 *
 * Each extract is a process of its own (1.5–2.5 s of CPU: the long article is half of it), and
 * five are run: the ones that do not wait for each other run side by side, and the one-thread
 * resources are made once for both tests. On a loaded two-core box a test took 15–25 s one
 * extract after another, against the 20 s default; its timeout says what it runs.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { threadCount } from '../../src/catalog/parse-pool.js';
import { LONG_TEXT } from '../../src/parse/sxs-segments.js';
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

/** Extracts' time, each a cold process, on a box whose other work may take most of its two cores. */
const EXTRACTS_TIMEOUT = 90_000;

async function extract(threads: number, cache?: string): Promise<Record<string, string>> {
  const locales = tempDir();
  const run = await promisify(execFile)(process.execPath, [MAIN, 'extract', '--content', manyArticles(), '--locales', locales, ...(cache ? ['--cache', cache] : ['--no-cache'])], { env: { ...process.env, DOCFLOW_THREADS: String(threads) }, encoding: 'utf8', maxBuffer: 1 << 26 }).catch(
    // Exit 1 says the extract found problems in the fixtures; what it wrote is still compared.
    (error: { code?: number; stderr?: string }) => {
      expect(error.code, error.stderr).toBe(1);
      return error;
    },
  );
  expect(run.stderr).not.toContain('internal error');
  const out: Record<string, string> = {};
  for (const entry of fs.readdirSync(locales, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) out[path.relative(locales, path.join(entry.parentPath, entry.name))] = fs.readFileSync(path.join(entry.parentPath, entry.name), 'utf8');
  }
  return out;
}

/** The resources one thread writes, made once for both tests. */
let alone: Promise<Record<string, string>> | undefined;
const onOneThread = () => (alone ??= extract(1));

describe('how many threads', () => {
  it('takes DOCFLOW_THREADS when it is a count, else at most two (each thread adds to the peak memory)', () => {
    expect(threadCount({ DOCFLOW_THREADS: '6' })).toBe(6);
    expect(threadCount({ DOCFLOW_THREADS: 'many' })).toBe(os.availableParallelism() > 2 ? 2 : 1);
    expect(threadCount({})).toBeLessThanOrEqual(2);
  });
});

describe.skipIf(!fs.existsSync(MAIN))('extract on worker threads', () => {
  it(
    'writes the same resources on two and three threads as on one',
    async () => {
      const [one, two, three] = await Promise.all([onOneThread(), extract(2), extract(3)]);
      expect(Object.keys(one).length).toBeGreaterThan(100);
      // The long article is long enough to be left to the main thread.
      expect(fs.statSync(path.join(manyArticles(), 'copy-1', 'fr-FR', 'a-long-article.md')).size).toBeGreaterThan(LONG_TEXT);
      expect(Object.keys(one)).toContain(path.join('fr-FR', 'copy-1', 'fr-FR', 'a-long-article.json'));
      expect(two).toEqual(one);
      expect(three).toEqual(one);
    },
    EXTRACTS_TIMEOUT,
  );

  it(
    'the same again through the cache: parses the threads sent back, then articles the cache holds',
    async () => {
      const cache = tempDir();
      const [one, filled] = await Promise.all([onOneThread(), extract(2, cache)]);
      expect(filled).toEqual(one);
      expect(await extract(2, cache)).toEqual(one);
    },
    EXTRACTS_TIMEOUT,
  );
});
