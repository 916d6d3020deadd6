/**
 * extract merges, never overwrites: a translator's edit in locales/ survives, a translation whose
 * English changed is kept and marked stale, a string whose segment is gone is set aside.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { localeCatalog } from '../../src/catalog/catalog.js';
import { extract } from '../../src/catalog/extract.js';
import { mergeLocale } from '../../src/catalog/merge.js';
import { provenancePath, readProvenance, valueHash } from '../../src/catalog/provenance.js';
import { Workspace } from '../../src/catalog/workspace.js';
import { CONTENT, tempDir } from '../helpers.js';

const SLUG = 'add-a-new-customer';
const root = tempDir();
const content = path.join(root, 'content');
const locales = path.join(root, 'locales');
fs.cpSync(CONTENT, content, { recursive: true });
const frFile = path.join(locales, 'fr-FR', `${SLUG}.json`);
const read = (file: string) => JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, string>;
const run = () => extract(new Workspace(content, locales), [SLUG]);
const editArticle = (locale: string, from: string | RegExp, to: string) => {
  const file = path.join(content, locale, `${SLUG}.md`);
  fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(from, to));
};

afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe('extract merges into locales/', () => {
  it('keeps a translator’s edit and says so', async () => {
    await run();
    const edited = { ...read(frFile), 'title.103': 'Ajouter un nouveau client' };
    fs.writeFileSync(frFile, JSON.stringify(edited, null, 2));
    const report = await run();
    expect(report.handEdits).toEqual([`fr-FR ${SLUG} title.103`]);
    expect(read(frFile)['title.103']).toBe('Ajouter un nouveau client');
    expect(readProvenance(provenancePath(locales, 'fr-FR', SLUG)).strings['title.103']).toMatchObject({ origin: 'hand', from: 'Add a new customer' });
    // Nothing changed since: a third run writes nothing and reports no new edit.
    const again = await run();
    expect(again.written).toEqual([]);
    expect(again.handEdits).toEqual([]);
  });

  it('keeps the edit and marks it stale when the English of that string changes in the article', async () => {
    // The newest English (the reference) is fr-FR's: change the English half of the title there.
    editArticle('fr-FR', 'data-stu-id="be056-103">Add a new customer<', 'data-stu-id="be056-103">Add a customer<');
    editArticle('zh-CN', /(data-stu-id="\w+-103">)Add a new customer</, '$1Add a customer<');
    const report = await run();
    expect(read(frFile)['title.103']).toBe('Ajouter un nouveau client');
    expect(report.stale).toBeGreaterThan(0);
    const title = localeCatalog(new Workspace(content, locales), SLUG, 'fr-FR').entries.find((e) => e.key === 'title.103')!;
    expect(title).toMatchObject({ state: 'stale', reference: 'Add a customer', from: 'Add a new customer', value: 'Ajouter un nouveau client' });
    // The machine translation of zh-CN was not touched by hand: it follows the article.
    const zh = localeCatalog(new Workspace(content, locales), SLUG, 'zh-CN').entries.find((e) => e.key === 'title.103')!;
    expect(zh).toMatchObject({ state: 'translated', origin: 'MT', from: 'Add a customer' });
  });

  it('sets aside a string whose segment is gone, reports it, and brings it back with its segment', async () => {
    const file = path.join(content, 'fr-FR', `${SLUG}.md`);
    const before = fs.readFileSync(file, 'utf8');
    const note = /\n><span data-ttu-id="be056-107">.*\n/.exec(before)![0];
    fs.writeFileSync(file, before.replace(note, '\n'));
    const zhFile = path.join(content, 'zh-CN', `${SLUG}.md`);
    const zhBefore = fs.readFileSync(zhFile, 'utf8');
    fs.writeFileSync(zhFile, zhBefore.replace(/\n><span data-ttu-id="[^"]*-107">.*\n/, '\n'));
    const report = await run();
    expect(report.obsoleted).toContain(`fr-FR ${SLUG} note.108`);
    expect(read(frFile)['note.108']).toBeUndefined();
    const aside = readProvenance(provenancePath(locales, 'fr-FR', SLUG)).obsolete['note.108']!;
    expect(aside.value).toMatch(/^Si vous souhaitez fournir des solutions/);
    fs.writeFileSync(file, before);
    fs.writeFileSync(zhFile, zhBefore);
    await run();
    expect(read(frFile)['note.108']).toBe(aside.value);
    expect(readProvenance(provenancePath(locales, 'fr-FR', SLUG)).obsolete['note.108']).toBeUndefined();
  });
});

describe('a string set aside and brought back', () => {
  const file = path.join(content, 'fr-FR', `${SLUG}.md`);
  const zhFile = path.join(content, 'zh-CN', `${SLUG}.md`);
  /** Runs extract with the note's segment gone from both articles, then with it back. */
  const removeAndRestore = async (meanwhile: () => void = () => {}) => {
    const before = fs.readFileSync(file, 'utf8');
    const zhBefore = fs.readFileSync(zhFile, 'utf8');
    fs.writeFileSync(file, before.replace(/\n><span data-ttu-id="be056-107">.*\n/, '\n'));
    fs.writeFileSync(zhFile, zhBefore.replace(/\n><span data-ttu-id="[^"]*-107">.*\n/, '\n'));
    await run();
    fs.writeFileSync(file, before);
    fs.writeFileSync(zhFile, zhBefore);
    meanwhile();
    return run();
  };

  it('brings a translator’s edit back over the article’s own string, as it stood over it before', async () => {
    await run();
    fs.writeFileSync(frFile, JSON.stringify({ ...read(frFile), 'note.108': 'Édité à la main' }, null, 2));
    await run();
    const report = await removeAndRestore();
    expect(read(frFile)['note.108']).toBe('Édité à la main');
    expect(report.restored).toContain(`fr-FR ${SLUG} note.108`);
    expect(readProvenance(provenancePath(locales, 'fr-FR', SLUG)).strings['note.108']).toMatchObject({ origin: 'hand' });
    // Kept from then on, like any edit.
    expect((await run()).written).toEqual([]);
    expect(read(frFile)['note.108']).toBe('Édité à la main');
  });

  it('lets the article’s new translation in when what was set aside was the article’s own old one', async () => {
    // The edit of the test before made the article's: now only the article says this sentence.
    const article = fs.readFileSync(file, 'utf8');
    fs.writeFileSync(frFile, JSON.stringify({ ...read(frFile), 'note.108': /be056-108">([^<]*)</.exec(article)![1]! }, null, 2));
    fs.rmSync(provenancePath(locales, 'fr-FR', SLUG));
    await run();
    await removeAndRestore(() => fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/(be056-108">)[^<]*</, '$1Une nouvelle traduction<')));
    expect(read(frFile)['note.108']).toBe('Une nouvelle traduction');
  });
});

describe('the merge of one locale', () => {
  it('keeps the file’s record of a string that has not changed (one in memory), and makes one for a string that has', () => {
    const unchanged = { from: 'Add', origin: 'MT' as const, hash: valueHash('Ajouter') };
    const result = mergeLocale({
      article: { values: { a: 'Ajouter', b: 'Nouveau' }, sources: { a: 'Add', b: 'New' }, origin: 'MT' },
      existing: { a: 'Ajouter', b: 'Ancien' },
      provenance: { strings: { a: unchanged, b: { from: 'Old', origin: 'MT', hash: valueHash('Ancien') } }, obsolete: {} },
      reference: { a: 'Add', b: 'New' },
      live: new Set(['a', 'b']),
    });
    expect(result.provenance.strings['a']).toBe(unchanged);
    expect(result.provenance.strings['b']).toEqual({ from: 'New', origin: 'MT', hash: valueHash('Nouveau') });
    expect(result.messages).toEqual({ a: 'Ajouter', b: 'Nouveau' });
  });
});

describe('the catalog of a locale', () => {
  it('lists its strings in the same order whether the merge changed something or handed back the files as read', async () => {
    const dir = tempDir();
    try {
      const [ownContent, ownLocales] = [path.join(dir, 'content'), path.join(dir, 'locales')];
      fs.cpSync(CONTENT, ownContent, { recursive: true });
      // Two strings the English has not (image alt text is each file's own), in the note and then
      // the intro: the article's order is not the file's (sorted) order.
      const article = path.join(ownContent, 'fr-FR', `${SLUG}.md`);
      const images = (text: string) => text.replace(/(\n>.*be056-108.*\n)/, '$1>\n> ![Une remarque](media/note.png)\n\n![Un tableau](media/intro.png)\n');
      fs.writeFileSync(article, images(fs.readFileSync(article, 'utf8')));
      const slugs = new Workspace(ownContent, ownLocales).slugs();
      await extract(new Workspace(ownContent, ownLocales), slugs);
      const entries = (slug: string) => localeCatalog(new Workspace(ownContent, ownLocales), slug, 'fr-FR').entries;
      const order = (slug: string) => entries(slug).map((e) => e.key);
      const before = new Map(slugs.map((slug) => [slug, order(slug)]));
      // One hand edit per article: every merge is made whole now.
      for (const slug of slugs) {
        const file = path.join(ownLocales, 'fr-FR', `${slug}.json`);
        const strings = read(file);
        const key = Object.keys(strings)[0]!;
        fs.writeFileSync(file, JSON.stringify({ ...strings, [key]: `${strings[key]} (revu)` }, null, 2));
      }
      let withOwnKeys = 0;
      for (const slug of slugs) {
        expect(order(slug), slug).toEqual(before.get(slug));
        if (entries(slug).some((e) => e.reference === undefined)) withOwnKeys++;
      }
      expect(withOwnKeys).toBe(1);
      expect(before.get(SLUG)!.filter((key) => key.includes('.image-'))).toEqual(['note.image-1', 'intro.image-1']);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
