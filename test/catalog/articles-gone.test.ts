/**
 * An article deleted from the content, or renamed, leaves its resource files in locales/: extract
 * keeps them (a translator's work may be in them), and nothing reads them. Before, nothing said
 * so: a renamed article's French edits sat under the old name while the new one showed the
 * article's own translation, and a deleted one's files stayed for ever.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { contentCopy, type ContentCopy } from '../content-copy.js';

const copies: ContentCopy[] = [];
afterAll(() => copies.forEach((copy) => copy.remove()));

let content: string;
let locales: string;
let extract: (...args: string[]) => ReturnType<ContentCopy['cli']>;

const frenchFile = (slug: string) => path.join(locales, 'fr-FR', `${slug}.json`);

beforeEach(async () => {
  const copy = contentCopy();
  copies.push(copy);
  ({ content, locales } = copy);
  extract = (...args) => copy.cli('extract', ...args);
  expect((await extract()).code).toBe(0);
  // A translator's edit in locales/.
  const french = fs.readFileSync(frenchFile('billing'), 'utf8');
  fs.writeFileSync(frenchFile('billing'), french.replace(/("title\.\d+": ")[^"]*/, '$1Facturation (revue)'));
  expect((await extract()).err).toBe('');
});

describe('resource files of an article no longer in the content', () => {
  it('are kept, and said once each at extract (info, exit 0): deleted in every locale, or renamed', async () => {
    for (const locale of ['fr-FR', 'zh-CN']) fs.rmSync(path.join(content, locale, 'multichannel.md'));
    for (const locale of ['fr-FR', 'zh-CN']) fs.renameSync(path.join(content, locale, 'billing.md'), path.join(content, locale, 'billing-overview.md'));
    const { code, err } = await extract();
    expect(code).toBe(0);
    const said = (locale: string, slug: string, what: string) =>
      `${path.join(locales, locale, `${slug}.json`)}:1:1 info no article ${slug} in the content: nothing reads these strings (${what}) docflow:no-article`;
    const moved = 'deleted, or renamed: move the file and its _docflow/ record to the new name, or delete them';
    const english = 'extract wrote them from the article: delete the file';
    expect(err.split('\n').filter((line) => line.endsWith('docflow:no-article'))).toEqual([
      said('en-US', 'billing', english),
      said('en-US', 'multichannel', english),
      said('fr-FR', 'billing', moved),
      said('fr-FR', 'multichannel', moved),
      said('zh-CN', 'billing', moved),
      said('zh-CN', 'multichannel', moved),
    ]);
    expect(fs.readFileSync(frenchFile('billing'), 'utf8')).toContain('Facturation (revue)');
    expect(fs.existsSync(frenchFile('multichannel'))).toBe(true);
    // A run of some articles, or a shard of a matrix, looks at theirs alone.
    expect((await extract('add-a-new-customer')).err).toBe('');
    expect((await extract('--shard', '1/2')).err).not.toContain('no-article');
  });
});
