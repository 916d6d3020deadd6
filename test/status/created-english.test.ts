/**
 * The English `apply --create` writes in a new locale's article where it has no translation is
 * known to be none: docflow wrote it. Told from the text alone, a title, a heading or a UI label
 * read as a translation, and a German made with nothing translated showed 5 of 14 done (35.7 %).
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { contentCopy, type ContentCopy } from '../content-copy.js';

const SLUG = 'add-a-new-customer';
const copies: ContentCopy[] = [];
afterAll(() => copies.forEach((copy) => copy.remove()));

interface Row {
  segments: number;
  translated: number;
  untranslated: number;
  coverage: number;
  origins: Record<string, number>;
}

let content: string;
let locales: string;
let root: string;
let cli: ContentCopy['cli'];

async function row(): Promise<Row> {
  return (JSON.parse((await cli('status', SLUG, '--locale', 'de-DE', '--format', 'json')).out) as { rows: Row[] }).rows[0]!;
}

/** The units' states of an export, by key. */
async function states(file: string): Promise<Map<string, string>> {
  expect((await cli('export', SLUG, '--locale', 'de-DE', '--out', file)).code).toBe(0);
  const xliff = fs.readFileSync(file, 'utf8');
  return new Map([...xliff.matchAll(/<trans-unit id="([^"]+)"[\s\S]*?<target state="([^"]+)"/g)].map((m) => [m[1]!, m[2]!]));
}

const articleFile = () => path.join(content, 'de-DE', `${SLUG}.md`);
const provenanceFile = () => path.join(locales, '_docflow', 'de-DE', `${SLUG}.json`);

beforeEach(async () => {
  const copy = contentCopy();
  copies.push(copy);
  ({ root, content, locales, cli } = copy);
  expect((await cli('extract')).code).toBe(0);
  // A German begun with nothing translated yet.
  fs.mkdirSync(path.join(locales, 'de-DE'), { recursive: true });
  fs.writeFileSync(path.join(locales, 'de-DE', `${SLUG}.json`), '{}\n');
});

describe('a new locale’s article apply --create wrote in English', () => {
  it('is 0 % translated, its titles and labels as its sentences, in status, apply --create’s count and export; extract keeps it so', async () => {
    const created = await cli('apply', SLUG, '--locale', 'de-DE', '--create');
    expect(created.out).toContain('created, 14 sentences still in English');
    expect(await row()).toMatchObject({ segments: 14, translated: 0, untranslated: 14, coverage: 0, origins: { HT: 0, MT: 0, hand: 0, xliff: 0 } });
    const units = await states(path.join(root, 'de.xlf'));
    expect(units.get('title.103')).toBe('needs-translation');
    expect(units.get('proc-1.step-1.110.label-1')).toBe('needs-translation');
    expect([...units.values()].every((state) => state === 'needs-translation')).toBe(true);
    // extract keeps what it is, and a second changes no byte.
    expect((await cli('extract')).code).toBe(0);
    const provenance = fs.readFileSync(provenanceFile(), 'utf8');
    expect((await cli('extract')).code).toBe(0);
    expect(fs.readFileSync(provenanceFile(), 'utf8')).toBe(provenance);
    expect(await row()).toMatchObject({ translated: 0, untranslated: 14 });
  });

  it('counts a string translated once a translator changes it: in the article, in locales/, or in XLIFF, where a word the same in German is confirmed', async () => {
    await cli('apply', SLUG, '--locale', 'de-DE', '--create');
    await cli('extract');
    // In the article (a vendor's delivery, an editor): as the article says, human.
    fs.writeFileSync(articleFile(), fs.readFileSync(articleFile(), 'utf8').replace(/(-107">)\*\*Note\*\*/, '$1**Hinweis**'));
    // In locales/: a hand edit.
    const resource = path.join(locales, 'de-DE', `${SLUG}.json`);
    const strings = JSON.parse(fs.readFileSync(resource, 'utf8')) as Record<string, string>;
    fs.writeFileSync(resource, JSON.stringify({ ...strings, 'title.103': 'Einen neuen Kunden hinzufügen' }, null, 2));
    expect(await row()).toMatchObject({ translated: 2, untranslated: 12, origins: { HT: 1, MT: 0, hand: 1, xliff: 0 } });
    // In XLIFF: a heading the same in German (“**Applies to**” stands for it here), confirmed
    // unchanged, is the translator's; a unit left as a draft says nothing.
    const file = path.join(root, 'de.xlf');
    await states(file);
    const xliff = fs.readFileSync(file, 'utf8');
    fs.writeFileSync(file, xliff.replace('<target state="needs-translation">**Applies to**</target>', '<target state="translated">**Applies to**</target>'));
    const imported = await cli('import', file);
    expect(imported.out).toContain('1 string updated');
    expect(await row()).toMatchObject({ translated: 3, untranslated: 11, origins: { HT: 1, MT: 0, hand: 1, xliff: 1 } });
    expect((await states(file)).get('applies-to.104')).toBe('translated');
    // The same file again: nothing more to take.
    expect((await cli('import', file)).out).toContain('0 strings updated');
  });

  it('records nothing on a dry run, and leaves a string locales/ has to its own record', async () => {
    fs.writeFileSync(path.join(locales, 'de-DE', `${SLUG}.json`), JSON.stringify({ 'title.103': 'Add a new customer' }));
    expect((await cli('apply', SLUG, '--locale', 'de-DE', '--create', '--dry-run')).code).toBe(0);
    expect(fs.existsSync(provenanceFile())).toBe(false);
    await cli('apply', SLUG, '--locale', 'de-DE', '--create');
    // The title a person wrote in locales/, the same as its English: theirs, translated, as before.
    const records = (JSON.parse(fs.readFileSync(provenanceFile(), 'utf8')) as { strings: Record<string, { origin: string }> }).strings;
    expect(records['title.103']).toBeUndefined();
    expect(records['intro.106']?.origin).toBe('english');
    expect(await row()).toMatchObject({ translated: 1, untranslated: 13 });
  });
});
