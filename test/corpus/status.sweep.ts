/**
 * Staleness on the real corpus, where fr-fr and zh-cn were translated from the same English for
 * most articles and from different English versions for 29: only those can be stale, and
 * matching by English text keeps the stale ones to the sentences that really changed. The
 * command's JSON, made an article at a time, is the whole report's.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { translationStatus } from '../../src/catalog/status.js';
import { sameEnglish } from '../../src/catalog/versions.js';
import { Workspace } from '../../src/catalog/workspace.js';
import { runCli } from '../../src/cli/program.js';
import { memoryIo, tempDir } from '../helpers.js';
import { CORPUS } from './corpus-folders.js';

const roots = ['partner-center-pr.fr-fr', 'partner-center-pr.zh-cn'].map((name) => path.join(CORPUS, name));
const locales = tempDir();
afterAll(() => fs.rmSync(locales, { recursive: true, force: true }));

describe.skipIf(!roots.every((root) => fs.existsSync(root)))('status across two locale repositories', () => {
  it('finds stale sentences only where the two locales were translated from different English', () => {
    const workspace = new Workspace(roots, locales);
    const report = translationStatus(workspace);
    const stale = report.items.filter((i) => i.state === 'stale');
    const differing = new Set(
      workspace.slugs().filter((slug) => {
        const [a, b] = workspace.article(slug).documents;
        return a && b && !sameEnglish(a, b);
      }),
    );
    console.log(`${differing.size} articles from different English; ${stale.length} stale sentences in ${new Set(stale.map((s) => s.slug)).size} of them`);
    expect(differing.size).toBe(29);
    expect(stale.length).toBeGreaterThan(0);
    expect(stale.filter((s) => !differing.has(s.slug))).toEqual([]);
    // Matched by text, a handful of sentences per changed article, not the 2,230 numbers that differ.
    expect(stale.length).toBeLessThan(200);
  });

  it('prints as JSON, a row at a time, the bytes of the whole report', async () => {
    const report = translationStatus(new Workspace(roots, locales));
    const { io, out } = memoryIo();
    await runCli(['status', '--format', 'json', '--no-cache', ...roots.flatMap((root) => ['--content', root]), '--locales', locales], io);
    expect(report.items.length).toBeGreaterThan(0);
    expect(out()).toBe(`${JSON.stringify(report, null, 2)}\n`);
  });
});
