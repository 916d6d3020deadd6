/**
 * docflow apply: translations go back into the articles by slicing, so only the bytes of a
 * changed sentence change; what cannot be placed is reported, never dropped.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { applyResources, applyToArticle, replaceTargets } from '../../src/catalog/apply.js';
import { writePiecesAtomic } from '../../src/catalog/write-file.js';
import { extract } from '../../src/catalog/extract.js';
import { Workspace } from '../../src/catalog/workspace.js';
import { valueHash } from '../../src/catalog/provenance.js';
import { runCli } from '../../src/cli/program.js';
import { parseDocument } from '../../src/parse/parse-document.js';
import { CONTENT, folderWith, memoryIo, tempDir } from '../helpers.js';

const SLUG = 'add-a-new-customer';
const roots: string[] = [];
afterAll(() => roots.forEach((root) => fs.rmSync(root, { recursive: true, force: true })));
afterEach(() => vi.restoreAllMocks());

/** A copy of the bundled content with its resources extracted. */
async function copy() {
  const root = tempDir();
  roots.push(root);
  const content = path.join(root, 'content');
  const locales = path.join(root, 'locales');
  fs.cpSync(CONTENT, content, { recursive: true });
  await extract(new Workspace(content, locales));
  const resource = (locale: string) => path.join(locales, locale, `${SLUG}.json`);
  const article = (locale: string) => path.join(content, locale, `${SLUG}.md`);
  const setString = (locale: string, key: string, value: string) => {
    const messages = JSON.parse(fs.readFileSync(resource(locale), 'utf8')) as Record<string, string>;
    messages[key] = value;
    fs.writeFileSync(resource(locale), JSON.stringify(messages, null, 2));
  };
  const cli = async (...args: string[]) => {
    const m = memoryIo();
    const code = await runCli([...args, '--content', content, '--locales', locales], m.io);
    return { code, out: m.out(), err: m.err() };
  };
  return { content, locales, article, setString, cli, workspace: () => new Workspace(content, locales) };
}

