/**
 * `docflow glossary` and `--glossary`: a CI matrix's jobs learn the labels' glossary a shard
 * each, `docflow merge` joins the parts, and the jobs that extract, lint and check status take
 * the whole instead of reading every file of each locale. On the real fixtures (four locales,
 * right-to-left included). The whole corpus is swept in test/corpus/glossary.sweep.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { runCli } from '../../src/cli/program.js';
import { openWithGlossary } from '../../src/cli/given-glossary.js';
import { Workspace } from '../../src/catalog/workspace.js';
import { escapedJson } from '../../src/text/escaped-json.js';
import type { Glossary } from '../../src/parse/label-glossary.js';
import { sanitize } from '../../src/text/sanitize.js';
import { shardOf } from '../../src/cli/shard.js';
import { FIXTURES, folderWith, memoryIo, tempDir } from '../helpers.js';

async function cli(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const { io, out, err } = memoryIo();
  const code = await runCli(args, io);
  return { code, out: out(), err: err() };
}

const CONTENT = ['--content', FIXTURES, '--no-cache'];

type Lessons = { articles: string; files: number; terms: [string, [string, number, number, number][]][]; leads: unknown[] };

/** A glossary file's text read: its header line, then a locale a line. */
function readLines(text: string): { header: Record<string, unknown>; locales: Record<string, Lessons> } {
  const [header, ...lines] = text.trimEnd().split('\n').map((line) => JSON.parse(line));
  return { header, locales: Object.fromEntries(lines.map(({ locale, ...lessons }) => [locale, lessons])) };
}

/** The text of a glossary file of these locales (a header naming them, if it names its locales, and a line each). */
function writeLines(header: Record<string, unknown>, locales: Record<string, Lessons>): string {
  return [{ ...header, ...(header.locales ? { locales: Object.keys(locales) } : {}) }, ...Object.entries(locales).map(([locale, lessons]) => ({ locale, ...lessons }))].map((line) => `${JSON.stringify(line)}\n`).join('');
}
const PARTS = ['1/3', '2/3', '3/3'];

function files(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) out[path.relative(dir, path.join(entry.parentPath, entry.name))] = fs.readFileSync(path.join(entry.parentPath, entry.name), 'utf8');
  }
  return out;
}

/** The parts of a matrix of three, written in `dir`: their files. */
async function glossaryParts(dir: string): Promise<string[]> {
  const parts = [];
  for (const [i, shard] of PARTS.entries()) {
    const part = path.join(dir, `glossary-${i + 1}.json`);
    const run = await cli('glossary', ...CONTENT, '--shard', shard, '--out', part);
    expect(run.code, run.err).toBe(0);
    parts.push(part);
  }
  return parts;
}

/** The parts of a matrix of three, joined: the file's path. */
async function joinedGlossary(dir: string): Promise<string> {
  const parts = await glossaryParts(dir);
  const glossary = path.join(dir, 'glossary.json');
  // A glossary file has one form: another asked for is a usage error, not ignored.
  const html = await cli('merge', ...parts, '--format', 'html', '--out', glossary);
  expect([html.code, html.err, fs.existsSync(glossary)]).toEqual([2, 'docflow: --format html: glossary parts merge into a glossary file (JSON lines), which has no other format\n', false]);
  expect((await cli('merge', ...parts.reverse(), '--out', glossary)).code).toBe(0);
  return glossary;
}

/**
 * A matrix's jobs with the glossary write what whole runs write: `extract` parts copied together,
 * `status` and `lint` parts merged.
 */
async function expectPartsAsWhole(content: readonly string[], glossary: string, dir: string): Promise<void> {
  const whole = tempDir();
  expect((await cli('extract', ...content, '--locales', whole)).code).toBe(0);
  const joined = tempDir();
  for (const shard of PARTS) expect((await cli('extract', ...content, '--locales', joined, '--shard', shard, '--glossary', glossary)).code).toBe(0);
  expect(files(joined)).toEqual(files(whole));
  for (const command of ['status', 'lint']) {
    const format = command === 'status' ? ['--format', 'json'] : [];
    const parts = [];
    for (const [i, shard] of PARTS.entries()) {
      parts.push(path.join(dir, `${command}-${i}.json`));
      fs.writeFileSync(parts[i]!, (await cli(command, ...content, '--locales', whole, ...format, '--shard', shard, '--glossary', glossary)).out);
    }
    const merged = await cli('merge', ...parts, '--format', 'json');
    expect(merged.out, command).toBe((await cli(command, ...content, '--locales', whole, '--format', 'json')).out);
  }
}

