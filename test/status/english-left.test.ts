/**
 * A sentence whose translation is its English is not translated, in status as in lint: `apply
 * --create` writes the sentences a new locale has no translation of in English, under the
 * reference's `ms.translationtype: HT`, and status counted them human translations at 100 %.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/program.js';
import { localeCatalog } from '../../src/catalog/catalog.js';
import { Workspace } from '../../src/catalog/workspace.js';
import { CONTENT, LOCALES, folderWith, memoryIo, sxsPair, tempDir, watchReads } from '../helpers.js';

const SLUG = 'add-a-new-customer';
const root = tempDir();
const content = path.join(root, 'content');
const locales = path.join(root, 'locales');
fs.cpSync(CONTENT, content, { recursive: true });
fs.mkdirSync(path.join(locales, 'de-DE'), { recursive: true });
// A new German of the article, four of its sentences not translated yet, and a short string
// ("**Applies to**"), which --create writes in English: to do as well (created-english.test.ts).
const LEFT = ['applies-to.104', 'note.108', 'proc-1.step-2.111', 'proc-1.step-3.112', 'proc-1.step-4.113'];
const SENTENCES = LEFT.filter((key) => key !== 'applies-to.104');
const strings = JSON.parse(fs.readFileSync(path.join(LOCALES, 'fr-FR', `${SLUG}.json`), 'utf8')) as Record<string, string>;
for (const key of LEFT) delete strings[key];
fs.writeFileSync(path.join(locales, 'de-DE', `${SLUG}.json`), JSON.stringify(strings, null, 2));

afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

async function cli(...args: string[]) {
  const m = memoryIo();
  const code = await runCli([...args, '--content', content, '--locales', locales], m.io);
  return { code, out: m.out(), err: m.err() };
}

interface Row {
  slug: string;
  segments: number;
  translated: number;
  stale: number;
  untranslated: number;
  origins: Record<string, number>;
}

describe('a sentence left in English', () => {
  beforeAll(async () => {
    expect((await cli('apply', '--locale', 'de-DE', '--create', SLUG)).out).toContain('created');
  });

  it('counts untranslated in status as lint flags it, in text, JSON, HTML and merged shards, the numbers adding up', async () => {
    const json = JSON.parse((await cli('status', SLUG, '--locale', 'de-DE', '--format', 'json')).out) as { rows: Row[]; totals: Row[]; items: { key: string; state: string }[] };
    const row = json.rows[0]!;
    expect(row).toMatchObject({ segments: 14, translated: 9, stale: 0, untranslated: 5, coverage: 64.3 });
    // Human are the translations a person made, not the English written in their place.
    expect(row.origins).toEqual({ HT: 9, MT: 0, hand: 0, xliff: 0 });
    expect(json.items.filter((i) => i.state === 'untranslated').map((i) => i.key).sort()).toEqual(LEFT);

    // The same sentences as lint's `untranslated`, by the same test; the short string --create
    // wrote is no translation that reads as English, which lint looks for: status's to count.
    const lint = await cli('lint', SLUG, '--locale', 'de-DE');
    expect(`${lint.out}${lint.err}`.match(/docflow:untranslated/g)).toHaveLength(SENTENCES.length);

    const text = await cli('status', SLUG, '--locale', 'de-DE', '--fail-under', '100');
    expect(text.code).toBe(1);
    expect(text.out).toMatch(/de-DE\s+14\s+9\s+0\s+5\s+9\s+0\s+0 .* 64\.3%/);
    expect(text.out).toContain('Untranslated (5):');

    const page = path.join(root, 'status.html');
    await cli('status', SLUG, '--locale', 'de-DE', '--format', 'html', '--out', page);
    const html = fs.readFileSync(page, 'utf8');
    expect(html).toContain('<td>14</td><td>9</td><td>0</td><td>5</td><td>9</td>');
    expect(html).toContain('0 stale and 5 untranslated sentences');

    const parts = ['1/2', '2/2'].map((shard, i) => ({ shard, file: path.join(root, `status-${i}.json`) }));
    for (const { shard, file } of parts) expect((await cli('status', '--locale', 'de-DE', '--format', 'json', '--shard', shard, '--out', file)).code).toBe(0);
    const m = memoryIo();
    await runCli(['merge', ...parts.map((p) => p.file), '--format', 'json'], m.io);
    const merged = JSON.parse(m.out()) as { rows: Row[]; totals: Row[] };
    expect(merged.rows.find((r) => r.slug === SLUG)).toMatchObject({ translated: 9, untranslated: 5 });
    const [total] = merged.totals;
    expect(total!.translated + total!.stale + total!.untranslated).toBe(total!.segments);
    expect(total!.translated + total!.stale).toBe(Object.values(total!.origins).reduce((a, b) => a + b, 0));
  });

  it('is handed off to translate in XLIFF, not as a translation done', async () => {
    const file = path.join(root, 'de.xlf');
    expect((await cli('export', SLUG, '--locale', 'de-DE', '--out', file)).code).toBe(0);
    const xliff = fs.readFileSync(file, 'utf8');
    for (const key of LEFT) expect(xliff).toMatch(new RegExp(`<trans-unit id="${key}"[^>]*>\\s*<source>[^<]*</source>\\s*<target state="needs-translation">`));
    // A short string translated is handed off as done; the one --create wrote in English is to translate.
    expect(xliff).toMatch(/<trans-unit id="applies-to.105"[^>]*>\s*<source>[^<]*<\/source>\s*<target state="translated">/);
  });

  it('is a language begun: a shard, or an article named, with none of it translated does not say nothing is translated into it', async () => {
    for (const args of [['--shard', '1/2'], ['--shard', '2/2'], ['billing']]) {
      const run = await cli('status', '--locale', 'de-DE', '--format', 'json', ...args);
      expect(run.code).toBe(0);
      expect(run.err).toBe('');
    }
  });
});

describe('a team’s own names kept in English (lint --config’s allow:)', () => {
  it('are not untranslated in status --config nor handed off to translate by export --config, as lint --config accepts them; a config they cannot use is wrong usage', async () => {
    // A brand statement the team keeps in English in its French articles, beside a sentence translated.
    const mission = 'Empower every person and every organization on the planet to achieve more.';
    const pair = (n: number, target: string, source: string) => `<span data-ttu-id="4f2a1-${n}">${target}</span><span class="sxs-lookup"><span data-stu-id="4f2a1-${n}">${source}</span></span>`;
    const article = ['---', 'title: Notre mission', 'ms.contentlocale: fr-FR', '---', '', `# ${pair(101, 'Notre mission', 'Our mission')}`, '', pair(102, mission, mission), '', pair(103, 'Lisez la suite dans le centre de partenaires.', 'Read on in the partner center.'), ''].join('\n');
    const dir = folderWith({ 'fr-FR/our-mission.md': article, 'lint.yaml': `allow:\n  - ${mission}\n` });
    const run = async (...args: string[]) => {
      const m = memoryIo();
      const code = await runCli([...args, '--content', dir, '--locales', path.join(dir, 'locales'), '--cache', path.join(dir, 'cache')], m.io);
      return { code, out: m.out(), err: m.err() };
    };
    const untranslated = async (...args: string[]) => (JSON.parse((await run('status', '--format', 'json', ...args)).out) as { rows: Row[] }).rows[0]!.untranslated;
    const config = path.join(dir, 'lint.yaml');
    // Without the team's names, both say it; with them, neither (status counted it whatever lint was told).
    expect((await run('lint')).out).toContain('docflow:untranslated');
    expect(await untranslated()).toBe(1);
    expect((await run('lint', '--config', config)).out).not.toContain('docflow:untranslated');
    expect(await untranslated('--config', config)).toBe(0);
    // Run again with the cache the first run left: the names still count (a result kept without them is not used).
    expect(await untranslated()).toBe(1);
    expect(await untranslated('--config', config)).toBe(0);
    // Handed off as lint and status take it: to translate without the names, a translation with
    // them (export counted it to translate whatever the team said), with the cache on each time.
    const state = async (...args: string[]) => {
      const file = path.join(dir, 'fr.xlf');
      expect((await run('export', '--locale', 'fr-FR', '--out', file, ...args)).code).toBe(0);
      return /<target state="([^"]+)">Empower/.exec(fs.readFileSync(file, 'utf8'))?.[1];
    };
    expect(await state()).toBe('needs-translation');
    expect(await state('--config', config)).toBe('translated');
    expect(await state()).toBe('needs-translation');
    // The same file lint would refuse, refused the same way.
    fs.writeFileSync(config, 'allow: Contoso\n');
    for (const command of [['status'], ['export', '--locale', 'fr-FR', '--out', path.join(dir, 'fr.xlf')]]) {
      expect(await run(...command, '--config', config)).toMatchObject({ code: 2, err: `docflow: ${config}: allow must be a list of names\n` });
    }
    fs.rmSync(dir, { recursive: true, force: true });
  });
});

describe('an offer table whose names the translators kept in English', () => {
  it('is translated in status and passes lint, its names no sentences to translate', async () => {
    // Rows of the fr-fr corpus's announcements/2021-january.md (its table at line 570).
    const pair = (n: number, target: string, source = target) => `<span data-ttu-id="11ae5-${n}">${target}</span><span class="sxs-lookup"><span data-stu-id="11ae5-${n}">${source}</span></span>`;
    const rows = [
      [497, 'Microsoft Teams Calling Essentials for US and Canada', '1ee81de6-4d8b-4cf1-b926-2fd2a774a4ca'],
      [503, 'Microsoft Teams Calling Essentials for US and Canada for faculty', 'b8baa3b8-8cc2-4f26-a212-7fbeb28e7895'],
      [506, 'Microsoft Teams Calling Essentials for US and Canada for students', '26956da8-eeb5-44e3-aa79-d36e0e42b930'],
    ] as const;
    const article = [
      '---', 'title: Annonces de janvier 2021', 'ms.contentlocale: fr-FR', '---', '',
      `# ${pair(101, 'Annonces de janvier 2021', 'January 2021 announcements')}`, '',
      `   |${pair(494, "**Nom de l'offre**", '**Offer name**')}|${pair(495, '**ID de l’offre**', '**Offer ID**')}|`,
      '   |-------------------|:------|',
      ...rows.map(([n, name, id]) => `   |${pair(n, name)}|${pair(n + 1, id)}|`),
      '',
      // A title of the same shape outside the table, which the corpus's translators translate: still to do.
      `## ${pair(600, 'Microsoft Customer Agreements by region and language')}`,
      '',
    ].join('\n');
    const dir = folderWith({ 'fr-FR/2021-january.md': article });
    const run = async (...args: string[]) => {
      const m = memoryIo();
      const code = await runCli([...args, '--content', dir, '--locales', path.join(dir, 'locales'), '--no-cache'], m.io);
      return { code, out: m.out(), err: m.err() };
    };
    // Two names of the three were flagged (lint) and counted untranslated (status) too.
    expect((await run('lint')).out.match(/^.*docflow:untranslated$/gm)).toEqual([expect.stringMatching(/2021-january\.md:14:4 warning the translation is the English sentence/)]);
    const status = JSON.parse((await run('status', '--format', 'json')).out) as { rows: Row[]; items: { key: string }[] };
    expect(status.rows[0]).toMatchObject({ segments: 10, translated: 9, untranslated: 1 });
    expect(status.items.map((i) => i.key)).toEqual(['text.600']);
    // A new locale's article made of the English: apply --create counts as status. The names are
    // to do there, written by docflow, not kept by a translator; the IDs have nothing to translate.
    fs.mkdirSync(path.join(dir, 'locales', 'de-DE'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'locales', 'de-DE', '2021-january.json'), JSON.stringify({ 'title.101': 'Ankündigungen Januar 2021' }));
    const created = await run('apply', '--locale', 'de-DE', '--create');
    const row = (JSON.parse((await run('status', '--locale', 'de-DE', '--format', 'json')).out) as { rows: Row[] }).rows[0]!;
    expect(row).toMatchObject({ translated: 4, untranslated: 6 });
    expect(created.out).toContain('created, 6 sentences still in English');
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('reads the article for where its names stand only when a sentence kept in English asks: not to make the catalog, nor for extract\'s stale count', () => {
    const pair = (n: number, target: string, source = target) => `<span data-ttu-id="11ae5-${n}">${target}</span><span class="sxs-lookup"><span data-stu-id="11ae5-${n}">${source}</span></span>`;
    const article = [
      '---', 'title: Annonces', 'ms.contentlocale: fr-FR', '---', '',
      `# ${pair(101, 'Annonces de janvier 2021', 'January 2021 announcements')}`, '',
      `|${pair(494, "**Nom de l'offre**", '**Offer name**')}|${pair(495, '**ID de l’offre**', '**Offer ID**')}|`,
      '|---|---|',
      `|${pair(503, 'Microsoft Teams Calling Essentials for US and Canada for faculty')}|${pair(504, 'b8baa3b8-8cc2-4f26-a212-7fbeb28e7895')}|`,
      '',
      // A sentence kept in English that reads as no name: untranslated wherever it stands, without asking where.
      `${pair(600, 'Select the offer you want to buy for your customers.')}`,
      '',
    ].join('\n');
    const dir = folderWith({ 'fr-FR/2021-january.md': article });
    const file = path.join(dir, 'fr-FR', '2021-january.md');
    const workspace = new Workspace(dir, path.join(dir, 'locales'));
    workspace.article('2021-january');
    const reads = watchReads();
    try {
      const catalog = localeCatalog(workspace, '2021-january', 'fr-FR');
      expect(catalog.stale).toBe(0);
      expect(reads.files().filter((read) => read === file)).toEqual([]);
      const states = new Map(catalog.entries.map((entry) => [entry.key, entry.state]));
      expect([...states].filter(([, state]) => state !== 'translated')).toEqual([['intro.600', 'untranslated']]);
      // The name asked where it stands: the file read once, a block at a time.
      expect(reads.files().filter((read) => read === file)).toEqual([file]);
      const name = [...states.keys()].find((key) => key.endsWith('.503'))!;
      expect(catalog.entry(name)?.state).toBe('translated');
      expect(reads.files().filter((read) => read === file)).toEqual([file]);
    } finally {
      reads.restore();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('a short string the same as its English', () => {
  it('is translated in status and passes lint: names, codes, column names and words the two languages share, as the corpora keep them; a sentence is not', async () => {
    // Strings the fr-fr corpus keeps as their English (3,021 of its 32,360; zh-cn 2,189, he-il
    // 142): a word that is French too, a column of a file, an API field, an offer, an address,
    // a score, a list letter. Without a dictionary a word alone cannot be told untranslated from
    // one that reads the same, so only what reads as a sentence (lint's `untranslated`) is.
    const kept = ['Description', 'Unit Price', 'addQuantity', 'Microsoft 365 Business Basic', 'Reno, NV 89511', '10 points', 'a.', 'Azure'];
    const sentence = 'You can export up to 1 million profiles per export to Mailchimp.';
    const pair = (n: number, text: string) => sxsPair(n, text, text, '11ae5');
    const article = [
      '---', 'title: Exemples', 'ms.contentlocale: fr-FR', '---', '',
      `# ${sxsPair(101, 'Exemples', 'Examples', '11ae5')}`, '',
      ...kept.map((text, i) => `- ${pair(102 + i, text)}`), '',
      pair(120, sentence), '',
    ].join('\n');
    const dir = folderWith({ 'fr-FR/examples.md': article });
    const run = async (...args: string[]) => {
      const m = memoryIo();
      await runCli([...args, '--content', dir, '--locales', path.join(dir, 'locales'), '--no-cache'], m.io);
      return { out: m.out(), err: m.err() };
    };
    const status = JSON.parse((await run('status', '--format', 'json')).out) as { rows: Row[]; items: { key: string; state: string }[] };
    expect(status.rows[0]).toMatchObject({ segments: kept.length + 2, translated: kept.length + 1, untranslated: 1 });
    expect(status.items.filter((i) => i.state === 'untranslated').map((i) => i.key)).toEqual(['intro.120']);
    expect((await run('lint')).out.match(/^.*docflow:untranslated$/gm)).toEqual([expect.stringMatching(/examples\.md:17:1 warning the translation is the English sentence/)]);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
