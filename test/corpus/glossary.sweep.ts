/**
 * A CI matrix over the whole corpus, through the built CLI as a CI job runs it: the glossary
 * learned a shard per job and merged is the one a single run learns, byte for byte, and
 * `extract --shard i/n --glossary` jobs together write what one whole extract writes (which
 * learns the glossary itself, from every file). An emptied glossary writes other files: the
 * glossary given is the one used, so the sameness is not for want of use.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, tempDir } from '../helpers.js';
import { CORPUS } from './corpus-folders.js';

const MAIN = path.join(ROOT, 'dist', 'bundle', 'main.cjs');
const SHARDS = 4;

function docflow(...args: string[]): string {
  const run = spawnSync(process.execPath, [MAIN, ...args, ...(args[0] === 'merge' ? [] : ['--no-cache'])], { env: { ...process.env, DOCFLOW_THREADS: '1' }, encoding: 'utf8', maxBuffer: 1 << 26 });
  expect(run.status, run.stderr).toBeLessThanOrEqual(1);
  return run.stdout;
}

function written(locales: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of fs.readdirSync(locales, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) files.set(path.relative(locales, path.join(entry.parentPath, entry.name)), fs.readFileSync(path.join(entry.parentPath, entry.name), 'utf8'));
  }
  return files;
}

function differing(a: Map<string, string>, b: Map<string, string>): string[] {
  return [...new Set([...a.keys(), ...b.keys()])].filter((file) => a.get(file) !== b.get(file)).sort();
}

describe.skipIf(!fs.existsSync(CORPUS) || !fs.existsSync(MAIN))('a CI matrix with the glossary made once', () => {
  it('merges the shards’ glossaries into the whole one, and extracts with it what a whole run does', () => {
    const dir = tempDir();
    const parts = Array.from({ length: SHARDS }, (_, i) => path.join(dir, `glossary-${i + 1}.json`));
    parts.forEach((part, i) => docflow('glossary', '--content', CORPUS, '--shard', `${i + 1}/${SHARDS}`, '--out', part));
    const glossary = path.join(dir, 'glossary.json');
    docflow('merge', ...[...parts].reverse(), '--out', glossary);
    const whole = docflow('glossary', '--content', CORPUS);
    // A header line, then a locale a line.
    const [header, ...lines] = whole.trimEnd().split('\n').map((line) => JSON.parse(line) as { locale: string; terms: unknown[]; leads: unknown[] });
    const locales = lines.map((line) => line.locale);
    console.log(`glossary of ${locales.join(', ')}: ${whole.length} bytes`);
    expect(locales).toEqual(expect.arrayContaining(['fr-FR', 'zh-CN', 'he-IL']));
    expect(fs.readFileSync(glossary, 'utf8')).toBe(whole);

    const one = path.join(dir, 'one');
    docflow('extract', '--content', CORPUS, '--locales', one);
    const matrix = path.join(dir, 'matrix');
    for (let i = 1; i <= SHARDS; i++) docflow('extract', '--content', CORPUS, '--locales', matrix, '--shard', `${i}/${SHARDS}`, '--glossary', glossary);
    const [oneFiles, matrixFiles] = [written(one), written(matrix)];
    expect(oneFiles.size).toBeGreaterThan(2000);
    expect(differing(oneFiles, matrixFiles)).toEqual([]);

    const empty = path.join(dir, 'empty.json');
    fs.writeFileSync(empty, [header, ...lines.map((line) => ({ ...line, terms: [], leads: [] }))].map((line) => `${JSON.stringify(line)}\n`).join(''));
    const without = path.join(dir, 'without');
    docflow('extract', '--content', CORPUS, '--locales', without, '--glossary', empty);
    const changed = differing(oneFiles, written(without));
    console.log(`${changed.length} files differ with an empty glossary`);
    expect(changed.length).toBeGreaterThan(0);
    fs.rmSync(dir, { recursive: true, force: true });
  }, 300_000);
});