describe('apply', () => {
  it('changes no byte of any article when nothing was edited', async () => {
    const { workspace } = await copy();
    const result = applyResources(workspace());
    expect(result.changed).toEqual([]);
    expect(result.unplaced).toEqual([]);
    expect(result.unchanged.length).toBe(68);
  });

  it('writes an edited translation into its article: only that sentence’s bytes change', async () => {
    const { article, setString, cli } = await copy();
    const before = fs.readFileSync(article('fr-FR'), 'utf8');
    const edited = 'Dans le menu **Tableau de bord**, sélectionnez **Clients**, puis **Ajouter un client**.';
    setString('fr-FR', 'proc-1.step-1.110', edited);
    const { code, out } = await cli('apply', '--locale', 'fr-FR');
    expect(code).toBe(0);
    expect(out).toContain('1 sentence changed');
    const after = fs.readFileSync(article('fr-FR'), 'utf8');
    const old = 'À partir de la **tableau de bord** menu, sélectionnez **clients** , puis sélectionnez **ajouter un client**.';
    const at = before.indexOf(old);
    expect(after.slice(0, at)).toBe(before.slice(0, at));
    expect(after.slice(at + edited.length)).toBe(before.slice(at + old.length));
    expect(after.slice(at, at + edited.length)).toBe(edited);
    // The article now says what the resource says: a second apply has nothing to do.
    expect((await cli('apply')).out).toContain('0 articles written');
  });

  it('does not replace an article translation that changed since a person edited the string: both kept, said where, until someone chooses', async () => {
    const { article, setString, cli, locales } = await copy();
    const key = 'proc-1.step-1.110';
    const old = 'À partir de la **tableau de bord** menu, sélectionnez **clients** , puis sélectionnez **ajouter un client**.';
    const mine = 'Dans le menu **Tableau de bord**, sélectionnez **Clients**, puis **Ajouter un client**.';
    const vendor = 'Dans le menu **Tableau de bord**, choisissez **Clients**, puis **Ajouter un client**.';
    setString('fr-FR', key, mine);
    expect((await cli('extract')).out).toContain('1 edit made');
    // The vendor's new delivery of the article translates the sentence anew.
    const delivered = fs.readFileSync(article('fr-FR'), 'utf8').replace(old, vendor);
    fs.writeFileSync(article('fr-FR'), delivered);
    const line = delivered.slice(0, delivered.indexOf(vendor)).split('\n').length;
    const extracted = await cli('extract');
    expect(extracted.code).toBe(1);
    expect(extracted.err).toMatch(new RegExp(`fr-FR/add-a-new-customer\\.md:${line}:\\d+ warning ${key.replace(/\./g, '\\.')}: the article’s translation changed since .* docflow:article-changed`));
    const messages = () => JSON.parse(fs.readFileSync(path.join(locales, 'fr-FR', `${SLUG}.json`), 'utf8')) as Record<string, string>;
    expect(messages()[key]).toBe(mine);
    // Said again by a run that finds nothing changed (from the cache).
    expect((await cli('extract')).err).toContain('docflow:article-changed');
    // status lists it where a translator looks every day: both texts, and where.
    const status = await cli('status', '--locale', 'fr-FR');
    expect(status.out).toMatch(new RegExp(`In conflict \\(1\\): .*\\n  fr-FR  .*fr-FR/add-a-new-customer\\.md:${line}:\\d+  ${key.replace(/\./g, '\\.')}\\n      yours: Dans le menu Tableau de bord, sélectionnez Clients.*\\n      article: Dans le menu Tableau de bord, choisissez`));
    const items = (JSON.parse((await cli('status', '--locale', 'fr-FR', '--format', 'json')).out) as { items: { key: string; state: string; article?: string }[] }).items;
    expect(items.filter((item) => item.state === 'conflict')).toEqual([expect.objectContaining({ key, value: mine, article: vendor })]);
    const page = (await cli('status', '--locale', 'fr-FR', '--format', 'html')).out;
    expect(page).toMatch(/<h2>In conflict: [^<]*<\/h2>\n<div class="wide"><table id="conflict">.*<div class="article">article: Dans le menu Tableau de bord, choisissez/s);
    // apply leaves the article's as it is, and says so.
    const applied = await cli('apply', '--locale', 'fr-FR');
    expect(applied.code).toBe(1);
    expect(applied.err).toMatch(/not written: the article’s translation changed since this one was made in locales\/ over it: it says “Dans le menu \*\*Tableau de bord\*\*, choisissez/);
    expect(fs.readFileSync(article('fr-FR'), 'utf8')).toBe(delivered);
    // The person chooses theirs: written, and nothing is in conflict any more.
    expect((await cli('apply', '--locale', 'fr-FR', '--force')).code).toBe(0);
    expect(fs.readFileSync(article('fr-FR'), 'utf8')).toContain(mine);
    const after = await cli('extract');
    expect(after.err).not.toContain('article-changed');
  });

  it('lets a person take the article’s translation instead: the string deleted from locales/, extract brings the article’s', async () => {
    const { article, setString, cli, locales } = await copy();
    const key = 'proc-1.step-1.110';
    const old = 'À partir de la **tableau de bord** menu, sélectionnez **clients** , puis sélectionnez **ajouter un client**.';
    const vendor = 'Dans le menu **Tableau de bord**, choisissez **Clients**, puis **Ajouter un client**.';
    setString('fr-FR', key, 'Ma version.');
    await cli('extract');
    fs.writeFileSync(article('fr-FR'), fs.readFileSync(article('fr-FR'), 'utf8').replace(old, vendor));
    expect((await cli('extract')).err).toContain('article-changed');
    const file = path.join(locales, 'fr-FR', `${SLUG}.json`);
    const messages = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, string>;
    delete messages[key];
    fs.writeFileSync(file, JSON.stringify(messages, null, 2));
    const taken = await cli('extract');
    expect(taken.err).not.toContain('article-changed');
    expect((JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, string>)[key]).toBe(vendor);
  });

  it('keeps the space and line break at a sentence’s ends, which are the article’s layout, not the translation’s', async () => {
    const { article, setString, cli, content, locales } = await copy();
    // A narrow no-break space after the opening tag (as announcements separate sentences) and a
    // line break before the closing one (as raw HTML cells do).
    const before = fs.readFileSync(article('fr-FR'), 'utf8').replace('<span data-ttu-id="be056-110">À partir de', '<span data-ttu-id="be056-110">\u202fÀ partir de').replace('ajouter un client**.</span>', 'ajouter un client**.\n    </span>');
    fs.writeFileSync(article('fr-FR'), before);
    await extract(new Workspace(content, locales));
    // Edited in a tool that trims: no edge left in the value.
    setString('fr-FR', 'proc-1.step-1.110', 'Dans le menu **Tableau de bord**, sélectionnez **Clients**.');
    expect((await cli('apply', '--locale', 'fr-FR')).code).toBe(0);
    const after = fs.readFileSync(article('fr-FR'), 'utf8');
    expect(after).toContain('<span data-ttu-id="be056-110">\u202fDans le menu **Tableau de bord**, sélectionnez **Clients**.\n    </span>');
    // Nothing else moved, and the sentence as written is the resource's: nothing more to do.
    expect(after.replace(/\u202fDans le menu[^\n]*/, '')).toBe(before.replace(/\u202fÀ partir de[^\n]*/, ''));
    expect((await cli('apply', '--locale', 'fr-FR')).out).toContain('0 articles written');
  });

  // A CAT tool hands the sentence back with the edges it was exported with, or trimmed: either
  // way, once written, the article says what the string says, and nothing is in conflict.
  it.each([
    ['with the edges it was exported with', '\u202fDans le menu **Tableau de bord**, sélectionnez **Clients**.\n    '],
    ['trimmed', 'Dans le menu **Tableau de bord**, sélectionnez **Clients**.'],
    ['on two lines', 'Dans le menu **Tableau de bord**,\nsélectionnez **Clients**.'],
  ])('finds no conflict after writing a translation %s into a sentence with edges', async (_, value) => {
    const { article, setString, cli, content, locales } = await copy();
    const before = fs.readFileSync(article('fr-FR'), 'utf8').replace('<span data-ttu-id="be056-110">À partir de', '<span data-ttu-id="be056-110">\u202fÀ partir de').replace('ajouter un client**.</span>', 'ajouter un client**.\n    </span>');
    fs.writeFileSync(article('fr-FR'), before);
    await extract(new Workspace(content, locales));
    setString('fr-FR', 'proc-1.step-1.110', value);
    expect((await cli('extract')).err).not.toContain('article-changed');
    expect((await cli('apply', '--locale', 'fr-FR')).code).toBe(0);
    const extracted = await cli('extract');
    expect(extracted.err).not.toContain('article-changed');
    expect(extracted.code).toBe(0);
    const again = await cli('apply', '--locale', 'fr-FR');
    expect(again.err).not.toContain('apply-unplaced');
    expect(again.out).toContain('0 articles written');
    expect((await cli('status', '--locale', 'fr-FR')).out).not.toContain('In conflict');
  });

  it('takes a UI label edited with its sentence; one edited alone is said at its sentence’s line and column', async () => {
    const { setString, cli } = await copy();
    // As a CAT tool hands both: the sentence and its label, edited alike.
    setString('fr-FR', 'proc-1.step-1.110', 'Dans le menu **Tableau de bord**, sélectionnez **clients**, puis **ajouter un client**.');
    setString('fr-FR', 'proc-1.step-1.110.label-1', 'Tableau de bord');
    const together = await cli('apply', '--locale', 'fr-FR');
    expect(together.err).not.toContain('apply-unplaced');
    expect(together.code).toBe(0);
    // A label that is not in its sentence any more.
    setString('fr-FR', 'proc-1.step-1.110.label-2', 'Clientèle');
    const alone = await cli('apply', '--locale', 'fr-FR');
    expect(alone.code).toBe(1);
    expect(alone.err).toMatch(/add-a-new-customer\.md:27:5 warning fr-FR proc-1\.step-1\.110\.label-2: not written: a UI label follows its sentence/);
  });

  it('does not read an article again when it has nothing to put in it (a long one is not held for nothing)', async () => {
    const { article, workspace } = await copy();
    const ws = workspace();
    for (const slug of ws.slugs()) ws.article(slug);
    const read = vi.spyOn(fs, 'readFileSync');
    expect(applyResources(ws, { locale: 'fr-FR' }).changed).toEqual([]);
    expect(read.mock.calls.filter(([file]) => file === article('fr-FR'))).toEqual([]);
  });

  it('puts a translation in the right place of an article edited after the workspace read it', async () => {
    const { article, setString, workspace } = await copy();
    const ws = workspace();
    ws.article(SLUG);
    // A line added at the top of the body: every offset the workspace knows is off by it.
    const before = fs.readFileSync(article('fr-FR'), 'utf8');
    const body = before.indexOf('\n---', 3) + 4;
    fs.writeFileSync(article('fr-FR'), `${before.slice(0, body)}\nUne ligne ajoutée.\n${before.slice(body)}`);
    const edited = 'Ajouter un tout nouveau client';
    const old = (JSON.parse(fs.readFileSync(path.join(ws.localesDir, 'fr-FR', `${SLUG}.json`), 'utf8')) as Record<string, string>)['title.103']!;
    setString('fr-FR', 'title.103', edited);
    expect(applyResources(ws, { locale: 'fr-FR', slugs: [SLUG] }).changed).toEqual([{ path: article('fr-FR'), strings: 1 }]);
    const after = fs.readFileSync(article('fr-FR'), 'utf8');
    expect(after).toContain('Une ligne ajoutée.');
    expect(after).toContain(edited);
    expect(after.length - before.length).toBe('\nUne ligne ajoutée.\n'.length + edited.length - old.length);
    expect(after.replace(edited, old)).toBe(`${before.slice(0, body)}\nUne ligne ajoutée.\n${before.slice(body)}`);
  });

  it('leaves an article that changes while it is written as it is, and says so: the file is read again as it is written', async () => {
    const { article, setString, workspace } = await copy();
    const ws = workspace();
    setString('fr-FR', 'title.103', 'Ajouter un tout nouveau client');
    const { pieces, strings } = applyToArticle(ws, SLUG, 'fr-FR', article('fr-FR'));
    expect(strings).toBe(1);
    // Someone saves the article between the plan and the write, with that very sentence changed.
    const mine = fs.readFileSync(article('fr-FR'), 'utf8');
    const theirs = mine.replace('>Ajouter un client</span>', '>Ajouter des clients</span>');
    expect(theirs).not.toBe(mine);
    fs.writeFileSync(article('fr-FR'), theirs);
    expect(() => writePiecesAtomic(article('fr-FR'), pieces!)).toThrow(/cannot write it \(ECHANGED: it changed while docflow was writing it; run the command again\); the file is as it was/);
    expect(fs.readFileSync(article('fr-FR'), 'utf8')).toBe(theirs);
    expect(fs.readdirSync(path.dirname(article('fr-FR'))).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('holds the content folder while it writes: with another docflow writing there, it waits, then says who', async () => {
    const { content, locales, article, setString } = await copy();
    setString('fr-FR', 'title.103', 'Ajouter un nouveau client');
    const before = fs.readFileSync(article('fr-FR'), 'utf8');
    fs.writeFileSync(path.join(content, '.docflow.lock'), `${process.ppid}\n`);
    const m = memoryIo({ DOCFLOW_LOCK_WAIT_MS: '300' });
    expect(await runCli(['apply', '--content', content, '--locales', locales], m.io)).toBe(1);
    expect(m.err()).toContain(`${content}:1:1 error another docflow (process ${process.ppid}) is writing this folder; run again when it is done docflow:folder-busy`);
    expect(fs.readFileSync(article('fr-FR'), 'utf8')).toBe(before);
    // Once the other is done, the same run goes through and lets the folder go.
    fs.rmSync(path.join(content, '.docflow.lock'));
    expect(await runCli(['apply', '--content', content, '--locales', locales], memoryIo().io)).toBe(0);
    expect(fs.readFileSync(article('fr-FR'), 'utf8')).toContain('Ajouter un nouveau client');
    expect(fs.existsSync(path.join(content, '.docflow.lock'))).toBe(false);
  });

  it('reports a translation made from another English than the article’s, and leaves the article alone', async () => {
    const { article, setString, cli } = await copy();
    // The newest English (fr-FR) rewords the title; a translator updates zh-CN to it in locales/.
    fs.writeFileSync(article('fr-FR'), fs.readFileSync(article('fr-FR'), 'utf8').replace('-103">Add a new customer<', '-103">Add a customer<'));
    await cli('extract');
    setString('zh-CN', 'title.103', '添加客户');
    await cli('extract');
    const before = fs.readFileSync(article('zh-CN'), 'utf8');
    const { code, err } = await cli('apply', '--locale', 'zh-CN');
    expect(code).toBe(1);
    expect(err).toMatch(/zh-CN\/add-a-new-customer\.md:15:36 warning zh-CN title\.103: not written: translated from “Add a customer”, but the article’s English is “Add a new customer”[^\n]* docflow:apply-unplaced$/m);
    expect(fs.readFileSync(article('zh-CN'), 'utf8')).toBe(before);
  });

  it('refuses a translation that would break the pairs', async () => {
    const { article, setString, cli } = await copy();
    setString('fr-FR', 'title.103', 'Ajouter</span><span class="sxs-lookup">');
    const before = fs.readFileSync(article('fr-FR'), 'utf8');
    const { code, err } = await cli('apply');
    expect(code).toBe(1);
    expect(err).toContain('side-by-side markup');
    expect(fs.readFileSync(article('fr-FR'), 'utf8')).toBe(before);
  });

  it('does not write a value left empty in locales/ over the article’s sentence: says so, exit 1; --create keeps the English there', async () => {
    const { content, locales, article, setString, cli } = await copy();
    setString('fr-FR', 'intro.106', '');
    setString('fr-FR', 'proc-1.step-1.110', ' ');
    const before = fs.readFileSync(article('fr-FR'), 'utf8');
    const { code, out, err } = await cli('apply', SLUG, '--locale', 'fr-FR');
    expect(code).toBe(1);
    expect(out).toContain('0 articles written, 1 unchanged');
    expect(err.trim().split('\n')).toEqual([
      expect.stringMatching(/fr-FR\/add-a-new-customer\.md:\d+:\d+ warning fr-FR intro\.106: not written: the translation is empty: the article’s is kept .* docflow:apply-unplaced$/),
      expect.stringMatching(/warning fr-FR proc-1\.step-1\.110: not written: the translation is empty/),
    ]);
    expect(fs.readFileSync(article('fr-FR'), 'utf8')).toBe(before);
    // The same strings as a new locale's: the empty ones stay in English.
    fs.cpSync(path.join(locales, 'fr-FR', `${SLUG}.json`), path.join(locales, 'de-DE', `${SLUG}.json`));
    expect((await cli('apply', SLUG, '--locale', 'de-DE', '--create')).out).toContain('2 sentences still in English');
    const created = fs.readFileSync(path.join(content, 'de-DE', `${SLUG}.md`), 'utf8');
    expect(created).toMatch(/data-ttu-id="\w+-106">As you build your customer base/);
  });

  it('creates a new locale’s article from the reference and the locale’s resource file', async () => {
    const { content, locales, cli } = await copy();
    const english = JSON.parse(fs.readFileSync(path.join(locales, 'en-US', `${SLUG}.json`), 'utf8')) as Record<string, string>;
    fs.mkdirSync(path.join(locales, 'de-DE'));
    fs.writeFileSync(path.join(locales, 'de-DE', `${SLUG}.json`), JSON.stringify({ 'title.103': 'Einen neuen Kunden hinzufügen' }));
    const { code, out } = await cli('apply', SLUG, '--locale', 'de-DE', '--create');
    expect(code).toBe(0);
    expect(out).toContain('13 sentences still in English');
    const file = path.join(content, 'de-DE', `${SLUG}.md`);
    const { document, file: vfile } = parseDocument(fs.readFileSync(file, 'utf8'), { path: file });
    expect(vfile.messages).toEqual([]);
    expect(document.locale).toBe('de-DE');
    expect(document.segments).toHaveLength(14);
    expect(document.segments.find((s) => s.n === 103)).toMatchObject({ target: 'Einen neuen Kunden hinzufügen', source: 'Add a new customer' });
    expect(document.segments.find((s) => s.n === 110)!.target).toBe(english['proc-1.step-1.110']);
    // A second --create does not overwrite what the first made, and says so.
    const again = await cli('apply', SLUG, '--locale', 'de-DE', '--create');
    expect(again.out).toContain('0 de-DE articles created');
    expect(again.err).toBe(`docflow: ${SLUG}: ${file} exists: apply without --create updates it\n`);
    expect(again.code).toBe(0);
  });

  it('--create says as many sentences still in English as status then counts untranslated in the new article', async () => {
    const { locales, cli } = await copy();
    fs.mkdirSync(path.join(locales, 'de-DE'));
    // The title translated; a sentence whose “translation” is its English (status counts it
    // untranslated); the rest written in English by --create, short or not (its titles, labels).
    const english = JSON.parse(fs.readFileSync(path.join(locales, 'en-US', `${SLUG}.json`), 'utf8')) as Record<string, string>;
    fs.writeFileSync(path.join(locales, 'de-DE', `${SLUG}.json`), JSON.stringify({ 'title.103': 'Einen neuen Kunden hinzufügen', 'intro.106': english['intro.106'] }));
    const created = await cli('apply', SLUG, '--locale', 'de-DE', '--create');
    const status = await cli('status', SLUG, '--locale', 'de-DE', '--format', 'json');
    const row = (JSON.parse(status.out) as { rows: { untranslated: number }[] }).rows[0]!;
    expect(row.untranslated).toBe(13);
    // Status said 9: the short ones --create wrote in English read as translated.
    expect(created.out).toContain(`${row.untranslated} sentences still in English`);
  });

  it('--create says what it could not place, as apply does after it: a UI label not in its sentence, exit 1', async () => {
    const { locales, cli } = await copy();
    // A new locale's strings as an XLIFF comes back: the labels translated apart from their sentences.
    const english = JSON.parse(fs.readFileSync(path.join(locales, 'en-US', `${SLUG}.json`), 'utf8')) as Record<string, string>;
    fs.mkdirSync(path.join(locales, 'de-DE'));
    fs.writeFileSync(path.join(locales, 'de-DE', `${SLUG}.json`), JSON.stringify(Object.fromEntries(Object.entries(english).map(([key, value]) => [key, `DE ${value}`]))));
    const created = await cli('apply', SLUG, '--locale', 'de-DE', '--create');
    const after = await cli('apply', SLUG, '--locale', 'de-DE');
    expect(after.code).toBe(1);
    expect(after.err).toMatch(/de-DE\/add-a-new-customer\.md:27:5 warning de-DE proc-1\.step-1\.110\.label-1: not written: a UI label follows its sentence/);
    // The same lines, at the same places (a label of the line's second sentence too), and the same exit.
    expect(after.err).toMatch(/:30:\d{3} warning de-DE proc-1\.step-4\.114\.label-1/);
    expect(created.err).toBe(after.err);
    expect(created.code).toBe(1);
  });

  it('--create keeps the English where the translation was made from another English, and says so as apply says it after, exit 1; one with no provenance record is taken as it is', async () => {
    const { content, locales, cli } = await copy();
    const key = 'proc-1.step-1.110';
    const value = 'Wählen Sie im Menü **Dashboard** die Option **Kunden** aus.';
    const oldEnglish = 'From the **Dashboard** menu, select **Customers**.';
    fs.mkdirSync(path.join(locales, 'de-DE'));
    fs.writeFileSync(path.join(locales, 'de-DE', `${SLUG}.json`), JSON.stringify({ 'title.103': 'Einen neuen Kunden hinzufügen', [key]: value }));
    // As an import of a unit exported from the older English leaves it: kept, stale.
    const provenance = path.join(locales, '_docflow', 'de-DE', `${SLUG}.json`);
    fs.mkdirSync(path.dirname(provenance), { recursive: true });
    fs.writeFileSync(provenance, JSON.stringify({ docflow: 1, strings: { [key]: { from: oldEnglish, origin: 'xliff', hash: valueHash(value) } }, obsolete: {} }));
    const created = await cli('apply', SLUG, '--locale', 'de-DE', '--create');
    const file = path.join(content, 'de-DE', `${SLUG}.md`);
    const text = fs.readFileSync(file, 'utf8');
    expect(text).not.toContain(value);
    expect(text).toMatch(/data-ttu-id="\w+-110">From the \*\*Dashboard\*\* menu, select \*\*Customers\*\* and then select \*\*Add customer\*\*\./);
    expect(created.out).toContain('13 sentences still in English');
    expect(created.err).toMatch(new RegExp(`de-DE/${SLUG}\\.md:27:5 warning de-DE ${key.replace(/\./g, '\\.')}: not written: translated from “From the \\*\\*Dashboard\\*\\* menu, select \\*\\*Customers\\*\\*\\.”, but the article’s English is .* docflow:apply-unplaced\n$`));
    const after = await cli('apply', SLUG, '--locale', 'de-DE');
    expect([created.code, created.err]).toEqual([after.code, after.err]);
    expect(created.code).toBe(1);
    // Written by hand, without provenance: made against the English now, as apply takes it.
    fs.rmSync(file);
    fs.rmSync(provenance);
    const handWritten = await cli('apply', SLUG, '--locale', 'de-DE', '--create');
    expect([handWritten.code, handWritten.err]).toEqual([0, '']);
    expect(fs.readFileSync(file, 'utf8')).toContain(value);
  });

  it('--create says nothing of a UI label its new article pairs as apply will (written with &nbsp; in the sentence, a space in the string)', async () => {
    const { content, locales, article, cli } = await copy();
    // As the corpus writes some labels (switch-azure-subscriptions-to-a-different-partner.md:
    // **Fournisseur de solutions&nbsp;Cloud**); the string has it as a space.
    fs.writeFileSync(article('fr-FR'), fs.readFileSync(article('fr-FR'), 'utf8').replace('**tableau de bord**', '**tableau&nbsp;de bord**'));
    await cli('extract');
    // The French strings as a new locale's.
    fs.cpSync(path.join(locales, 'fr-FR', `${SLUG}.json`), path.join(locales, 'de-DE', `${SLUG}.json`));
    const created = await cli('apply', SLUG, '--locale', 'de-DE', '--create');
    expect([created.code, created.err]).toEqual([0, '']);
    expect(fs.existsSync(path.join(content, 'de-DE', `${SLUG}.md`))).toBe(true);
    const after = await cli('apply', SLUG, '--locale', 'de-DE');
    expect([after.code, after.err]).toEqual([0, '']);
  });

  it('--create --format json prints JSON: the articles made, what stays in English, what it could not place', async () => {
    const { content, locales, cli } = await copy();
    fs.mkdirSync(path.join(locales, 'de-DE'));
    fs.writeFileSync(path.join(locales, 'de-DE', `${SLUG}.json`), JSON.stringify({ 'title.103': 'Einen neuen Kunden hinzufügen', 'proc-1.step-1.110.label-2': 'Kunden' }));
    const { code, out, err } = await cli('apply', SLUG, '--locale', 'de-DE', '--create', '--format', 'json');
    expect(JSON.parse(out)).toEqual({
      created: [{ path: path.join(content, 'de-DE', `${SLUG}.md`), untranslated: 13 }],
      unplaced: [expect.objectContaining({ key: 'proc-1.step-1.110.label-2', line: 27, column: 5 })],
    });
    expect([code, err]).toEqual([1, '']);
  });

  it('says why it creates nothing where locales/ has no strings of the locale (a mistyped locale, import not run), exit 1', async () => {
    const { content, cli } = await copy();
    const named = await cli('apply', SLUG, '--locale', 'it-IT', '--create');
    expect(named.code).toBe(1);
    expect(named.out).toContain('0 it-IT articles created');
    expect(named.err).toMatch(new RegExp(`^docflow: ${SLUG}: no it-IT strings in .*locales to make its article from \\(export --locale it-IT, translate, import\\)\n$`));
    const all = await cli('apply', '--locale', 'it-IT', '--create');
    expect(all.code).toBe(1);
    expect(all.err).toMatch(/^docflow: no article has it-IT strings in .*locales .*: nothing to create\n$/);
    expect(fs.existsSync(path.join(content, 'it-IT'))).toBe(false);
  });

  it('refuses a locale nothing is in (FR or fr for fr-FR: “0 articles written”, exit 0 before), naming the one meant, exit 2', async () => {
    const { cli } = await copy();
    for (const [given, locale] of [['FR', 'fr'], ['fr', 'fr'], ['fr-CA', 'fr-CA']]) {
      const { code, out, err } = await cli('apply', '--locale', given!);
      expect(code, given).toBe(2);
      expect(out).toBe('');
      expect(err).toMatch(new RegExp(`^docflow: nothing is in ${locale}: the content and .*locales have en-US, fr-FR, zh-CN; did you mean fr-FR\\?\n$`));
    }
    expect((await cli('apply', '--locale', 'fr_FR', '--dry-run')).code).toBe(0);
  });
});

describe('replacing sentences in an article', () => {
  it('gives what splicing each edit in, last first, gives, for any edits that do not overlap (fixed seed)', () => {
    // The oracle: one splice at a time, from the end, so that earlier offsets stay valid.
    // The value on one line, between the replaced sentence's own leading and trailing space; the
    // sentence as it is where the value says the same but for its line breaks and edges.
    const edges = (sentence: string) => (sentence.trim() === '' ? ['', ''] : [sentence.slice(0, sentence.length - sentence.trimStart().length), sentence.slice(sentence.trimEnd().length)]);
    const oneLine = (text: string) => text.replace(/[ \t]*\r?\n\s*/g, ' ').trim();
    const spliced = (text: string, edits: { range: [number, number]; value: string }[]) =>
      [...edits]
        .sort((a, b) => b.range[0] - a.range[0])
        .reduce((out, e) => {
          const sentence = out.slice(e.range[0], e.range[1]);
          if (oneLine(e.value) === oneLine(sentence)) return out;
          const [lead, trail] = edges(sentence);
          return out.slice(0, e.range[0]) + lead + oneLine(e.value) + trail + out.slice(e.range[1]);
        }, text);
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'b', ' ', '\n', '\u202f', '\t', 'é'), maxLength: 200 }), fc.array(fc.tuple(fc.nat(), fc.nat(20), fc.string({ maxLength: 12 })), { maxLength: 12 }), (text, cuts) => {
        // Non-overlapping ranges: sorted starts, each range ending before the next starts.
        const starts = [...new Set(cuts.map(([at]) => at % (text.length + 1)))].sort((a, b) => a - b);
        const edits = starts.map((start, i) => ({ range: [start, Math.min(start + cuts[i]![1], starts[i + 1] ?? text.length)] as [number, number], value: cuts[i]![2] }));
        // Given in any order.
        expect(replaceTargets(text, [...edits].reverse())).toBe(spliced(text, edits));
      }),
      { seed: 20261204, numRuns: 300 },
    );
  });
});

