/**
 * XLIFF hand-off: export with the states a CAT tool understands, import that updates locales/
 * and its provenance, a round trip that changes nothing, and hostile XML refused.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { extract } from '../../src/catalog/extract.js';
import { provenancePath, readProvenance, valueHash } from '../../src/catalog/provenance.js';
import { Workspace } from '../../src/catalog/workspace.js';
import { articleUnits } from '../../src/catalog/xliff/units.js';
import { exported } from '../../src/catalog/xliff/export-memo.js';
import { importXliff, targetLocale } from '../../src/catalog/xliff/import.js';
import { articleXliff, xliffDocument, type XliffPart } from '../../src/catalog/xliff/xliff-format.js';
import { readXliff, XliffReadError } from '../../src/catalog/xliff/xliff-read.js';
import { ByteLines, bytesOfText } from '../../src/catalog/xliff/xml-bytes.js';
import xliffPackage from 'xliff';
import { Cache } from '../../src/catalog/cache.js';
import { runCli } from '../../src/cli/program.js';
import { collectedHeap, CONTENT, FIXTURES, memoryIo, tempDir } from '../helpers.js';

const SLUG = 'add-a-new-customer';
const root = tempDir();
const content = path.join(root, 'content');
const locales = path.join(root, 'locales');
fs.cpSync(CONTENT, content, { recursive: true });
await extract(new Workspace(content, locales));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

async function cli(...args: string[]) {
  const m = memoryIo();
  const code = await runCli([...args, '--content', content, '--locales', locales], m.io);
  return { code, out: m.out(), err: m.err() };
}

/** A copy of the test's locales/ for one test to change, and the CLI on it (the test removes it). */
function ownLocales() {
  const own = tempDir();
  fs.cpSync(locales, own, { recursive: true });
  const run = async (...args: string[]) => {
    const m = memoryIo();
    const code = await runCli([...args, '--content', content, '--locales', own], m.io);
    return { code, out: m.out(), err: m.err() };
  };
  return { own, run };
}

/** `test` on a copy of the test's locales/ of its own, removed after it. */
async function inOwnLocales(test: (own: string, run: ReturnType<typeof ownLocales>['run']) => Promise<void>): Promise<void> {
  const { own, run } = ownLocales();
  try {
    await test(own, run);
  } finally {
    fs.rmSync(own, { recursive: true, force: true });
  }
}

/** The article's fr-FR strings exported to `file` (options: `--format`), and the file's text. */
async function exportedTo(run: ReturnType<typeof ownLocales>['run'], file: string, ...options: string[]): Promise<{ file: string; text: string }> {
  await run('export', SLUG, '--locale', 'fr-FR', ...options, '--out', file);
  return { file, text: fs.readFileSync(file, 'utf8') };
}

/** The article's fr-FR strings in locales/. */
const frMessages = () => JSON.parse(fs.readFileSync(path.join(locales, 'fr-FR', `${SLUG}.json`), 'utf8')) as Record<string, string>;

/**
 * The article exported as `format` to `<name>.xlf`, edited, and imported back as one that takes
 * nothing (exit 0, title.103 as it was): what it printed, and the line of title.103's unit.
 */
async function importedEdit(name: string, format: string, edit: (xml: string) => string) {
  const file = path.join(root, `${name}.xlf`);
  await cli('export', SLUG, '--locale', 'fr-FR', '--format', format, '--out', file);
  const xml = edit(fs.readFileSync(file, 'utf8'));
  fs.writeFileSync(file, xml);
  const before = frMessages()['title.103'];
  const { code, out, err } = await cli('import', file);
  expect(code).toBe(0);
  expect(frMessages()['title.103']).toBe(before);
  expect(out).toContain('0 strings updated');
  return { file, xml, out, err, before: before!, line: xml.slice(0, xml.indexOf('id="title.103"')).split('\n').length };
}

function snapshot(dir: string): Map<string, string> {
  return new Map(
    fs
      .readdirSync(dir, { recursive: true })
      .map(String)
      .filter((f) => fs.statSync(path.join(dir, f)).isFile())
      .map((f) => [f, fs.readFileSync(path.join(dir, f), 'utf8')]),
  );
}

/** An element's pieces, made or as they are made. */
const piecesOf = async (part: XliffPart) => {
  const pieces: string[] = [];
  for await (const piece of part.file) pieces.push(piece);
  return pieces;
};
const unit12 = (xml: string, id: string) => new RegExp(`<trans-unit id="${id.replace(/\./g, '\\.')}"[^>]*>([\\s\\S]*?)</trans-unit>`).exec(xml)?.[1] ?? '';

describe('docflow export', () => {
  it('gives each string its source, target, state and a note of where it is (XLIFF 1.2)', async () => {
    const out = path.join(root, 'zh.xlf');
    expect((await cli('export', SLUG, '--locale', 'zh-CN', '--out', out)).code).toBe(0);
    const xml = fs.readFileSync(out, 'utf8');
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<xliff')).toBe(true);
    expect(xml).toContain('version="1.2"');
    const title = unit12(xml, 'title.103');
    expect(title).toContain('<source>Add a new customer</source>');
    // zh-CN is a machine translation: it needs review.
    expect(title).toContain('<target state="needs-review-translation">添加新客户</target>');
    expect(title).toMatch(/<note>.*zh-CN\/add-a-new-customer\.md:15:36\ntitle\nmachine translation: review<\/note>/);
    const label = unit12(xml, 'proc-1.step-2.111.label-2');
    expect(label).toContain('UI label: Next: Subscriptions');
    expect(label).toContain('step 2 of procedure 1, UI label 2');
  });

  it('says a locale nothing is translated into goes out all untranslated, naming the one likely meant (FR handed off every string as a new language fr, nothing said)', async () => {
    const typo = await cli('export', SLUG, '--locale', 'FR', '--out', path.join(root, 'fr.xlf'));
    expect(typo.code).toBe(0);
    expect(typo.err).toBe('docflow: nothing is translated into fr yet (the content is in en-US, fr-FR, zh-CN; did you mean fr-FR?): every string goes out untranslated\n');
    const german = await cli('export', SLUG, '--locale', 'de-DE', '--out', path.join(root, 'de.xlf'));
    expect(german.err).toBe('docflow: nothing is translated into de-DE yet (the content is in en-US, fr-FR, zh-CN): every string goes out untranslated\n');
    expect((await cli('export', SLUG, '--locale', 'fr-FR', '--out', path.join(root, 'fr-FR.xlf'))).err).toBe('');
  });

  it('marks a human translation translated, and a stale one for review with the old English (XLIFF 2.0)', async () => {
    const file = path.join(content, 'fr-FR', `${SLUG}.md`);
    const before = fs.readFileSync(file, 'utf8');
    const french = path.join(locales, 'fr-FR', `${SLUG}.json`);
    const frenchBefore = fs.readFileSync(french, 'utf8');
    try {
      // A hand edit, then the English of that sentence changes in a new English version.
      fs.writeFileSync(french, frenchBefore.replace('"Ajouter un client"', '"Ajouter un nouveau client"'));
      await cli('extract');
      fs.writeFileSync(file, before.replace('-103">Add a new customer<', '-103">Add a customer<'));
      const out = path.join(root, 'fr2');
      expect((await cli('export', SLUG, '--locale', 'fr-FR', '--format', 'xliff2', '--out', out)).code).toBe(0);
      const xml = fs.readFileSync(path.join(out, `${SLUG}.fr-FR.xlf`), 'utf8');
      expect(xml).toContain('version="2.0" srcLang="en-US" trgLang="fr-FR"');
      const title = /<unit id="title\.103"[^>]*>([\s\S]*?)<\/unit>/.exec(xml)![1]!;
      expect(title).toContain('<segment state="translated" subState="docflow:stale">');
      expect(title).toContain('translated from the old English: Add a new customer');
      expect(title).toContain('<source>Add a customer</source>');
      expect(/<unit id="intro\.106"[^>]*>[\s\S]*?<\/unit>/.exec(xml)![0]).toContain('<segment state="translated">');
    } finally {
      fs.writeFileSync(file, before);
      fs.writeFileSync(french, frenchBefore);
      fs.rmSync(provenancePath(locales, 'fr-FR', SLUG));
      await cli('extract');
    }
  });
});