describe('docflow glossary', () => {
  it('parts of a matrix, merged in any order, are the glossary one run learns, byte for byte', async () => {
    const dir = tempDir();
    const whole = await cli('glossary', ...CONTENT);
    expect(whole.code).toBe(0);
    const data = readLines(whole.out);
    expect(data.header).toEqual({ docflow: 'docflow-glossary@2', listing: expect.stringMatching(/^[0-9a-f]{40}$/), notArticles: [], locales: ['en-US', 'fr-FR', 'he-IL', 'ja-JP', 'nb-NO', 'th-TH', 'zh-CN', 'zh-TW'] });
    expect(Object.keys(data.locales)).toEqual(['en-US', 'fr-FR', 'he-IL', 'ja-JP', 'nb-NO', 'th-TH', 'zh-CN', 'zh-TW']);
    expect(data.locales['fr-FR']!.files).toBe(8);
    expect(data.locales['fr-FR']!.terms.length).toBeGreaterThan(50);
    expect(fs.readFileSync(await joinedGlossary(dir), 'utf8')).toBe(whole.out);
  });

  it('given to a workspace, is used as the glossary its locales would learn (no file read for it)', async () => {
    const dir = tempDir();
    const glossary = await joinedGlossary(dir);
    const learned = new Workspace(FIXTURES, tempDir());
    const { io, err } = memoryIo();
    const given = openWithGlossary({ content: [FIXTURES], locales: tempDir(), cache: false, glossary }, io, undefined);
    expect(err()).toBe('');
    // Each label's translations in order (ties are broken by the order first seen); the labels
    // are looked up, in any order.
    const terms = (glossary: Glossary) => [...glossary.terms].map(([k, v]) => [k, [...v]] as const).sort((a, b) => (a[0] < b[0] ? -1 : 1));
    for (const locale of ['fr-FR', 'zh-CN', 'he-IL']) {
      expect(terms(given.glossary(locale))).toEqual(terms(learned.glossary(locale)));
      expect(given.glossary(locale).leads).toEqual(learned.glossary(locale).leads);
    }
    // What the file says is what is used: a label translated otherwise there is so here.
    const data = readLines(fs.readFileSync(glossary, 'utf8'));
    data.locales['fr-FR']!.terms = [['save', [['Garder', 9, 0, 0]]]];
    fs.writeFileSync(glossary, writeLines(data.header, data.locales));
    const altered = openWithGlossary({ content: [FIXTURES], locales: tempDir(), cache: false, glossary }, memoryIo().io, undefined);
    expect([...altered.glossary('fr-FR').terms]).toEqual([['save', new Map([['Garder', 9]])]]);
  });

  it('extract, status and lint parts with --glossary join into what whole runs give', async () => {
    const dir = tempDir();
    const glossary = await joinedGlossary(dir);
    await expectPartsAsWhole(CONTENT, glossary, dir);
  });

  it('in a shard job of the checkout it was made from, only that shard\'s files are opened, and the parts give what whole runs give', async () => {
    // A docs repository per locale, as checked out: each file declares its locale, and a table of
    // contents without front matter is no article.
    const fr = folderWith(Object.fromEntries(fs.readdirSync(path.join(FIXTURES, 'fr-FR')).map((f) => [`docs/${f}`, { fixture: `fr-FR/${f}` }])));
    fs.writeFileSync(path.join(fr, 'TOC.md'), '# Contents\n\n- [Usage](docs/azure-usage.md)\n');
    const zh = folderWith(Object.fromEntries(fs.readdirSync(path.join(FIXTURES, 'zh-CN')).map((f) => [`docs/${f}`, { fixture: `zh-CN/${f}` }])));
    const repo = ['--content', fr, '--content', zh, '--no-cache'];
    const dir = tempDir();
    const parts = [];
    for (const [i, shard] of PARTS.entries()) {
      parts.push(path.join(dir, `g${i}.jsonl`));
      expect((await cli('glossary', ...repo, '--shard', shard, '--out', parts[i]!)).code).toBe(0);
    }
    const glossary = path.join(dir, 'glossary.jsonl');
    expect((await cli('merge', ...parts, '--out', glossary)).code).toBe(0);
    expect(readLines(fs.readFileSync(glossary, 'utf8')).header).toMatchObject({ notArticles: ['TOC'] });

    const open = vi.spyOn(fs, 'openSync');
    const opened = () => new Set(open.mock.calls.map(([file]) => String(file)).filter((file) => file.endsWith('.md')));
    try {
      const shard = { index: 1, count: 3 };
      const all = new Workspace([fr, zh], tempDir()).slugs();
      const mine = all.filter((slug) => shardOf(slug, 3) === 1);
      expect(mine.length).toBeGreaterThan(0);
      expect(mine.length).toBeLessThan(all.length);
      open.mockClear();
      const { io, err } = memoryIo();
      const workspace = openWithGlossary({ content: [fr, zh], locales: tempDir(), cache: false, glossary }, io, shard);
      expect(err()).toBe('');
      expect(workspace.scoped).toBe(true);
      expect(workspace.slugs()).toEqual(mine);
      expect([...opened()].every((file) => mine.includes(`docs/${path.basename(file, '.md')}`))).toBe(true);
      // Links to the other shards' articles still lead somewhere; the table of contents is none.
      expect(all.every((slug) => workspace.has(slug))).toBe(true);
      expect(workspace.has('TOC')).toBe(false);
      expect(workspace.contentLocales()).toEqual(['fr-FR', 'zh-CN']);
      // The glossary's own part opens its shard's files alone too.
      open.mockClear();
      expect((await cli('glossary', ...repo, '--shard', '1/3', '--out', path.join(dir, 'again.jsonl'))).code).toBe(0);
      expect([...opened()].length).toBeGreaterThan(0);
      expect([...opened()].every((file) => shardOf(path.relative(file.startsWith(fr) ? fr : zh, file).slice(0, -3), 3) === 1)).toBe(true);
      expect(fs.readFileSync(path.join(dir, 'again.jsonl'), 'utf8')).toBe(fs.readFileSync(parts[0]!, 'utf8'));
      // Without the glossary, every file is opened for its locale.
      open.mockClear();
      openWithGlossary({ content: [fr, zh], locales: tempDir(), cache: false }, io, shard);
      expect(opened().size).toBe(all.length + 2);
    } finally {
      open.mockRestore();
    }

    await expectPartsAsWhole(repo, glossary, dir);
  });

  it('in another checkout, or when a file now declares a locale the glossary lacks, every file is read', async () => {
    const fr = folderWith(Object.fromEntries(fs.readdirSync(path.join(FIXTURES, 'fr-FR')).map((f) => [f, { fixture: `fr-FR/${f}` }])));
    const glossary = path.join(tempDir(), 'glossary.jsonl');
    expect((await cli('glossary', '--content', fr, '--no-cache', '--out', glossary)).code).toBe(0);
    const scoped = (io = memoryIo().io) => openWithGlossary({ content: [fr], locales: tempDir(), cache: false, glossary }, io, { index: 1, count: 2 }).scoped;
    expect(scoped()).toBe(true);
    // Declared otherwise: the glossary knows no de-DE, which is learned from the content.
    const file = path.join(fr, 'azure-usage.md');
    const text = fs.readFileSync(file, 'utf8');
    for (const name of fs.readdirSync(fr)) {
      fs.writeFileSync(path.join(fr, name), fs.readFileSync(path.join(fr, name), 'utf8').replace('ms.contentlocale: fr-FR', 'ms.contentlocale: de-DE'));
    }
    const { io, err } = memoryIo();
    expect(scoped(io)).toBe(false);
    expect(err()).toContain('warning de-DE is not in it: learned from the content again docflow:stale-glossary');
    fs.writeFileSync(file, text);
    // One file more: another listing.
    fs.writeFileSync(path.join(fr, 'TOC.md'), '# Contents\n');
    expect(scoped()).toBe(false);
  });

  it('learns a locale again, with a warning, when the file was made from other articles', async () => {
    const dir = tempDir();
    const glossary = await joinedGlossary(dir);
    // One more fr-FR article than the glossary was made from.
    const content = tempDir();
    fs.cpSync(FIXTURES, content, { recursive: true });
    fs.copyFileSync(path.join(content, 'fr-FR', 'azure-usage.md'), path.join(content, 'fr-FR', 'azure-usage-copy.md'));
    const { io, err } = memoryIo();
    const workspace = openWithGlossary({ content: [content], locales: tempDir(), cache: false, glossary }, io, undefined);
    expect(err()).toBe(`${glossary}:1:1 warning fr-FR was learned from other articles (8 files) than the content has (9): learned from the content again docflow:stale-glossary\n`);
    const learned = new Workspace(content, tempDir());
    expect(workspace.glossary('fr-FR').terms).toEqual(learned.glossary('fr-FR').terms);
  });

  it('through the cache, is what a run without it learns, an article edited since included', async () => {
    const content = tempDir();
    fs.cpSync(FIXTURES, content, { recursive: true });
    const cache = tempDir();
    const glossary = async (...args: string[]) => (await cli('glossary', '--content', content, ...args)).out;
    const first = await glossary('--cache', cache);
    expect(await glossary('--cache', cache)).toBe(first);
    // A label translated once: that bold translation renamed in its article.
    const articles = fs.readdirSync(path.join(content, 'fr-FR')).map((f) => path.join(content, 'fr-FR', f));
    const fileWith = (text: string) => articles.find((f) => fs.readFileSync(f, 'utf8').includes(`**${text}**`));
    const terms = readLines(first).locales['fr-FR']!.terms;
    const [source, seen] = terms.find(([, seen]) => seen.length === 1 && seen[0]![1] === 1 && fileWith(seen[0]![0]))!;
    const text = seen[0]![0];
    const file = fileWith(text)!;
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(`**${text}**`, `**${text} bis**`));
    const edited = await glossary('--cache', cache);
    expect(edited).toBe(await glossary('--no-cache'));
    expect(readLines(edited).locales['fr-FR']!.terms.find(([s]) => s === source)![1][0]![0]).toBe(`${text} bis`);
  });

  it('refuses a part, a file that is not a glossary and broken JSON, at their place, with exit 2', async () => {
    const dir = tempDir();
    const part = path.join(dir, 'part.json');
    expect((await cli('glossary', ...CONTENT, '--shard', '2/3', '--out', part)).code).toBe(0);
    const asPart = await cli('extract', ...CONTENT, '--locales', tempDir(), '--glossary', part);
    expect(asPart.code).toBe(2);
    expect(asPart.err).toContain(`${part}:1:1 error a part (shard 2/3) of a glossary: join every part first`);
    const broken = path.join(dir, 'broken.json');
    const whole = readLines((await cli('glossary', ...CONTENT)).out);
    fs.writeFileSync(broken, `${writeLines(whole.header, { 'en-US': whole.locales['en-US']! })}{"locale": "fr-FR", "terms": [}\n`);
    const badJson = await cli('lint', ...CONTENT, '--glossary', broken);
    expect(badJson.code).toBe(2);
    expect(badJson.err).toContain(`${broken}:3:31 error not valid JSON`);
    expect(badJson.err).toContain('docflow:bad-glossary');
    // A line cut or edited by hand, or locales out of order, are told at their line.
    fs.writeFileSync(broken, writeLines(whole.header, { 'fr-FR': { ...whole.locales['fr-FR']!, files: -1 } }));
    expect((await cli('extract', ...CONTENT, '--locales', tempDir(), '--glossary', broken)).err).toContain(`${broken}:2:1 error fr-FR: its count of files is missing`);
    fs.writeFileSync(broken, writeLines(whole.header, { 'zh-CN': whole.locales['zh-CN']!, 'fr-FR': whole.locales['fr-FR']! }));
    expect((await cli('extract', ...CONTENT, '--locales', tempDir(), '--glossary', broken)).err).toContain(`${broken}:3:1 error fr-FR: a locale out of order`);
    // One an earlier docflow wrote: its files were counted otherwise.
    fs.writeFileSync(broken, writeLines({ ...whole.header, docflow: 'docflow-glossary@1' }, {}));
    const earlier = await cli('extract', ...CONTENT, '--locales', tempDir(), '--glossary', broken);
    expect(earlier.code).toBe(2);
    expect(earlier.err).toContain(`${broken}:1:1 error a glossary of another docflow (“docflow-glossary@1”, this one writes “docflow-glossary@2”): make it again with this one`);
    const other = path.join(dir, 'other.json');
    fs.writeFileSync(other, '{"rows": [], "items": []}');
    const notOne = await cli('status', ...CONTENT, '--glossary', other);
    expect(notOne.code).toBe(2);
    expect(notOne.err).toContain('not a glossary of this docflow');
    const missing = await cli('status', ...CONTENT, '--glossary', path.join(dir, 'none.json'));
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('cannot read it (ENOENT: no such file)');
  });

  it('refuses a part or a glossary whose bytes are no longer UTF-8 at the first such byte, as it learned their labels as U+FFFD', async () => {
    const dir = tempDir();
    const parts = await glossaryParts(dir);
    const glossary = path.join(dir, 'glossary.jsonl');
    expect((await cli('merge', ...parts, '--out', glossary)).code).toBe(0);
    // Its first letter past ASCII written as Windows-1252 writes it (é is one byte, 0xE9).
    const latin1 = (file: string) => {
      const text = fs.readFileSync(file, 'utf8');
      const at = text.search(/[^\x00-\x7f]/);
      fs.writeFileSync(file, Buffer.concat([Buffer.from(text.slice(0, at)), Buffer.from([0xe9]), Buffer.from(text.slice(at + 1))]));
      return `${text.slice(0, at).split('\n').length}:${at - text.lastIndexOf('\n', at)}`;
    };
    const said = (file: string, place: string) => `${file}:${place} error bytes that are not UTF-8 (the file was re-encoded on its way, to Windows-1252 or Latin-1 say): give it as docflow wrote it, in UTF-8 docflow:bad-glossary\n`;
    const given = latin1(glossary);
    const lint = await cli('lint', ...CONTENT, '--glossary', glossary);
    expect([lint.code, lint.err]).toEqual([2, said(glossary, given)]);
    const place = latin1(parts[1]!);
    const out = path.join(dir, 'merged.jsonl');
    const merged = await cli('merge', ...parts, '--out', out);
    expect([merged.code, merged.err, fs.existsSync(out)]).toEqual([2, said(parts[1]!, place), false]);
  });

  it('refuses a part or a glossary cut at the end of a line, naming the locale it lacks, as merge joined such a part in silence', async () => {
    const dir = tempDir();
    const parts = await glossaryParts(dir);
    const lines = fs.readFileSync(parts[1]!, 'utf8').split('\n');
    const names = JSON.parse(lines[0]!).locales as string[];
    expect(names.length).toBeGreaterThan(2);
    // An upload that stopped after the part's second locale: every line whole, the rest gone.
    fs.writeFileSync(parts[1]!, `${lines.slice(0, 3).join('\n')}\n`);
    const out = path.join(dir, 'glossary.jsonl');
    const merged = await cli('merge', ...parts, '--out', out);
    expect([merged.code, merged.err, fs.existsSync(out)]).toEqual([2, `${parts[1]}:4:1 error the file ends before its ${names[2]} line (its first line names ${names.length}): cut short docflow:bad-glossary\n`, false]);
    const whole = path.join(dir, 'whole.jsonl');
    expect((await cli('glossary', ...CONTENT, '--out', whole)).code).toBe(0);
    fs.writeFileSync(whole, fs.readFileSync(whole, 'utf8').split('\n').slice(0, 2).join('\n'));
    const given = await cli('lint', ...CONTENT, '--glossary', whole);
    expect([given.code, given.err]).toEqual([2, `${whole}:3:1 error the file ends before its fr-FR line (its first line names 8): cut short docflow:bad-glossary\n`]);
  });

  it('will not merge a whole glossary, parts of different content, or glossary parts with other parts', async () => {
    const dir = tempDir();
    const [one, two] = [path.join(dir, '1.json'), path.join(dir, '2.json')];
    await cli('glossary', ...CONTENT, '--shard', '1/2', '--out', one);
    await cli('glossary', ...CONTENT, '--shard', '2/2', '--out', two);
    const whole = path.join(dir, 'whole.json');
    await cli('glossary', ...CONTENT, '--out', whole);
    const withWhole = await cli('merge', one, whole);
    expect(withWhole.code).toBe(2);
    expect(withWhole.err).toContain(`${whole}:1:1 error a whole glossary, not a part`);
    const lintPart = path.join(dir, 'lint.json');
    fs.writeFileSync(lintPart, (await cli('lint', ...CONTENT, '--shard', '2/2')).out);
    expect((await cli('merge', one, lintPart)).err).toContain('the parts are of different commands');
    const otherContent = readLines(fs.readFileSync(two, 'utf8'));
    otherContent.locales['fr-FR']!.articles = 'another';
    fs.writeFileSync(two, writeLines(otherContent.header, otherContent.locales));
    const missing = await cli('merge', path.join(dir, 'none.jsonl'), one);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('none.jsonl:1:1 error cannot read it (ENOENT: no such file) docflow:bad-part');
    const different = await cli('merge', one, two);
    expect(different.code).toBe(2);
    expect(different.err).toContain(`${two}:3:1 error fr-FR: its articles are not a hash of 40 hex digits docflow:bad-glossary`);
    otherContent.header.listing = 'another';
    fs.writeFileSync(two, writeLines(otherContent.header, otherContent.locales));
    const listed = await cli('merge', one, two);
    expect(listed.code).toBe(2);
    expect(listed.err).toContain(`${two}:1:1 error made from other files than ${one} (their listings differ): parts of different content`);
  });

  it('printed, keeps every character through the terminal filter (bidi marks of right-to-left labels, C1 controls)', () => {
    const value = { label: 'א\u202Bב\u202E\u0085c\u001b' };
    expect(JSON.parse(sanitize(escapedJson(value)))).toEqual(value);
  });
});