describe('apply into a table', () => {
  /** The azure-usage fixture (a side-by-side article with tables), `edit`ed, and its strings extracted. */
  async function tableArticle(edit: (text: string) => string = (text) => text) {
    const content = folderWith({ 'fr-FR/azure-usage.md': { fixture: 'fr-FR/azure-usage.md' } });
    const article = path.join(content, 'fr-FR', 'azure-usage.md');
    fs.writeFileSync(article, edit(fs.readFileSync(article, 'utf8')));
    const locales = tempDir();
    const cli = async (...args: string[]) => {
      const m = memoryIo();
      const code = await runCli([...args, '--content', content, '--locales', locales, '--no-cache'], m.io);
      return { code, out: m.out(), err: m.err() };
    };
    await cli('extract');
    const resource = path.join(locales, 'fr-FR', 'azure-usage.json');
    const messages = JSON.parse(fs.readFileSync(resource, 'utf8')) as Record<string, string>;
    const set = (values: Record<string, string>) => fs.writeFileSync(resource, JSON.stringify({ ...messages, ...values }, null, 2));
    return { content, article, locales, resource, cli, set };
  }

  it('does not write a bare “|” into a table row (the row gained a cell, the pair was cut in two): says so, exit 1; “\\|” is written; --create keeps the English there', async () => {
    const { content, article, locales, resource, cli, set } = await tableArticle();
    const before = fs.readFileSync(article, 'utf8');
    // text.174 is the first cell of a row (line 133); intro.104 a paragraph, which has a pipe already.
    set({ 'text.174': 'Vue d’ensemble | réservations Azure' });
    const refused = await cli('apply', '--locale', 'fr-FR');
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('azure-usage.md:133:2 warning fr-FR text.174: not written: the translation has a “|”, which would end its table cell: write it as “\\|” docflow:apply-unplaced');
    expect(fs.readFileSync(article, 'utf8')).toBe(before);
    set({ 'text.174': 'Vue d’ensemble \\| réservations Azure', 'intro.104': '**Rôles appropriés** : agent admin | agent des ventes' });
    const written = await cli('apply', '--locale', 'fr-FR');
    expect(written.code).toBe(0);
    const after = fs.readFileSync(article, 'utf8');
    expect(after.split('\n')[132]).toContain('<span data-ttu-id="969dc-174">Vue d’ensemble \\| réservations Azure</span>');
    expect(after).toContain('**Rôles appropriés** : agent admin | agent des ventes</span>');
    // A new locale's article made from these strings: the cell with a bare pipe stays in English.
    set({ 'text.174': 'Vue d’ensemble | réservations Azure' });
    fs.mkdirSync(path.join(locales, 'de-DE'));
    fs.cpSync(resource, path.join(locales, 'de-DE', 'azure-usage.json'));
    await cli('apply', '--locale', 'de-DE', '--create');
    expect(fs.readFileSync(path.join(content, 'de-DE', 'azure-usage.md'), 'utf8')).toContain('<span data-ttu-id="969dc-174">Azure reservations in CSP overview</span>');
  });

  it('writes a cell’s translation with the bare pipes its sentence has already (`a|b` in code, as Docs keeps it in its cell), not one more', async () => {
    const cell = '<span data-ttu-id="969dc-174">';
    const { article, cli, set } = await tableArticle((text) => {
      const start = text.indexOf(cell) + cell.length;
      return `${text.slice(0, start)}Exemple : \`reservation|list\`${text.slice(text.indexOf('</span>', start))}`;
    });
    set({ 'text.174': 'Par exemple : `reservation|list`' });
    const written = await cli('apply', '--locale', 'fr-FR');
    expect(written.err).not.toContain('apply-unplaced');
    expect(written.code).toBe(0);
    expect(fs.readFileSync(article, 'utf8')).toContain(`${cell}Par exemple : \`reservation|list\`</span>`);
    set({ 'text.174': 'Par exemple : `reservation|list` | `show`' });
    const refused = await cli('apply', '--locale', 'fr-FR');
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('text.174: not written: the translation has a “|”, which would end its table cell');
  });
});
