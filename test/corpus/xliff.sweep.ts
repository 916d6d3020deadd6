/**
 * XLIFF round trip on the whole shared corpus: extract, export every article (1.2 and 2.0),
 * import it back: no byte of locales/ changes.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { extract } from '../../src/catalog/extract.js';
import { translatedLocales } from '../../src/catalog/catalog.js';
import { importXliff } from '../../src/catalog/xliff/import.js';
import { articleUnits } from '../../src/catalog/xliff/units.js';
import { writeXliff } from '../../src/catalog/xliff/xliff-format.js';
import { Workspace } from '../../src/catalog/workspace.js';
import { tempDir } from '../helpers.js';
import { CORPUS, corpora } from './corpus-folders.js';

const scratch = tempDir();
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

function snapshot(dir: string): Map<string, string> {
  const files = fs.readdirSync(dir, { recursive: true }).map(String).filter((f) => fs.statSync(path.join(dir, f)).isFile());
  return new Map(files.map((f) => [f, fs.readFileSync(path.join(dir, f), 'utf8')]));
}

describe.skipIf(corpora.length === 0)('XLIFF round trip on the real corpus', () => {
  it.each(corpora)('%s: export then import changes no byte', async (corpus) => {
    const locales = path.join(scratch, corpus);
    const workspace = new Workspace(path.join(CORPUS, corpus), locales);
    await extract(workspace);
    const before = snapshot(locales);
    let units = 0;
    for (const slug of workspace.slugs()) {
      for (const locale of translatedLocales(workspace, slug)) {
        const list = articleUnits(workspace, slug, locale);
        if (list.length === 0) continue;
        units += list.length;
        for (const version of ['xliff12', 'xliff2'] as const) {
          const xml = await writeXliff({ articles: new Map([[slug, list]]), locale }, version);
          const report = await importXliff(workspace, xml, `${slug}.${version}.xlf`);
          expect(report.updated, `${slug} ${version}`).toEqual([]);
          expect(report.unknown).toEqual([]);
        }
      }
    }
    expect(units).toBeGreaterThan(1000);
    expect(snapshot(locales)).toEqual(before);
    // Every article of a repository in both versions: 30–45 s alone, 64 s on a box shared with other jobs (not a time limit).
  }, 300_000);
});