describe('docflow export into one file', () => {
  it('holds every article as its own file would, under one root, in both versions', async () => {
    for (const format of ['xliff12', 'xliff2']) {
      const one = path.join(root, `all-${format}.xlf`);
      const each = path.join(root, `each-${format}`);
      expect((await cli('export', '--locale', 'fr-FR', '--format', format, '--out', one)).code).toBe(0);
      expect((await cli('export', '--locale', 'fr-FR', '--format', format, '--out', each)).code).toBe(0);
      const xml = fs.readFileSync(one, 'utf8');
      const parts = fs.readdirSync(each).sort().map((name) => fs.readFileSync(path.join(each, name), 'utf8'));
      expect(parts.length).toBeGreaterThan(1);
      // Oracle: the per-article documents, each one's <file> element lifted out by hand.
      const files = (doc: string) => doc.slice(doc.indexOf('\n  <file'), doc.lastIndexOf('\n</xliff>'));
      const [xmlOpen] = /^<\?xml[^\n]*\n<xliff[^\n]*\n/.exec(parts[0]!)!;
      expect(xml).toBe(`${xmlOpen.trimEnd()}${parts.map(files).join('')}\n</xliff>\n`);
      // What the import reads from it: every article's units.
      const read = await readXliff(xml);
      const apart = await Promise.all(parts.map((part) => readXliff(part)));
      expect(read.units).toEqual(apart.flatMap((doc) => doc.units));
    }
  });

  it('reads a long article\'s units a batch at a time as it reads them whole, and says where a broken one is in the file (both versions)', async () => {
    for (const format of ['xliff12', 'xliff2']) {
      const file = path.join(root, `batched-${format}.xlf`);
      await cli('export', '--locale', 'zh-CN', '--format', format, '--out', file);
      // A state the import reads off the XML, in a batch past the first.
      const tag = format === 'xliff12' ? '<target state="' : '<segment state="';
      const xml = fs.readFileSync(file, 'utf8').replace(new RegExp(`(id="proc-1\\.step-2\\.[0-9]+"[^>]*>[\\s\\S]*?)${tag}[a-z-]+"`), `$1${tag}${format === 'xliff12' ? 'needs-translation' : 'initial'}"`);
      const whole = await readXliff(xml, Infinity);
      expect(whole.units.length).toBeGreaterThan(20);
      const drafts = (await readXliff(fs.readFileSync(file, 'utf8'), Infinity)).units.filter((unit) => unit.draft).length;
      expect(whole.units.filter((unit) => unit.draft)).toHaveLength(drafts + 1);
      expect(await readXliff(xml, 3)).toEqual(whole);
      // Broken in a later batch: where the package, reading the whole document, says it is.
      const at = xml.indexOf('</source>', xml.length / 2);
      const broken = `${xml.slice(0, at)}</sourc>${xml.slice(at + '</source>'.length)}`;
      const oracle = await new Promise<string>((resolve) => (format === 'xliff12' ? xliffPackage.xliff12ToJs : xliffPackage.xliff2js)(broken, (error) => resolve(String(error?.message))));
      const [, line, column] = /Line: (\d+)\s+Column: (\d+)/.exec(oracle)!;
      expect(Number(line)).toBeGreaterThan(broken.slice(0, broken.length / 2).split('\n').length);
      for (const batch of [Infinity, 3]) {
        const error = await readXliff(broken, batch).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(XliffReadError);
        expect((error as XliffReadError).message).toBe(oracle.split('\n')[0]);
        expect(new ByteLines(bytesOfText(broken)).point((error as XliffReadError).offset!)).toEqual({ line: Number(line) + 1, column: Number(column) + 1 });
      }
    }
  });

  it('keeps a long article\'s element (made as it is written) for the next export once all of it is written', async () => {
    const workspace = new Workspace(content, locales, new Cache(path.join(tempDir(), 'docflow')));
    const units = articleUnits(workspace, SLUG, 'fr-FR');
    let made = 0;
    const exportOf = (batch: number) => () =>
      exported(workspace, SLUG, 'fr-FR', 'xliff12', async () => {
        made++;
        return { units: units.length, part: await articleXliff(SLUG, units, 'fr-FR', 'xliff12', batch), questions: [] };
      });
    const whole = await piecesOf(await articleXliff(SLUG, units, 'fr-FR', 'xliff12', Infinity));
    // In batches of 5: not kept until written (read here) to its end.
    const unread = await exportOf(5)();
    expect(Array.isArray(unread.part!.file)).toBe(false);
    expect((await piecesOf((await exportOf(5)()).part!)).join('')).toBe(whole.join(''));
    expect(made).toBe(2);
    expect((await piecesOf((await exportOf(5)()).part!)).join('')).toBe(whole.join(''));
    expect(made).toBe(2);
  });

  it('makes a long article\'s element a batch of units at a time, as it would whole, in both versions', async () => {
    const units = articleUnits(new Workspace(content, locales), SLUG, 'fr-FR').slice();
    expect(units.length).toBeGreaterThan(20);
    // A unit whose text names the tags the batches are cut at: escaped, it moves no cut.
    units[3] = { ...units[3]!, source: 'a <trans-unit id="x"> and </unit> in the text' };
    for (const format of ['xliff12', 'xliff2'] as const) {
      const whole = await articleXliff(SLUG, units, 'fr-FR', format, Infinity);
      expect(whole.file).toHaveLength(1);
      for (const batch of [1, 7, units.length - 1]) {
        const batched = await articleXliff(SLUG, units, 'fr-FR', format, batch);
        // Made as it is read, not before.
        expect(Array.isArray(batched.file)).toBe(false);
        const pieces = await piecesOf(batched);
        expect(pieces.length).toBeGreaterThan(2);
        expect({ ...batched, file: pieces.join('') }).toEqual({ ...whole, file: (whole.file as string[])[0] });
      }
      const read = await readXliff(await xliffDocument([await articleXliff(SLUG, units, 'fr-FR', format, 5)], 'fr-FR', format));
      expect(read.units.map((u) => u.key)).toEqual(units.map((u) => u.key));
      expect(read.units[3]!.source).toBe(units[3]!.source);
    }
  });

  it('makes an article\'s units, with their places, without holding its documents once the workspace lets it go', async () => {
    const workspace = new Workspace(content, locales);
    const documents = workspace.article(SLUG).documents.map((document) => new WeakRef(document));
    const units = articleUnits(workspace, SLUG, 'fr-FR');
    const [first] = units.slice(0, 1);
    workspace.forget(SLUG);
    // A WeakRef holds its target until the job that made it ends.
    await new Promise((resolve) => setImmediate(resolve));
    collectedHeap();
    // The units of a long article are made a batch at a time while its file is written: its
    // documents (the 20 MB article's, 30 MB) were held through the write for the units' places.
    expect(documents.map((document) => document.deref())).toEqual(documents.map(() => undefined));
    expect(units.slice(0, 1)).toEqual([first]);
    expect(first!.note.split('\n')[0]).toMatch(/^.*add-a-new-customer\.md:\d+:\d+$/);
  });

  it('leaves an unchanged file as it is, and replaces one that differs by its last byte', async () => {
    const out = path.join(root, 'again.xlf');
    await cli('export', '--locale', 'zh-CN', '--out', out);
    const first = fs.statSync(out);
    await cli('export', '--locale', 'zh-CN', '--out', out);
    expect(fs.statSync(out).ino).toBe(first.ino);
    const text = fs.readFileSync(out, 'utf8');
    fs.writeFileSync(out, `${text.slice(0, -1)} `);
    await cli('export', '--locale', 'zh-CN', '--out', out);
    expect(fs.readFileSync(out, 'utf8')).toBe(text);
    expect(fs.readdirSync(root).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });
});

describe('docflow import', () => {
  it('changes no byte of locales/ on a round trip, in both versions', async () => {
    const before = snapshot(locales);
    for (const format of ['xliff12', 'xliff2']) {
      const out = path.join(root, `round-${format}`);
      await cli('export', '--locale', 'zh-CN', '--format', format, '--out', out);
      const { code, out: printed } = await cli('import', out);
      expect(code).toBe(0);
      expect(printed).not.toMatch(/[1-9]\d* strings updated/);
    }
    expect(snapshot(locales)).toEqual(before);
  });

  it('updates a translated target and its provenance; extract keeps it', async () => {
    const out = path.join(root, 'edit.xlf');
    await cli('export', SLUG, '--locale', 'zh-CN', '--out', out);
    const xml = fs.readFileSync(out, 'utf8').replace('<target state="needs-review-translation">添加新客户</target>', '<target state="translated">添加客户</target>');
    fs.writeFileSync(out, xml);
    const { code, out: printed } = await cli('import', out);
    expect(code).toBe(0);
    expect(printed).toContain('1 string updated');
    const messages = () => JSON.parse(fs.readFileSync(path.join(locales, 'zh-CN', `${SLUG}.json`), 'utf8')) as Record<string, string>;
    expect(messages()['title.103']).toBe('添加客户');
    // Made over the article's translation as it is now: a later delivery of the article is a conflict, not overwritten in silence.
    expect(readProvenance(provenancePath(locales, 'zh-CN', SLUG)).strings['title.103']).toMatchObject({ origin: 'xliff', from: 'Add a new customer', article: valueHash('添加新客户') });
    await cli('extract');
    expect(messages()['title.103']).toBe('添加客户');
  });

  it('imports a unit whose English is now another string’s into that string (exported from another version, numbered otherwise)', async () => {
    const out = path.join(root, 'renumbered.xlf');
    await cli('export', SLUG, '--locale', 'zh-CN', '--out', out);
    // Two sentences numbered the other way round in the version the translator had.
    const xml = fs.readFileSync(out, 'utf8');
    const swapped = xml.replace('<trans-unit id="title.103"', '<trans-unit id="SWAP"').replace('<trans-unit id="proc-1.step-1.110"', '<trans-unit id="title.103"').replace('<trans-unit id="SWAP"', '<trans-unit id="proc-1.step-1.110"');
    const edited = swapped.replace(/(<trans-unit id="title\.103"[^>]*>[\s\S]*?<target[^>]*>)[^<]*/, '$1在仪表板菜单中选择客户').replace(/(<trans-unit id="proc-1\.step-1\.110"[^>]*>[\s\S]*?<target[^>]*>)[^<]*/, '$1添加新的客户');
    fs.writeFileSync(out, edited);
    const messages = () => JSON.parse(fs.readFileSync(path.join(locales, 'zh-CN', `${SLUG}.json`), 'utf8')) as Record<string, string>;
    const { code, err } = await cli('import', out);
    expect(code).toBe(0);
    expect(messages()['title.103']).toBe('添加新的客户');
    expect(messages()['proc-1.step-1.110']).toBe('在仪表板菜单中选择客户');
    expect(err).toMatch(/:\d+:\d+ info add-a-new-customer title\.103: its English is proc-1\.step-1\.110’s now: imported there docflow:xliff-moved/);
  });

  it('lets a unit of its own string win over one whose English moved to it, wherever each is in the file', async () => {
    const out = path.join(root, 'own-first.xlf');
    await cli('export', SLUG, '--locale', 'zh-CN', '--out', out);
    const xml = fs.readFileSync(out, 'utf8');
    // The title's unit, edited, moved to the end; the first unit before it now has the title's English.
    const [title] = /\n\s*<trans-unit id="title\.103"[\s\S]*?<\/trans-unit>/.exec(xml)!;
    const edited = title.replace(/(<target[^>]*>)[^<]*/, '$1客户的标题');
    const reordered = xml.replace(title, '').replace(/\n\s*<\/body>/, (end) => `${edited}${end}`);
    const [first] = /<trans-unit id="[^"]+"[^>]*>\s*<source>[^<]*<\/source>\s*<target[^>]*>[^<]*/.exec(reordered)!;
    const moved = first.replace(/<source>[^<]*/, '<source>Add a new customer').replace(/(<target[^>]*>)[^<]*$/, '$1另一个标题');
    fs.writeFileSync(out, reordered.replace(first, moved));
    const { code, out: printed, err } = await cli('import', out, '--format', 'json');
    expect(code).toBe(0);
    const [report] = JSON.parse(printed) as { updated: { key: string }[]; moved: unknown[] }[];
    expect(report!.updated).toEqual([{ slug: SLUG, key: 'title.103' }]);
    expect(report!.moved).toEqual([]);
    expect(err).toBe('');
    expect((JSON.parse(fs.readFileSync(path.join(locales, 'zh-CN', `${SLUG}.json`), 'utf8')) as Record<string, string>)['title.103']).toBe('客户的标题');
  });

  it('does not put a translation of an older English over the string’s own (said where, exit 1); a missing one it fills, stale', async () => {
    const out = path.join(root, 'older.xlf');
    await cli('export', SLUG, '--locale', 'zh-CN', '--out', out);
    const messages = () => JSON.parse(fs.readFileSync(path.join(locales, 'zh-CN', `${SLUG}.json`), 'utf8')) as Record<string, string>;
    const before = messages();
    // The article's title, translated from an English it no longer has; and an input's name, untranslated now.
    const older = fs
      .readFileSync(out, 'utf8')
      .replace(/(<trans-unit id="title\.103"[^>]*>\s*<source>)[^<]*(<\/source>\s*<target[^>]*>)[^<]*/, '$1Add a customer record$2旧的标题')
      .replace(/(<trans-unit id="input\.address"[^>]*>\s*<source>)[^<]*(<\/source>\s*)<target state="needs-translation"\/>/, '$1Postal address$2<target state="translated">旧的地址</target>');
    fs.writeFileSync(out, older);
    const { code, err } = await cli('import', out);
    expect(code).toBe(1);
    expect(messages()['title.103']).toBe(before['title.103']);
    expect(err).toMatch(/:\d+:\d+ error add-a-new-customer title\.103: translated from “Add a customer record”, .* not imported docflow:xliff-old-english/);
    expect(messages()['input.address']).toBe('旧的地址');
    expect(err).toMatch(/input\.address: translated from “Postal address”, the English is now “Address” \(kept, stale\)/);
    expect(readProvenance(provenancePath(locales, 'zh-CN', SLUG)).strings['input.address']).toMatchObject({ origin: 'xliff', from: 'Postal address' });
  });

  it('does not undo a later change when an old file comes back: one the translator left is kept as it is now, one changed on both sides is a conflict (exit 1, either format)', async () => {
    const messages = () => JSON.parse(fs.readFileSync(path.join(locales, 'zh-CN', `${SLUG}.json`), 'utf8')) as Record<string, string>;
    const old = path.join(root, 'old.xlf');
    const newer = path.join(root, 'newer.xlf');
    await cli('export', SLUG, '--locale', 'zh-CN', '--out', old);
    // Two translators had the same export; the first's file comes back first and changes two strings.
    const first = fs
      .readFileSync(old, 'utf8')
      .replace(/(<trans-unit id="title\.103"[^>]*>[\s\S]*?<target[^>]*>)[^<]*/, '$1添加一位客户')
      .replace(/(<trans-unit id="proc-1\.step-1\.110"[^>]*>[\s\S]*?<target[^>]*>)[^<]*/, '$1先选择客户');
    fs.writeFileSync(newer, first);
    const exported = messages();
    expect((await cli('import', newer)).code).toBe(0);
    const after = messages();
    // The second file changed one of them as well, and another string no one else touched.
    const second = fs
      .readFileSync(old, 'utf8')
      .replace(/(<trans-unit id="proc-1\.step-1\.110"[^>]*>[\s\S]*?<target[^>]*>)[^<]*/, '$1选择客户菜单')
      .replace(/(<trans-unit id="applies-to\.104"[^>]*>[\s\S]*?<target[^>]*>)[^<]*/, '$1**适用范围**');
    fs.writeFileSync(old, second);
    const { code, out, err } = await cli('import', old);
    expect(code).toBe(1);
    expect(messages()['title.103']).toBe('添加一位客户');
    expect(messages()['proc-1.step-1.110']).toBe(after['proc-1.step-1.110']);
    expect(messages()['applies-to.104']).toBe('**适用范围**');
    expect(out).toContain('1 string updated');
    expect(out).toMatch(/1 left as they are \(changed in locales\/ since the export\)/);
    const line = second.slice(0, second.indexOf('id="proc-1.step-1.110"')).split('\n').length;
    expect(err).toMatch(new RegExp(`old\\.xlf:${line}:\\d+ error add-a-new-customer proc-1\\.step-1\\.110: changed in locales/ since this file was exported \\(now “先选择客户”\\) and in the file \\(“选择客户菜单”\\): not imported.* docflow:xliff-conflict`));
    // The same in JSON: the conflict listed, and still exit 1.
    const json = await cli('import', old, '--format', 'json');
    expect(json.code).toBe(1);
    expect(JSON.parse(json.out)[0].conflicts).toEqual([expect.objectContaining({ key: 'proc-1.step-1.110', target: '选择客户菜单', current: '先选择客户' })]);
    // A file without docflow's marks (another tool's, or one a tool stripped) cannot tell: imported as before.
    fs.writeFileSync(old, second.replace(/ extradata="docflow-base:[^"]*"/g, ''));
    expect((await cli('import', old)).code).toBe(0);
    expect(messages()['proc-1.step-1.110']).toBe('选择客户菜单');
    expect(messages()['title.103']).toBe(exported['title.103']);
    // Both versions carry the mark where their schema allows it: XLIFF 1.2's extradata, 2.0's own namespace.
    const two = path.join(root, 'marks.xlf');
    await cli('export', SLUG, '--locale', 'zh-CN', '--format', 'xliff2', '--out', two);
    const xml2 = fs.readFileSync(two, 'utf8');
    expect(xml2).toMatch(/^<xliff xmlns:docflow="urn:docflow:xliff" /m);
    expect(xml2).toMatch(/<unit id="title\.103" docflow:base="[0-9a-f]{12}">/);
    expect(second).toMatch(/<trans-unit id="title\.103" extradata="docflow-base:[0-9a-f]{12}">/);
    expect(second).not.toContain('xmlns:docflow');
    const base = (await readXliff(xml2)).units.find((u) => u.key === 'title.103')!.base;
    expect(base).toBe((await readXliff(second)).units.find((u) => u.key === 'title.103')!.base);
  });

  it('reads docflow\'s mark in XLIFF 2.0 by its namespace, whatever prefix a tool wrote it with: an old file rewritten by Python\'s ElementTree (ns1:base) is still a conflict, not imported over a later edit', async () => {
    await inOwnLocales(async (own, run) => {
      const file = path.join(own, 'rewritten.xlf');
      await run('export', SLUG, '--locale', 'fr-FR', '--format', 'xliff2', '--out', file);
      // A later hand edit in locales/.
      const resource = path.join(own, 'fr-FR', `${SLUG}.json`);
      const edited = { ...(JSON.parse(fs.readFileSync(resource, 'utf8')) as Record<string, string>), 'title.103': 'Ajouter un client (à la main)' };
      fs.writeFileSync(resource, `${JSON.stringify(edited, null, 2)}\n`);
      // The old file comes back from a tool that named the namespace otherwise, the same unit edited there too.
      const xml = fs.readFileSync(file, 'utf8');
      const rewritten = xml
        .replace('xmlns:docflow="urn:docflow:xliff"', 'xmlns:ns1="urn:docflow:xliff"')
        .replace(/ docflow:base=/g, ' ns1:base=')
        .replace(/(<unit id="title\.103"[\s\S]*?<target>)Ajouter un client</, '$1Ajouter un client (traducteur)<');
      expect(rewritten).toContain('<unit id="title.103" ns1:base="');
      expect(rewritten).toContain('(traducteur)');
      fs.writeFileSync(file, rewritten);
      const { code, err } = await run('import', file);
      expect(code).toBe(1);
      expect(err).toContain('title.103: changed in locales/ since this file was exported (now “Ajouter un client (à la main)”) and in the file (“Ajouter un client (traducteur)”): not imported');
      expect((JSON.parse(fs.readFileSync(resource, 'utf8')) as Record<string, string>)['title.103']).toBe('Ajouter un client (à la main)');
      // The mark is the same value read under either prefix.
      const base = (text: string) => readXliff(text).then(({ units }) => units.find((u) => u.key === 'title.103')!.base);
      expect(await base(rewritten)).toBe(await base(xml));
    });
  });

  it('reads XLIFF whose elements carry a namespace prefix (Python\'s ElementTree: <ns0:xliff xmlns:ns0=…>), 1.2 and 2.0, as the same file without it: its edit imported, docflow\'s mark read under ns1:, places the file\'s own (it was refused)', async () => {
    for (const version of ['1.2', '2.0']) {
      await inOwnLocales(async (own, run) => {
        const file = path.join(own, `elementtree-${version}.xlf`);
        // An export of this content, through ElementTree, title.103's target changed (see test/fixtures/README.md).
        const xml = fs.readFileSync(path.join(FIXTURES, 'xliff', `elementtree-${version}.xlf`), 'utf8').replace('id="intro.106"', 'id="intro.999"');
        expect(xml).toContain('<ns0:xliff xmlns:ns0=');
        fs.writeFileSync(file, xml);
        const resource = path.join(own, 'fr-FR', `${SLUG}.json`);
        const { code, out, err } = await run('import', file);
        expect(out).toContain(`elementtree-${version}.xlf: 1 string updated, 31 unchanged, 1 unknown (fr-FR)`);
        // The unknown unit is said where its id is in the file as it was written, prefixes and all.
        const before = xml.slice(0, xml.indexOf('id="intro.999"'));
        const place = `${before.split('\n').length}:${before.length - before.lastIndexOf('\n')}`;
        expect(err).toBe(`${file}:${place} warning ${SLUG} intro.999: no such string in the content docflow:xliff-unknown\n`);
        expect(code).toBe(0);
        expect((JSON.parse(fs.readFileSync(resource, 'utf8')) as Record<string, string>)['title.103']).toBe('Ajouter un client (ElementTree)');
        expect(readProvenance(provenancePath(own, 'fr-FR', SLUG)).strings['title.103']!.origin).toBe('xliff');
        // Changed in locales/ since, then the file comes back again: docflow's mark (2.0's under ns1:) makes it a conflict.
        fs.writeFileSync(resource, `${JSON.stringify({ ...(JSON.parse(fs.readFileSync(resource, 'utf8')) as Record<string, string>), 'title.103': 'Ajouter un client (à la main)' }, null, 2)}\n`);
        const again = await run('import', file);
        expect(again.code).toBe(1);
        expect(again.err).toContain('title.103: changed in locales/ since this file was exported (now “Ajouter un client (à la main)”) and in the file (“Ajouter un client (ElementTree)”): not imported');
      });
    }
  });

  it('refuses, at its line and column, an element of a prefixed XLIFF that is of another namespace or of none: nothing imported', async () => {
    await inOwnLocales(async (own, run) => {
      const xml = fs.readFileSync(path.join(FIXTURES, 'xliff', 'elementtree-1.2.xlf'), 'utf8');
      const at = xml.indexOf('Ajouter un client (ElementTree)');
      const lineOf = (text: string) => text.split('\n').length;
      const files = {
        'foreign.xlf': `${xml.slice(0, at)}<ns2:b xmlns:ns2="urn:example:tool">Ajouter</ns2:b>${xml.slice(at)}`,
        'none.xlf': `${xml.slice(0, at)}<g id="1">Ajouter</g>${xml.slice(at)}`,
      };
      const before = snapshot(own);
      for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(root, name), text);
      const { code, err } = await run('import', ...Object.keys(files).map((name) => path.join(root, name)));
      const column = at - xml.lastIndexOf('\n', at);
      expect(err).toContain(`foreign.xlf:${lineOf(xml.slice(0, at))}:${column} error not valid XLIFF 1.2 or 2.0: <ns2:b> is of the namespace urn:example:tool, which docflow does not read (the file's elements are in urn:oasis:names:tc:xliff:document:1.2): nothing is imported docflow:xliff-invalid`);
      expect(err).toContain(`none.xlf:${lineOf(xml.slice(0, at))}:${column} error not valid XLIFF 1.2 or 2.0: <g> is in no namespace`);
      expect(code).toBe(1);
      expect(snapshot(own)).toEqual(before);
    });
  });

  it('reads a file saved as UTF-16 (Notepad\'s "Unicode"), either byte order, as the same file in UTF-8: the same import, the same places (it was "no <xliff> element")', async () => {
    await inOwnLocales(async (own, run) => {
      const file = path.join(own, 'unicode.xlf');
      await run('export', SLUG, '--locale', 'fr-FR', '--out', file);
      const xml = fs
        .readFileSync(file, 'utf8')
        .replace('encoding="UTF-8"', 'encoding="UTF-16"')
        .replace(/(<trans-unit id="title\.103"[\s\S]*?<target[^>]*>)Ajouter un client</, '$1Ajouter un client (UTF-16)<')
        .replace('<trans-unit id="intro.106"', '<trans-unit id="intro.999"');
      const utf8 = path.join(own, 'utf8.xlf');
      fs.writeFileSync(utf8, xml);
      const resource = path.join(own, 'fr-FR', `${SLUG}.json`);
      const written = [resource, provenancePath(own, 'fr-FR', SLUG)];
      const exported = written.map((each) => fs.readFileSync(each, 'utf8'));
      const asExported = () => written.forEach((each, i) => fs.writeFileSync(each, exported[i]!));
      const expected = await run('import', utf8, '--format', 'json');
      const imported = fs.readFileSync(resource, 'utf8');
      expect(imported).toContain('Ajouter un client (UTF-16)');
      expect(JSON.parse(expected.out)[0].unknown).toEqual([expect.objectContaining({ key: 'intro.999' })]);
      const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(xml, 'utf16le')]);
      const be = Buffer.from(le).swap16();
      const spills = () => fs.readdirSync(os.tmpdir()).filter((name) => name.startsWith(`docflow-spill-${process.pid}-`)).length;
      const before = spills();
      for (const bytes of [le, be]) {
        fs.writeFileSync(file, bytes);
        asExported();
        const json = await run('import', file, '--format', 'json');
        expect(json.code).toBe(expected.code);
        expect(JSON.parse(json.out)[0]).toEqual({ ...JSON.parse(expected.out)[0], file });
        expect(fs.readFileSync(resource, 'utf8')).toBe(imported);
      }
      // The UTF-8 copy it was read from is gone.
      expect(spills()).toBe(before);
    });
  });

  it('keeps a translation whose target was emptied in the file, and says where (both versions); an empty draft is left unsaid', async () => {
    for (const [format, emptied] of [
      ['xliff12', (xml: string) => xml.replace(/(<trans-unit id="title\.103"[^>]*>[\s\S]*?)<target([^>]*)>[^<]*<\/target>/, '$1<target$2/>')],
      ['xliff2', (xml: string) => xml.replace(/(<unit id="title\.103"[^>]*>[\s\S]*?)<target>[^<]*<\/target>/, '$1<target></target>')],
    ] as const) {
      const { file, out, err, before, line } = await importedEdit(`emptied-${format}`, format, emptied);
      expect(before).toBeTruthy();
      expect(out).toContain('1 emptied in the file (kept)');
      expect(err).toMatch(new RegExp(`emptied-${format}\\.xlf:${line}:\\d+ warning add-a-new-customer title\\.103: the target is empty in the file: the translation in locales/ is kept .* docflow:xliff-empty-target`));
      const json = await cli('import', file, '--format', 'json');
      expect(JSON.parse(json.out)[0].emptied).toEqual([expect.objectContaining({ key: 'title.103' })]);
    }
    // A tool's untranslated unit (XLIFF 1.2 state="new") with no target text is no edit.
    const { out, err } = await importedEdit('new-unit', 'xliff12', (xml) => xml.replace(/(<trans-unit id="title\.103"[^>]*>[\s\S]*?)<target[^>]*>[^<]*<\/target>/, '$1<target state="new"/>'));
    expect(out).not.toContain('emptied in the file');
    expect(err).not.toContain('xliff-empty-target');
  });

  it('does not take a target the file marks as not translated yet for a translation, and says where; --drafts imports it (both versions)', async () => {
    for (const [format, draft] of [
      ['xliff12', (xml: string) => xml.replace(/(<trans-unit id="title\.103"[^>]*>[\s\S]*?)<target[^>]*>[^<]*<\/target>/, '$1<target state="needs-translation">Ajouter un nouveau client (brouillon)</target>')],
      ['xliff2', (xml: string) => xml.replace(/(<unit id="title\.103"[^>]*>[\s\S]*?)<segment[^>]*>([\s\S]*?)<target>[^<]*<\/target>/, '$1<segment state="initial">$2<target>Ajouter un nouveau client (brouillon)</target>')],
    ] as const) {
      const { file, xml, out, err, before, line } = await importedEdit(`draft-${format}`, format, draft);
      expect(xml).toContain('(brouillon)');
      expect(out).toContain('1 not translated yet (--drafts imports them)');
      expect(err).toMatch(new RegExp(`draft-${format}\\.xlf:${line}:\\d+ warning add-a-new-customer title\\.103: “Ajouter un nouveau client \\(brouillon\\)” is marked not translated yet in the file: not imported .* docflow:xliff-draft`));
      const json = await cli('import', file, '--format', 'json');
      expect(JSON.parse(json.out)[0].drafts).toEqual([expect.objectContaining({ key: 'title.103', target: 'Ajouter un nouveau client (brouillon)' })]);
      expect((await cli('import', file, '--drafts')).code).toBe(0);
      expect(frMessages()['title.103']).toBe('Ajouter un nouveau client (brouillon)');
      // Put back for the next version and the other tests.
      const fixed = frMessages();
      fixed['title.103'] = before;
      fs.writeFileSync(path.join(locales, 'fr-FR', `${SLUG}.json`), `${JSON.stringify(fixed, null, 2)}\n`);
      await cli('extract');
    }
  });

  it('reads a target a tool cut into segments or wrapped in inline elements as the whole sentence; one it cannot read is said where, not imported (exit 1)', async () => {
    // Okapi and memoQ give XLIFF back segmented: 1.2 with <mrk mtype="seg"> in the target, 2.0
    // with several <segment>s (and <ignorable> spaces) in a unit. The XLIFF package kept only a
    // 2.0 unit's last segment, and read a 1.2 target of markers as nothing.
    const { own, run } = ownLocales();
    const messages = () => JSON.parse(fs.readFileSync(path.join(own, 'fr-FR', `${SLUG}.json`), 'utf8')) as Record<string, string>;
    try {
      const twelve = path.join(own, 'seg12.xlf');
      await run('export', SLUG, '--locale', 'fr-FR', '--out', twelve);
      const applies = messages()['applies-to.104']!.replace(/\*\*/g, '');
      fs.writeFileSync(
        twelve,
        fs
          .readFileSync(twelve, 'utf8')
          .replace(/(<trans-unit id="title\.103"[^>]*>\s*<source>Add a new customer<\/source>)\s*<target[^>]*>[^<]*<\/target>/, '$1\n<seg-source><mrk mtype="seg" mid="1">Add a new</mrk> <mrk mtype="seg" mid="2">customer</mrk></seg-source>\n<target state="translated"><mrk mtype="seg" mid="1">Ajouter un nouveau</mrk> <mrk mtype="seg" mid="2">client</mrk></target>')
          .replace(/(<trans-unit id="applies-to\.104"[^>]*>\s*<source>[^<]*<\/source>)\s*<target[^>]*>[^<]*<\/target>/, `$1<target state="translated"><ph id="1">**</ph>${applies}<ph id="2">**</ph></target>`),
      );
      const segmented = await run('import', twelve);
      expect(segmented.err).toBe('');
      expect(segmented.out).toContain('1 string updated, 32 unchanged');
      expect(messages()['title.103']).toBe('Ajouter un nouveau client');

      const two = path.join(own, 'seg2.xlf');
      await run('export', SLUG, '--locale', 'fr-FR', '--format', 'xliff2', '--out', two);
      const exported2 = fs.readFileSync(two, 'utf8');
      const split = (target: string) =>
        exported2.replace(
            /<segment state="translated">\s*<source>Add a new customer<\/source>\s*<target>[^<]*<\/target>\s*<\/segment>/,
            `<segment state="translated"><source>Add a new</source><target>Ajouter un</target></segment><ignorable><source> </source></ignorable><segment state="translated"><source>customer</source>${target}</segment>`,
          );
      fs.writeFileSync(two, split('<target>client (en <mrk id="m1" translate="no">deux</mrk> segments)</target>'));
      expect((await run('import', two)).out).toContain('1 string updated');
      expect(messages()['title.103']).toBe('Ajouter un client (en deux segments)');

      // A code docflow never wrote, a segment left without a target: said at the unit, nothing written.
      for (const [target, reason] of [
        ['<target>client<ph id="1"/></target>', 'an inline <ph> docflow did not write'],
        ['', '1 segment of its 2 has no target'],
      ]) {
        const xml = split(target!);
        fs.writeFileSync(two, xml);
        const before = snapshot(own);
        const { code, out, err } = await run('import', two);
        expect(code).toBe(1);
        expect(out).toContain('0 strings updated, 32 unchanged, 1 that cannot be read, 0 unknown');
        const line = xml.slice(0, xml.indexOf('id="title.103"')).split('\n').length;
        expect(err).toMatch(new RegExp(`seg2\\.xlf:${line}:\\d+ error add-a-new-customer title\\.103: ${reason!.replace(/[()<>]/g, '\\$&')}.*: not imported; .* docflow:xliff-inline-code`));
        expect(snapshot(own)).toEqual(before);
      }
    } finally {
      fs.rmSync(own, { recursive: true, force: true });
    }
  });

  it('does not import a target holding an element of another namespace (memoQ\'s <mq:rxt>): its text was dropped in silence; said at the unit, nothing written', async () => {
    await inOwnLocales(async (own, run) => {
      const { file, text } = await exportedTo(run, path.join(own, 'foreign.xlf'));
      const xml = text.replace(/(<trans-unit id="title\.103"[\s\S]*?<target[^>]*>)[^<]*</, '$1Ajouter un <mq:rxt xmlns:mq="MQXliff" displaytext="b">nouveau</mq:rxt> client<');
      fs.writeFileSync(file, xml);
      const before = snapshot(own);
      const { code, out, err } = await run('import', file);
      const line = xml.slice(0, xml.indexOf('id="title.103"')).split('\n').length;
      expect(err).toMatch(new RegExp(`foreign\\.xlf:${line}:\\d+ error add-a-new-customer title\\.103: an inline <mq:rxt> docflow did not write .*docflow:xliff-inline-code`));
      expect(out).toContain('0 strings updated, 32 unchanged, 1 that cannot be read');
      expect(code).toBe(1);
      expect(snapshot(own)).toEqual(before);
    });
  });

  it('reads a file a Windows tool saved with CRLF line ends as XML reads it: a target spanning lines, left as exported, is left as it is (it came back "updated" with CR LF, its provenance made by import)', async () => {
    await inOwnLocales(async (own, run) => {
      const resource = path.join(own, 'fr-FR', `${SLUG}.json`);
      // A translation on two lines, as 6 of the fr-fr corpus's are ("\n<em>(usage-based)</em>").
      fs.writeFileSync(resource, `${JSON.stringify({ ...(JSON.parse(fs.readFileSync(resource, 'utf8')) as Record<string, string>), 'title.103': 'Ajouter un client\n<em>(nouveau)</em>' }, null, 2)}\n`);
      await run('extract');
      for (const format of ['xliff12', 'xliff2']) {
        const { file, text } = await exportedTo(run, path.join(own, `crlf-${format}.xlf`), '--format', format);
        fs.writeFileSync(file, text.replace(/\n/g, '\r\n'));
        const before = snapshot(own);
        const { code, out, err } = await run('import', file);
        expect([code, err]).toEqual([0, '']);
        expect(out).toContain('0 strings updated, 33 unchanged');
        expect(snapshot(own)).toEqual(before);
      }
    });
  });

  it('imports the units a tool put in groups, nested, in both versions (each group read as one unknown string before)', async () => {
    for (const [format, open, close, body] of [
      ['xliff12', '<body>', '</body>', /<body>([\s\S]*)<\/body>/],
      ['xliff2', '<file id="add-a-new-customer">', '</file>', /<file id="add-a-new-customer">([\s\S]*)<\/file>/],
    ] as const) {
      const { own, run } = ownLocales();
      try {
        const file = path.join(own, `grouped-${format}.xlf`);
        await run('export', SLUG, '--locale', 'fr-FR', '--format', format, '--out', file);
        const xml = fs.readFileSync(file, 'utf8');
        const units = body.exec(xml)![1]!.replace(/(id="title\.103"[\s\S]*?<target[^>]*>)Ajouter un client</, '$1Ajouter un client (groupé)<');
        const half = units.indexOf(format === 'xliff12' ? '<trans-unit id="input.' : '<unit id="input.');
        const grouped = xml.replace(body, `${open}<group id="intro"><group id="applies">${units.slice(0, half)}</group></group><group id="inputs">${units.slice(half)}</group>${close}`);
        expect(grouped).toContain('(groupé)');
        fs.writeFileSync(file, grouped);
        const { code, out, err } = await run('import', file);
        expect(err).toBe('');
        expect(code).toBe(0);
        expect(out).toContain('1 string updated, 32 unchanged, 0 unknown');
        const messages = JSON.parse(fs.readFileSync(path.join(own, 'fr-FR', `${SLUG}.json`), 'utf8')) as Record<string, string>;
        expect(messages['title.103']).toBe('Ajouter un client (groupé)');
      } finally {
        fs.rmSync(own, { recursive: true, force: true });
      }
    }
  });

  it('imports none of the units that share an id in a file (two files pasted together), says where, exit 1; the package kept the last in silence (both versions)', async () => {
    for (const [format, unit] of [
      ['xliff12', /\n\s*<trans-unit id="title\.103"[\s\S]*?<\/trans-unit>/],
      ['xliff2', /\n\s*<unit id="title\.103"[\s\S]*?<\/unit>/],
    ] as const) {
      const { own, run } = ownLocales();
      try {
        const file = path.join(own, `twice-${format}.xlf`);
        await run('export', SLUG, '--locale', 'fr-FR', '--format', format, '--out', file);
        const xml = fs.readFileSync(file, 'utf8');
        const [title] = unit.exec(xml)!;
        const twice = xml.replace(title, `${title.replace(/(<target[^>]*>)Ajouter un client</, '$1Ajouter un client (première)<')}${title.replace(/(<target[^>]*>)Ajouter un client</, '$1Ajouter un client (seconde)<')}`);
        fs.writeFileSync(file, twice);
        const before = fs.readFileSync(path.join(own, 'fr-FR', `${SLUG}.json`), 'utf8');
        const { code, out, err } = await run('import', file);
        expect(code).toBe(1);
        expect(out).toContain('0 strings updated, 32 unchanged, 1 with an id written more than once, 0 unknown');
        const line = twice.slice(0, twice.indexOf('id="title.103"')).split('\n').length;
        expect(err).toMatch(new RegExp(`twice-${format}\\.xlf:${line}:\\d+ error add-a-new-customer title\\.103: 2 units of the file have this id: .* none is imported; keep one docflow:xliff-repeated-id\n$`));
        expect(fs.readFileSync(path.join(own, 'fr-FR', `${SLUG}.json`), 'utf8')).toBe(before);
        const json = await run('import', file, '--format', 'json');
        expect(json.code).toBe(1);
        expect(JSON.parse(json.out)[0].repeated).toEqual([expect.objectContaining({ key: 'title.103', copies: 2, line })]);
      } finally {
        fs.rmSync(own, { recursive: true, force: true });
      }
    }
  });

  it('imports no target of a unit two <file> elements of one article give differently (two hand-offs merged), says where, exit 1; the same edit twice is one (both versions)', async () => {
    for (const [format, element] of [
      ['xliff12', /\n\s*<file [\s\S]*?<\/file>/],
      ['xliff2', /\n\s*<file [\s\S]*?<\/file>/],
    ] as const) {
      await inOwnLocales(async (own, run) => {
        const file = path.join(own, `two-elements-${format}.xlf`);
        await run('export', SLUG, '--locale', 'fr-FR', '--format', format, '--out', file);
        const xml = fs.readFileSync(file, 'utf8');
        const [article] = element.exec(xml)!;
        const edit = (text: string, title: string) =>
          text.replace(/(id="title\.103"[\s\S]*?<target[^>]*>)Ajouter un client</, `$1${title}<`).replace(/(id="intro\.106"[\s\S]*?<target[^>]*>)Lorsque vous/, '$1Ainsi, lorsque vous');
        const merged = xml.replace(article, `${edit(article, 'Ajouter un client (A)')}${edit(article, 'Ajouter un client (B)')}`);
        fs.writeFileSync(file, merged);
        const resource = path.join(own, 'fr-FR', `${SLUG}.json`);
        const { code, out, err } = await run('import', file);
        expect(code).toBe(1);
        // intro.106, edited alike in both, is imported once; title.103 is not imported at all.
        expect(out).toContain('1 string updated, ');
        const messages = JSON.parse(fs.readFileSync(resource, 'utf8')) as Record<string, string>;
        expect(messages['title.103']).toBe('Ajouter un client');
        expect(messages['intro.106']).toMatch(/^Ainsi, lorsque vous créez /);
        expect(readProvenance(provenancePath(own, 'fr-FR', SLUG)).strings['title.103']?.origin).not.toBe('xliff');
        const second = merged.lastIndexOf('id="title.103"');
        const line = merged.slice(0, second).split('\n').length;
        expect(err).toMatch(
          new RegExp(`two-elements-${format}\\.xlf:${line}:\\d+ error add-a-new-customer title\\.103: .*“Ajouter un client \\(B\\)”.*“Ajouter un client \\(A\\)”.* none is imported.* docflow:xliff-differing-targets\n$`),
        );
        const json = await run('import', file, '--format', 'json');
        expect(json.code).toBe(1);
        expect(JSON.parse(json.out)[0].differing).toEqual([expect.objectContaining({ key: 'title.103', targets: ['Ajouter un client (A)', 'Ajouter un client (B)'], line })]);
      });
    }
  });

  it('refuses a 1.2 file whose <file> elements are in different target languages (two hand-offs pasted together), at the element, exit 1, nothing imported; the German went into fr-FR', async () => {
    await inOwnLocales(async (own, run) => {
      const file = path.join(own, 'two-languages.xlf');
      await run('export', SLUG, 'create-a-new-subscription', '--locale', 'fr-FR', '--out', file);
      const xml = fs.readFileSync(file, 'utf8');
      const second = xml.indexOf('<file original="create-a-new-subscription"');
      expect(second).toBeGreaterThan(0);
      const mixed = xml.slice(0, second) + xml.slice(second).replace('target-language="fr-FR"', 'target-language="de-DE"').replace(/(<trans-unit id="title\.\d+"[\s\S]*?<target[^>]*>)[^<]*/, '$1Ein neues Abonnement erstellen');
      fs.writeFileSync(file, mixed.replace(/(<trans-unit id="title\.103"[\s\S]*?<target[^>]*>)Ajouter un client</, '$1Ajouter un client (fr)<'));
      const before = snapshot(own);
      const { code, out, err } = await run('import', file);
      expect(code).toBe(1);
      expect(out).toBe('');
      const line = mixed.slice(0, second).split('\n').length;
      expect(err).toBe(`${file}:${line}:3 error this <file> element's target language is de-DE, the file's first is fr-FR: nothing is imported; one language per file (or say which with --locale) docflow:xliff-locale\n`);
      expect(snapshot(own)).toEqual(before);
    });
  });

  it('reads a target language a tool wrote short (fr for fr-FR) as the one locale of that language, says so; two such locales need --locale', async () => {
    const { own, run } = ownLocales();
    const title = (locale: string) => (JSON.parse(fs.readFileSync(path.join(own, locale, `${SLUG}.json`), 'utf8')) as Record<string, string>)['title.103'];
    try {
      const file = path.join(own, 'short.xlf');
      await run('export', SLUG, '--locale', 'fr-FR', '--out', file);
      fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('target-language="fr-FR"', 'target-language="fr"').replace(/(id="title\.103"[\s\S]*?<target[^>]*>)Ajouter un client</, '$1Ajouter un client (fr)<'));
      const short = await run('import', file);
      expect(short.code).toBe(0);
      expect(short.out).toContain('1 string updated, 32 unchanged, 0 unknown (fr-FR)');
      expect(short.err).toContain('short.xlf:1:1 info its target language “fr” is read as fr-FR, the one locale of that language here (--locale says otherwise) docflow:xliff-locale');
      expect(title('fr-FR')).toBe('Ajouter un client (fr)');
      expect(fs.existsSync(path.join(own, 'fr'))).toBe(false);

      // A second French locale: which one is not guessed.
      fs.mkdirSync(path.join(own, 'fr-CA'));
      fs.writeFileSync(path.join(own, 'fr-CA', `${SLUG}.json`), '{}\n');
      const ambiguous = await run('import', file);
      expect(ambiguous.code).toBe(1);
      expect(ambiguous.err).toContain('short.xlf:1:1 error its target language “fr” could be fr-CA or fr-FR: say which with --locale docflow:xliff-invalid');
      const asked = await run('import', file, '--locale', 'fr-fr', '--format', 'json');
      expect(asked.code).toBe(0);
      expect(JSON.parse(asked.out)[0]).toMatchObject({ locale: 'fr-FR', fileLocale: 'fr', unchanged: 33, updated: [] });
      expect(fs.readdirSync(path.join(own, 'fr-CA'))).toEqual([`${SLUG}.json`]);
      // A region is a locale of its own: a file for es-MX beside es-ES is not es-ES's strings.
      expect(targetLocale('es-MX', { known: ['en-US', 'es-ES'] })).toEqual({ locale: 'es-MX' });
      expect(targetLocale('zh-Hant', { known: ['zh-CN', 'zh-TW'] })).toEqual({ locale: 'zh-TW' });
      expect(targetLocale('zh', { known: ['zh-CN', 'zh-TW'] })).toEqual({ locale: 'zh-CN' });
    } finally {
      fs.rmSync(own, { recursive: true, force: true });
    }
  });

  it('reads a target language written with its script (zh-Hans-CN, zh-Hant-TW, as many tools write them) as the locale the content has, and says so', async () => {
    const { own, run } = ownLocales();
    const title = () => (JSON.parse(fs.readFileSync(path.join(own, 'zh-CN', `${SLUG}.json`), 'utf8')) as Record<string, string>)['title.103'];
    try {
      for (const [format, attribute] of [['xliff2', 'trgLang'], ['xliff12', 'target-language']] as const) {
        const file = path.join(own, `script-${format}.xlf`);
        await run('export', SLUG, '--locale', 'zh-CN', '--format', format, '--out', file);
        const exported = fs.readFileSync(file, 'utf8');
        expect(exported).toContain(`${attribute}="zh-CN"`);
        fs.writeFileSync(file, exported.replace(`${attribute}="zh-CN"`, `${attribute}="zh-Hans-CN"`).replace(/(id="title\.103"[\s\S]*?<target[^>]*>)([^<]*)</, `$1$2（${format}）<`));
        const { code, out, err } = await run('import', file);
        expect(err).toBe(`${file}:1:1 info its target language “zh-Hans-CN” is read as zh-CN, the same locale written in full (--locale says otherwise) docflow:xliff-locale\n`);
        expect(code).toBe(0);
        expect(out).toMatch(/1 string updated, \d+ unchanged, 0 unknown \(zh-CN\)/);
        expect(title()).toMatch(new RegExp(`（${format}）$`));
        expect(fs.existsSync(path.join(own, 'zh-Hans-CN'))).toBe(false);
      }
      expect(targetLocale('zh-Hant-TW', { known: ['en-US', 'zh-CN', 'zh-TW'] })).toEqual({ locale: 'zh-TW' });
      expect(targetLocale('sr-Cyrl-RS', { known: ['sr-Latn-RS', 'sr-RS'] })).toEqual({ locale: 'sr-RS' });
      // Another script or region is still a locale of its own.
      expect(targetLocale('sr-Latn-RS', { known: ['sr-RS'] })).toEqual({ locale: 'sr-Latn-RS' });
      expect(targetLocale('zh-Hant-HK', { known: ['zh-TW'] })).toEqual({ locale: 'zh-Hant-HK' });
    } finally {
      fs.rmSync(own, { recursive: true, force: true });
    }
  });

  it('imports nothing into the reference English, whatever the file or --locale says (a tool’s project set to the wrong target), exit 1; --locale names the translation’s locale', async () => {
    const { own, run } = ownLocales();
    const english = () => fs.readFileSync(path.join(own, 'en-US', `${SLUG}.json`), 'utf8');
    try {
      const before = english();
      for (const [format, tag] of [
        ['xliff12', /target-language="fr-FR"/],
        ['xliff2', /trgLang="fr-FR"/],
      ] as const) {
        const file = path.join(own, `english-${format}.xlf`);
        await run('export', SLUG, '--locale', 'fr-FR', '--format', format, '--out', file);
        // Another tool's file (no docflow base): each target was taken as an edit.
        const xml = fs.readFileSync(file, 'utf8').replace(/ (?:extradata|docflow:base)="[^"]*"/g, '');
        for (const [said, args] of [
          ['en', []],
          ['en-US', []],
          ['fr-FR', ['--locale', 'en-us']],
        ] as const) {
          fs.writeFileSync(file, xml.replace(tag, (found) => found.replace('fr-FR', said)));
          const { code, out, err } = await run('import', file, ...args);
          expect(code).toBe(1);
          expect(out).toBe('');
          expect(err).toMatch(new RegExp(`english-${format}\\.xlf:1:1 error .* is en-US, the English the units are translated from: nothing is imported into it .* docflow:xliff-locale\n$`));
          expect(english()).toBe(before);
          expect(fs.existsSync(path.join(own, '_docflow', 'en-US'))).toBe(false);
        }
        fs.writeFileSync(file, xml.replace(tag, (found) => found.replace('fr-FR', 'en')));
        expect((await run('import', file, '--locale', 'fr-FR')).code).toBe(0);
      }
    } finally {
      fs.rmSync(own, { recursive: true, force: true });
    }
  });

  it('gives a nested article an XLIFF 2.0 file id that is an NMTOKEN, its slug in original, and reads it back by its slug', async () => {
    // XLIFF 2.0 types <file id> as an NMTOKEN: `guides/add a customer` is none, and a tool that
    // validates the file refused it.
    const dir = tempDir();
    const nested = path.join(dir, 'content', 'fr-FR', 'guides', 'add a customer.md');
    fs.mkdirSync(path.dirname(nested), { recursive: true });
    fs.copyFileSync(path.join(CONTENT, 'fr-FR', `${SLUG}.md`), nested);
    const run = async (...args: string[]) => {
      const m = memoryIo();
      const code = await runCli([...args, '--content', path.join(dir, 'content'), '--locales', path.join(dir, 'locales'), '--no-cache'], m.io);
      return { code, out: m.out(), err: m.err() };
    };
    try {
      await run('extract');
      const file = path.join(dir, 'nested.xlf');
      expect((await run('export', '--locale', 'fr-FR', '--format', 'xliff2', '--out', file)).code).toBe(0);
      const xml = fs.readFileSync(file, 'utf8');
      const [tag] = /<file\b[^>]*>/.exec(xml)!;
      const id = /\sid="([^"]*)"/.exec(tag)![1]!;
      expect(id).toMatch(/^[\p{L}\p{M}\p{Nd}._-]+$/u);
      expect(tag).toContain(' original="guides/add a customer"');
      const before = snapshot(path.join(dir, 'locales'));
      expect((await run('import', file)).out).toContain('0 strings updated, 25 unchanged, 0 unknown');
      expect(snapshot(path.join(dir, 'locales'))).toEqual(before);
      fs.writeFileSync(file, xml.replace(/(<unit id="title\.103"[\s\S]*?<target>)Ajouter un client</, '$1Ajouter un client (imbriqué)<'));
      const { code, out, err } = await run('import', file);
      expect(err).toBe('');
      expect([code, out]).toEqual([0, expect.stringContaining('1 string updated, 24 unchanged, 0 unknown')]);
      expect((JSON.parse(fs.readFileSync(path.join(dir, 'locales', 'fr-FR', 'guides', 'add a customer.json'), 'utf8')) as Record<string, string>)['title.103']).toBe('Ajouter un client (imbriqué)');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
    // A slug that is an NMTOKEN is its own id, as before.
    const flat = path.join(root, 'flat.xlf');
    await cli('export', SLUG, '--locale', 'fr-FR', '--format', 'xliff2', '--out', flat);
    expect(fs.readFileSync(flat, 'utf8')).toContain(`<file id="${SLUG}">`);
  });

  it('writes characters XML cannot carry as code points, keeps private-use icons and entities as written, and reads them back (both versions)', async () => {
    // A word processor's line break (U+000B), a form feed, an icon font's glyph (U+E001, a check
    // mark in Segoe MDL2 Assets), a noncharacter and a markdown entity, in English and French.
    const own = tempDir();
    const [text, ownLocalesDir] = [path.join(own, 'content'), path.join(own, 'locales')];
    fs.mkdirSync(path.join(text, 'fr-FR'), { recursive: true });
    const article = fs.readFileSync(path.join(CONTENT, 'fr-FR', 'check-service-health.md'), 'utf8')
      .replace('Vérifier l’état du service</span>', 'Vérifier\u000bl’état\u000c du service \ue001 \ufdd0 &amp;</span>')
      .replace('>Check service health</span>', '>Check\u000bservice\u000c health \ue001 \ufdd0 &amp;</span>');
    fs.writeFileSync(path.join(text, 'fr-FR', 'check-service-health.md'), article);
    const run = async (...args: string[]) => {
      const m = memoryIo();
      const code = await runCli([...args, '--content', text, '--locales', ownLocalesDir, '--no-cache'], m.io);
      return { code, out: m.out(), err: m.err() };
    };
    await run('extract');
    const messages = () => JSON.parse(fs.readFileSync(path.join(ownLocalesDir, 'fr-FR', 'check-service-health.json'), 'utf8')) as Record<string, string>;
    const title = messages()['title.103']!;
    expect(title).toBe('Vérifier\u000bl’état\u000c du service \ue001 \ufdd0 &amp;');
    // XML 1.0's Char production, as any XML parser holds a document to it.
    const notXml = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
    const resource = path.join(ownLocalesDir, 'fr-FR', 'check-service-health.json');
    const extracted = fs.readFileSync(resource);
    for (const format of ['xliff12', 'xliff2']) {
      fs.writeFileSync(resource, extracted);
      const out = path.join(own, `${format}.xlf`);
      expect((await run('export', '--locale', 'fr-FR', '--format', format, '--out', out)).code).toBe(0);
      const xml = fs.readFileSync(out, 'utf8');
      expect(xml).not.toMatch(notXml);
      expect(xml).toContain(format === 'xliff2' ? 'Vérifier<cp hex="000B"/>l’état<cp hex="000C"/> du service \ue001 \ufdd0 &amp;amp;</target>' : 'Vérifier<x id="cp1" ctype="x-docflow-cp-000B"/>l’état<x id="cp2" ctype="x-docflow-cp-000C"/> du service \ue001 \ufdd0 &amp;amp;</target>');
      const unchanged = await run('import', out);
      expect(unchanged.out).toContain('0 strings updated');
      expect(messages()['title.103']).toBe(title);
      fs.writeFileSync(out, xml.replace('du service \ue001', 'du service modifié \ue001'));
      const edited = await run('import', out);
      expect(edited.code).toBe(0);
      expect(messages()['title.103']).toBe(title.replace('du service', 'du service modifié'));
    }
  });

  it('imports a long article a batch of units at a time as it would whole: the same report and the same files', async () => {
    const out = path.join(root, 'batches.xlf');
    await cli('export', SLUG, '--locale', 'zh-CN', '--out', out);
    // Units that wait for the others (their English is another string's now), one the content
    // does not have, a draft and a translator's edit, spread over the batches.
    const swapped = fs.readFileSync(out, 'utf8').replace('<trans-unit id="title.103"', '<trans-unit id="SWAP"').replace('<trans-unit id="proc-1.step-1.110"', '<trans-unit id="title.103"').replace('<trans-unit id="SWAP"', '<trans-unit id="proc-1.step-1.110"');
    const xml = swapped
      .replace(/(<trans-unit id="title\.103"[^>]*>[\s\S]*?<target[^>]*>)[^<]*/, '$1在仪表板菜单中选择客户')
      .replace('<trans-unit id="applies-to.105"', '<trans-unit id="gone.999"')
      // The last translated unit's target made a draft.
      .replace(/<target state="[a-z-]+">([^<]+)<\/target>(?![\s\S]*<target state="[a-z-]+">[^<]+<\/target>)/, '<target state="new">$1（草稿）</target>');
    const results = [];
    for (const batch of [Infinity, 2]) {
      const copy = path.join(tempDir(), 'locales');
      fs.cpSync(locales, copy, { recursive: true });
      const report = await importXliff(new Workspace(content, copy), xml, out, { batch });
      results.push({ report: { ...report, written: report.written.map((file) => path.relative(copy, file)) }, files: snapshot(copy) });
      fs.rmSync(path.dirname(copy), { recursive: true, force: true });
    }
    const [whole, batched] = results;
    expect(whole!.report.moved.length).toBeGreaterThan(0);
    expect(whole!.report.unknown).toHaveLength(1);
    expect(whole!.report.drafts).toHaveLength(1);
    expect(whole!.report.written).toHaveLength(2);
    expect(batched).toEqual(whole);
  });

  it('imports none of the units that share an id in a long element, when the copies fall in two of its batches: the same report as read whole (both versions)', async () => {
    for (const [format, unit] of [
      ['xliff12', /\n\s*<trans-unit id="title\.103"[\s\S]*?<\/trans-unit>/],
      ['xliff2', /\n\s*<unit id="title\.103"[\s\S]*?<\/unit>/],
    ] as const) {
      const out = path.join(root, `far-${format}.xlf`);
      await cli('export', SLUG, '--locale', 'fr-FR', '--format', format, '--out', out);
      const xml = fs.readFileSync(out, 'utf8');
      const [title] = unit.exec(xml)!;
      const copy = (said: string) => title.replace(/(<target[^>]*>)Ajouter un client</, `$1Ajouter un client (${said})<`);
      // The title (the element's last unit) edited where it is, and a copy edited otherwise pasted after the first unit: 31 units before it.
      const end = format === 'xliff12' ? '</trans-unit>' : '</unit>';
      const firstEnd = xml.indexOf(end) + end.length;
      const far = xml.slice(0, firstEnd) + copy('première') + xml.slice(firstEnd).replace(title, copy('seconde'));
      expect(far.indexOf('(première)')).toBeLessThan(far.indexOf('(seconde)') - 30 * 100);
      const results = [];
      for (const batch of [Infinity, 5]) {
        const copyDir = path.join(tempDir(), 'locales');
        fs.cpSync(locales, copyDir, { recursive: true });
        const report = await importXliff(new Workspace(content, copyDir), far, out, { batch });
        results.push({ report: { ...report, written: report.written.map((file) => path.relative(copyDir, file)) }, files: snapshot(copyDir) });
        fs.rmSync(path.dirname(copyDir), { recursive: true, force: true });
      }
      const [whole, batched] = results;
      const line = far.slice(0, far.indexOf('id="title.103"')).split('\n').length;
      expect(whole!.report.repeated).toEqual([expect.objectContaining({ key: 'title.103', copies: 2, line })]);
      expect(whole!.report.updated).toEqual([]);
      // Read 5 units at a time, the second copy's target was imported over the first, and nothing said.
      expect(batched, format).toEqual(whole);
    }
  });

  it('imports every element of an article a file names twice, apart: the edits of both', async () => {
    const out = path.join(root, 'twice.xlf');
    await cli('export', '--locale', 'zh-CN', '--out', out);
    const xml = fs.readFileSync(out, 'utf8');
    const [element] = /\n\s*<file [\s\S]*?<\/file>/.exec(xml)!;
    const slug = /original="([^"]+)"/.exec(element)!;
    const edit = (text: string, key: string, value: string) => text.replace(new RegExp(`(<trans-unit id="${key.replace('.', '\\.')}"[^>]*>\\s*<source>[^<]*</source>\\s*<target[^>]*>)[^<]*`), `$1${value}`);
    const [first, second] = [...element.matchAll(/<trans-unit id="([^"]+)"[^>]*>\s*<source>[^<]*<\/source>\s*<target[^>]*>[^<]/g)].map((match) => match[1]!);
    // The article's first element edits one string; the same element again, after the others, another.
    const twice = xml.replace(element, edit(element, first!, '第一次的编辑')).replace(/\n<\/xliff>/, `${edit(element, second!, '第二次的编辑')}\n</xliff>`);
    fs.writeFileSync(out, twice);
    const { code } = await cli('import', out);
    expect(code).toBe(0);
    const messages = JSON.parse(fs.readFileSync(path.join(locales, 'zh-CN', `${slug[1]}.json`), 'utf8')) as Record<string, string>;
    expect(messages[first!]).toBe('第一次的编辑');
    expect(messages[second!]).toBe('第二次的编辑');
  });

  it('changes nothing when a file is refused halfway, and says where, as the XML package reading it whole does', async () => {
    const out = path.join(root, 'halfway.xlf');
    await cli('export', '--locale', 'zh-CN', '--out', out);
    // The first article's title edited, and a later article's unit broken.
    const edited = fs.readFileSync(out, 'utf8').replace(/(<trans-unit id="title\.\d+"[^>]*>\s*<source>[^<]*<\/source>\s*<target[^>]*>)[^<]*/, '$1新的标题');
    const at = edited.indexOf('</source>', edited.lastIndexOf('<file '));
    const broken = `${edited.slice(0, at)}</sourc>${edited.slice(at + '</source>'.length)}`;
    fs.writeFileSync(out, broken);
    const oracle = await new Promise<string>((resolve) => xliffPackage.xliff12ToJs(broken, (error) => resolve(String(error?.message))));
    const [, line, column] = /Line: (\d+)\s+Column: (\d+)/.exec(oracle)!;
    const before = snapshot(locales);
    const { code, err } = await cli('import', out);
    expect(code).toBe(1);
    expect(err).toBe(`${out}:${Number(line) + 1}:${Number(column) + 1} error not valid XLIFF 1.2 or 2.0: ${oracle.split('\n')[0]} docflow:xliff-invalid\n`);
    expect(snapshot(locales)).toEqual(before);
  });

  it('imports nothing from a file cut short (a download or save that did not finish), says where it ends, exit 1 (both versions)', async () => {
    for (const format of ['xliff12', 'xliff2'] as const) {
      const out = path.join(root, `cut-${format}.xlf`);
      await cli('export', '--locale', 'zh-CN', '--format', format, '--out', out);
      // Every target edited, the file cut halfway: the package read what it had.
      const edited = fs.readFileSync(out, 'utf8').replace(/(<target[^>]*>)([^<]+)/g, '$1$2（改）');
      const cut = edited.slice(0, edited.length / 2);
      fs.writeFileSync(out, cut);
      const before = snapshot(locales);
      const { code, out: printed, err } = await cli('import', out);
      expect(code).toBe(1);
      expect(printed).toBe('');
      const lines = cut.split('\n');
      expect(err).toBe(`${out}:${lines.length}:${lines.at(-1)!.length + 1} error not valid XLIFF 1.2 or 2.0: the file ends before its </xliff> (cut short?): nothing is imported docflow:xliff-invalid\n`);
      // The last <file> element never closed, the root closed after it.
      const last = edited.lastIndexOf('</file>');
      const unclosed = edited.slice(0, last) + edited.slice(last + '</file>'.length);
      fs.writeFileSync(out, unclosed);
      const line = unclosed.slice(0, unclosed.lastIndexOf('<file ')).split('\n').length;
      expect((await cli('import', out)).err).toMatch(new RegExp(`cut-${format}\\.xlf:${line}:\\d+ error not valid XLIFF 1\\.2 or 2\\.0: this <file> element is never closed: nothing is imported docflow:xliff-invalid\n$`));
      expect(snapshot(locales)).toEqual(before);
    }
  });

  it('says where a unit the content does not have is, in the one problem format', async () => {
    const out = path.join(root, 'unknown.xlf');
    await cli('export', SLUG, '--locale', 'fr-FR', '--out', out);
    const xml = fs.readFileSync(out, 'utf8').replace('<trans-unit id="applies-to.105"', '<trans-unit id="gone.999"');
    fs.writeFileSync(out, xml);
    const { err } = await cli('import', out);
    const line = xml.slice(0, xml.indexOf('id="gone.999"')).split('\n').length;
    expect(err).toContain(`${out}:${line}:19 warning ${SLUG} gone.999: no such string in the content docflow:xliff-unknown`);
  });

  it('places every unit of an article the content does not have at its own line and column (read in batches)', async () => {
    const out = path.join(root, 'elsewhere.xlf');
    await cli('export', SLUG, '--locale', 'fr-FR', '--out', out);
    const xml = fs.readFileSync(out, 'utf8');
    const empty = tempDir();
    fs.mkdirSync(path.join(empty, 'content', 'fr-FR'), { recursive: true });
    try {
      const report = await importXliff(new Workspace(path.join(empty, 'content'), path.join(empty, 'locales')), xml, out, { batch: 4 });
      expect(report.unknown.length).toBeGreaterThan(20);
      // Oracle: the raw text, where each unit's id is.
      for (const unit of report.unknown) {
        const at = xml.indexOf(`id="${unit.key}"`);
        const lineStart = xml.lastIndexOf('\n', at) + 1;
        expect({ key: unit.key, line: unit.line, column: unit.column }).toEqual({ key: unit.key, line: xml.slice(0, at).split('\n').length, column: at - lineStart + 1 });
      }
    } finally {
      fs.rmSync(empty, { recursive: true, force: true });
    }
  });

  it('waits for another docflow writing locales/, then says who holds it', async () => {
    const out = path.join(root, 'held.xlf');
    await cli('export', SLUG, '--locale', 'fr-FR', '--out', out);
    // A live process other than this one holds the folder: the test runner's parent.
    fs.writeFileSync(path.join(locales, '.docflow.lock'), `${process.ppid}\n`);
    try {
      const m = memoryIo({ DOCFLOW_LOCK_WAIT_MS: '300' });
      const code = await runCli(['import', out, '--content', content, '--locales', locales], m.io);
      expect(code).toBe(1);
      expect(m.err()).toContain(`${locales}:1:1 error another docflow (process ${process.ppid}) is writing this folder; run again when it is done docflow:folder-busy`);
    } finally {
      fs.rmSync(path.join(locales, '.docflow.lock'), { force: true });
    }
  });

  it('refuses a DOCTYPE or entity declarations with one line, and expands nothing', async () => {
    const bomb = path.join(root, 'bomb.xlf');
    fs.writeFileSync(
      bomb,
      '<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>\n<xliff version="1.2"><file original="add-a-new-customer" target-language="zh-CN"><body><trans-unit id="title.103"><source>x</source><target>&lol2;</target></trans-unit></body></file></xliff>\n',
    );
    const before = snapshot(locales);
    const { code, err } = await cli('import', bomb);
    expect(code).toBe(1);
    expect(err.trim().split('\n')).toEqual([expect.stringMatching(new RegExp(`^${bomb.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+:\\d+ error refused: XML with a DOCTYPE or entity declarations .+ docflow:xliff-doctype$`))]);
    expect(snapshot(locales)).toEqual(before);
  });

  it('names a malformed file in one line, no stack trace, and goes on with the others', async () => {
    const broken = path.join(root, 'broken.xlf');
    fs.writeFileSync(broken, '<xliff version="1.2"><file original="x"><body><trans-unit id="a"><source>unclosed</body></xliff>');
    const fresh = path.join(root, 'fresh.xlf');
    await cli('export', SLUG, '--locale', 'zh-CN', '--out', fresh);
    const { code, err, out } = await cli('import', broken, fresh);
    expect(out).toMatch(/fresh\.xlf: 0 strings updated, 33 unchanged/);
    expect(code).toBe(1);
    expect(err).toMatch(/broken\.xlf:\d+:\d+ error not valid XLIFF 1\.2 or 2\.0: .* docflow:xliff-invalid\n$/);
    expect(err).not.toMatch(/\n\s+at /);
  });

  it('says a folder given holds no XLIFF (the wrong one), exit 1, and imports the files of the others', async () => {
    const empty = path.join(root, 'no-xliff');
    fs.mkdirSync(path.join(empty, 'deep'), { recursive: true });
    fs.writeFileSync(path.join(empty, 'deep', 'notes.txt'), 'not XLIFF');
    const alone = await cli('import', empty);
    expect(alone.code).toBe(1);
    expect(alone.out).toBe('');
    expect(alone.err).toBe(`docflow: ${empty}: no XLIFF file in it (.xlf, .xliff): nothing imported from there\n`);
    const fresh = path.join(root, 'fresh-beside.xlf');
    await cli('export', SLUG, '--locale', 'zh-CN', '--out', fresh);
    const both = await cli('import', empty, fresh);
    expect(both.code).toBe(1);
    expect(both.out).toMatch(/fresh-beside\.xlf: 0 strings updated, 33 unchanged/);
  });

  it('says what is wrong with an empty file, another XML document or an XLIFF without files, not the XML package’s internals', async () => {
    const files = {
      'empty.xlf': '',
      'other.xlf': '<?xml version="1.0"?><foo/>',
      'bare.xlf': '<xliff version="1.2"></xliff>',
      // A root under a prefix of another namespace than XLIFF's.
      'prefixed.xlf': "<?xml version='1.0' encoding='UTF-8'?>\n<ns0:xliff xmlns:ns0=\"urn:example:not-xliff\" version=\"1.2\"><ns0:file original=\"a\" source-language=\"en-US\" target-language=\"fr-FR\" datatype=\"plaintext\"><ns0:body/></ns0:file></ns0:xliff>\n",
    };
    for (const [name, xml] of Object.entries(files)) fs.writeFileSync(path.join(root, name), xml);
    const { code, err } = await cli('import', ...Object.keys(files).map((name) => path.join(root, name)));
    expect(code).toBe(1);
    expect(err).toContain('empty.xlf:1:1 error an empty file, not XLIFF docflow:xliff-invalid');
    expect(err).toContain('other.xlf:1:1 error not XLIFF: no <xliff> element docflow:xliff-invalid');
    expect(err).toContain("prefixed.xlf:2:1 error not XLIFF: the root element's prefix ns0: is bound to urn:example:not-xliff, not XLIFF 1.2's or 2.0's");
    expect(err).not.toMatch(/prefixed\.xlf.*no <xliff> element/);
    expect(err).not.toMatch(/Cannot read|undefined/);
  });
});
