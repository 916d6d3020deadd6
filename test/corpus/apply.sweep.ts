/**
 * Writing back with nothing changed changes no byte, on every article of the shared corpus, and
 * places every string (the resources come from the same articles, merged in memory).
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { applyResources } from '../../src/catalog/apply.js';
import { Workspace } from '../../src/catalog/workspace.js';
import { tempDir } from '../helpers.js';
import { CORPUS, corpora } from './corpus-folders.js';

const locales = tempDir();
afterAll(() => fs.rmSync(locales, { recursive: true, force: true }));

describe.skipIf(corpora.length === 0)('apply on the real corpus', () => {
  it.each(corpora)('%s: nothing edited, no byte changed, nothing left unplaced', (corpus) => {
    const result = applyResources(new Workspace(path.join(CORPUS, corpus), locales), { dryRun: true });
    expect(result.changed.map((c) => c.path)).toEqual([]);
    expect(result.unplaced).toEqual([]);
    expect(result.unchanged.length).toBeGreaterThan(90);
  });
});
