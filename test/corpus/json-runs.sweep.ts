/**
 * Every file `extract` writes for the real corpus (each locale's resource files and provenance
 * files, fr-fr, zh-cn and Hebrew), read a run of members at a time, is what JSON.parse of the
 * whole text makes of it (the oracle), key order included, at any run length; and the resource
 * files read that way as strings only. Unit tests hold made-up JSON to the same oracle; this
 * holds the files docflow itself writes for articles nobody here wrote.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { extract } from '../../src/catalog/extract.js';
import { parseObjectRuns } from '../../src/catalog/json-runs.js';
import { Workspace } from '../../src/catalog/workspace.js';
import { tempDir } from '../helpers.js';
import { CORPUS, corpora } from './corpus-folders.js';

const locales = tempDir();
afterAll(() => fs.rmSync(locales, { recursive: true, force: true }));

describe.skipIf(corpora.length === 0)('the corpus catalogs read in runs', () => {
  it('read as JSON.parse reads them, every file, at any run length', async () => {
    await extract(new Workspace(corpora.map((name) => path.join(CORPUS, name)), locales));
    const files = fs
      .readdirSync(locales, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && e.name.endsWith('.json'))
      .map((e) => path.join(e.parentPath, e.name));
    let provenance = 0;
    for (const file of files) {
      const bytes = fs.readFileSync(file);
      const oracle = JSON.stringify(JSON.parse(bytes.toString()));
      const isProvenance = file.includes(`${path.sep}_docflow${path.sep}`);
      if (isProvenance) provenance++;
      for (const runBytes of [1, 256, 1 << 20]) {
        expect(JSON.stringify(parseObjectRuns(bytes, { runBytes })), file).toBe(oracle);
        if (!isProvenance) expect(JSON.stringify(parseObjectRuns(bytes, { runBytes, strings: true })), file).toBe(oracle);
      }
    }
    console.log(`${files.length} files (${provenance} provenance files) read in runs as JSON.parse reads them`);
    expect(provenance).toBeGreaterThan(700);
    expect(files.length - provenance).toBeGreaterThan(1_000);
  });
});
