/**
 * docflow status: counts that a translator can trust, in text, JSON and one HTML page that a
 * browser shows without running anything from the articles.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { localeCatalog } from '../../src/catalog/catalog.js';
import { extract } from '../../src/catalog/extract.js';
import { coverageBelow, statusTotals, translationStatus, type StatusRow } from '../../src/catalog/status.js';
import { coverageBar } from '../../src/status/status-text.js';
import { Workspace } from '../../src/catalog/workspace.js';
import { runCli } from '../../src/cli/program.js';
import { hasChromium, inChromium } from '../browser.js';
import { CONTENT, memoryIo, tempDir } from '../helpers.js';

const SLUG = 'add-a-new-customer';
const root = tempDir();
const content = path.join(root, 'content');
const locales = path.join(root, 'locales');
fs.cpSync(CONTENT, content, { recursive: true });
await extract(new Workspace(content, locales), [SLUG]);
// The newest English (fr-FR's) rewords the title: zh-CN's translation of the old title is stale;
// and zh-CN's article lacks the intro's translation.
const edit = (locale: string, from: RegExp, to: string) => {
  const file = path.join(content, locale, `${SLUG}.md`);
  fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(from, to));
};
edit('fr-FR', /(data-stu-id="\w+-103">)Add a new customer</, '$1Add a customer<');
edit('fr-FR', /ms\.openlocfilehash: \w+/, 'ms.openlocfilehash: 0123456789abcdef0123456789abcdef01234567');
edit('zh-CN', /(data-ttu-id="5be72-106">)[^<]*</, '$1<');
// A hostile translation: it must show as text, never run.
const zhFile = path.join(locales, 'zh-CN', `${SLUG}.json`);
const zh = JSON.parse(fs.readFileSync(zhFile, 'utf8')) as Record<string, string>;
zh['proc-1.step-1.110'] = '<img src=x onerror="window.pwned=1"><script>window.pwned=2</script>选择';
delete zh['intro.106'];
fs.writeFileSync(zhFile, JSON.stringify(zh));

afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

/** What the page's layout says of an element's width (the test has no DOM types). */
interface Box {
  scrollWidth: number;
  clientWidth: number;
}

async function cli(args: string[]) {
  const m = memoryIo();
  const code = await runCli([...args, '--content', content, '--locales', locales], m.io);
  return { code, out: m.out(), err: m.err() };
}

describe('translation status', () => {
  const report = translationStatus(new Workspace(content, locales), [SLUG]);

  it('counts a catalog’s stale strings as its entries say (extract reports the count alone)', () => {
    const workspace = new Workspace(content, locales);
    const stale = (locale: string) => localeCatalog(workspace, SLUG, locale);
    expect(stale('zh-CN').stale).toBe(1);
    for (const locale of ['zh-CN', 'fr-FR']) expect(stale(locale).stale).toBe(stale(locale).entries.filter((e) => e.state === 'stale').length);
  });

  it('counts translated, stale and untranslated sentences per locale, and how they were made', () => {
    const zhRow = report.rows.find((r) => r.locale === 'zh-CN')!;
    expect(zhRow).toMatchObject({ segments: 14, stale: 1, untranslated: 1, translated: 12 });
    // The edited sentence was made by hand now; the rest are the article's machine translation.
    expect(zhRow.origins).toEqual({ HT: 0, MT: 12, hand: 1, xliff: 0 });
    expect(zhRow.coverage).toBe(85.7);
    expect(report.rows.find((r) => r.locale === 'fr-FR')).toMatchObject({ segments: 14, translated: 14, stale: 0, handoff: '04/23/2019' });
  });

  it('lists a stale sentence with its old and new English and where it is', () => {
    const stale = report.items.find((i) => i.state === 'stale')!;
    expect(stale).toMatchObject({ locale: 'zh-CN', key: 'title.103', from: 'Add a new customer', reference: 'Add a customer', value: '添加新客户', line: 15, column: 36 });
    expect(stale.path).toBe(path.join(content, 'zh-CN', `${SLUG}.md`));
  });

  it('prints a table with bars, and JSON', async () => {
    const text = await cli(['status', SLUG]);
    expect(text.code).toBe(0);
    expect(text.out).toMatch(/zh-CN\s+14\s+12\s+1\s+1\s+0\s+12\s+1\s+█+░+\s+85\.7%/);
    expect(text.out).toContain('was: Add a new customer');
    const json = JSON.parse((await cli(['status', SLUG, '--format', 'json'])).out) as { totals: { locale: string; coverage: number }[] };
    expect(json.totals.map((t) => [t.locale, t.coverage])).toEqual([
      ['fr-FR', 100],
      ['zh-CN', 85.7],
    ]);
  });

  it('fails under a coverage threshold, saying which locale is below it, and refuses a format it does not have', async () => {
    const below = await cli(['status', SLUG, '--fail-under', '90', '--format', 'json']);
    expect(below.code).toBe(1);
    // The report is JSON (in a file, in CI): the exit code alone said nothing of why.
    expect(below.err).toBe('docflow: zh-CN is at 85.7% (12 of 14 sentences translated), below --fail-under 90\n');
    expect((await cli(['status', SLUG, '--fail-under', '85.7%'])).code).toBe(0);
    const above = await cli(['status', SLUG, '--fail-under', '50']);
    expect([above.code, above.err]).toEqual([0, '']);
    // Not a percentage: refused, not read as 0 ('') or 16 (0x10).
    for (const bad of ['', '0x10', 'ninety', '101', '-1']) {
      const run = await cli(['status', SLUG, '--fail-under', bad]);
      expect(run.code, bad).toBe(2);
      expect(run.err).toContain(`--fail-under takes a percentage from 0 to 100 (95, 99.5), not “${bad}”`);
    }
    expect((await cli(['status', '--format', 'xml'])).code).toBe(2);
  });

  it('never shows or gates 100% while a sentence is left, nor passes 95% at 94.96%', () => {
    const row = (translated: number, segments: number): StatusRow => ({ slug: 'a', locale: 'fr-FR', segments, translated, stale: 0, untranslated: segments - translated, origins: { HT: translated, MT: 0, hand: 0, xliff: 0 }, coverage: 0 });
    // The fr-fr corpus with one sentence left: 32,359 of 32,360.
    const [total] = statusTotals([row(32_000, 32_000), row(359, 360)]);
    expect(total!.coverage).toBe(99.9);
    expect(coverageBar(total!.coverage)).toBe(`${'█'.repeat(19)}░  99.9%`);
    expect(coverageBar(100)).toBe(`${'█'.repeat(20)} 100.0%`);
    expect(coverageBelow(total!, 100)).toBe(true);
    expect(statusTotals([row(2, 2)])[0]!.coverage).toBe(100);
    expect(coverageBelow(row(2, 2), 100)).toBe(false);
    expect(coverageBelow(row(9496, 10_000), 95)).toBe(true);
    expect(coverageBelow(row(9500, 10_000), 95)).toBe(false);
    expect(coverageBelow(row(0, 0), 100)).toBe(false);
  });

  it('counts a language not begun yet, asked for by name: every sentence of every article untranslated, and says so', async () => {
    const de = await cli(['status', '--locale', 'de-DE', '--format', 'json']);
    expect(de.code).toBe(0);
    const { rows, totals } = JSON.parse(de.out) as { rows: { slug: string; locale: string; segments: number; untranslated: number }[]; totals: { locale: string; segments: number; coverage: number }[] };
    const slugs = new Workspace(content, locales).slugs();
    expect(rows.map((r) => [r.slug, r.locale])).toEqual(slugs.map((slug) => [slug, 'de-DE']));
    expect(rows.every((r) => r.segments > 0 && r.untranslated === r.segments)).toBe(true);
    // As many sentences as the translated locale has: the same articles, the same English.
    const fr = JSON.parse((await cli(['status', '--locale', 'fr-FR', '--format', 'json'])).out) as { totals: { segments: number }[] };
    expect(totals).toEqual([expect.objectContaining({ locale: 'de-DE', segments: fr.totals[0]!.segments, coverage: 0 })]);
    expect(de.err).toContain('nothing is translated into de-DE yet (the content is in en-US, fr-FR, zh-CN): every sentence counts as untranslated');
    // A team that gates coverage sees the new language fail the gate; the reference English has no rows.
    expect((await cli(['status', '--locale', 'de-DE', '--fail-under', '1'])).code).toBe(1);
    const english = await cli(['status', '--locale', 'en-US']);
    expect(english.err).toContain('en-US is the reference English, not a translation');
    expect((await cli(['status', SLUG, '--locale', 'zh-CN'])).err).toBe('');
    expect((await cli(['status', '--locale', 'FR'])).err).toContain('nothing is translated into fr yet (the content is in en-US, fr-FR, zh-CN; did you mean fr-FR?)');
  });

  it('says a broken resource file is broken, not that nothing is translated into its locale', async () => {
    const own = path.join(root, 'broken-locales');
    fs.cpSync(locales, own, { recursive: true });
    fs.writeFileSync(path.join(own, 'fr-FR', `${SLUG}.json`), '{ "title.103": "Ajouter", ');
    const m = memoryIo();
    expect(await runCli(['status', SLUG, '--locale', 'fr-FR', '--content', content, '--locales', own], m.io)).toBe(1);
    expect(m.err()).toMatch(new RegExp(`fr-FR/${SLUG}\\.json:1:\\d+ error not valid JSON: .* docflow:bad-resource`));
    expect(m.err()).not.toContain('nothing is translated');
    fs.rmSync(own, { recursive: true, force: true });
  });

  it('counts a value left empty in locales/ (i18next-parser’s for a string to do, a value cleared) untranslated, as the reader sees it', async () => {
    const own = path.join(root, 'empty-locales');
    fs.cpSync(locales, own, { recursive: true });
    const file = path.join(own, 'fr-FR', `${SLUG}.json`);
    const fr = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, string>;
    fs.writeFileSync(file, JSON.stringify({ ...fr, 'intro.106': '', 'proc-1.step-1.110': '  ' }, null, 2));
    try {
      const row = translationStatus(new Workspace(content, own), [SLUG]).rows.find((r) => r.locale === 'fr-FR')!;
      expect(row).toMatchObject({ segments: 14, translated: 12, untranslated: 2 });
      const m = memoryIo();
      expect(await runCli(['status', SLUG, '--locale', 'fr-FR', '--fail-under', '100', '--content', content, '--locales', own], m.io)).toBe(1);
      expect(m.out()).toMatch(/Untranslated \(2\)[\s\S]*intro\.106[\s\S]*proc-1\.step-1\.110/);
    } finally {
      fs.rmSync(own, { recursive: true, force: true });
    }
  });

  it.skipIf(!hasChromium)('gives one self-contained HTML page that shows the numbers and runs nothing from the articles', async () => {
    const out = path.join(root, 'status.html');
    expect((await cli(['status', SLUG, '--format', 'html', '--out', out])).code).toBe(0);
    const html = fs.readFileSync(out, 'utf8');
    expect(html).not.toMatch(/<script|<link|src="http/);
    await inChromium(out, async (page) => {
      expect(await page.title()).toBe('Translation status');
      expect(await page.locator('#locales tbody tr').count()).toBe(2);
      expect(await page.locator('#locales tr[data-locale="zh-CN"] td.coverage').innerText()).toContain('85.7%');
      const stale = page.locator('#stale tbody tr');
      expect(await stale.count()).toBe(1);
      const link = await stale.first().locator('a').getAttribute('href');
      expect(link).toMatch(/^file:\/\/.*zh-CN\/add-a-new-customer\.md#L15$/);
      expect(await page.locator('#untranslated tbody tr[data-locale="zh-CN"]').count()).toBe(1);
      // The hostile translation is text on the page: no element made of it, nothing ran.
      expect(await page.evaluate(() => (globalThis as { pwned?: number }).pwned)).toBeUndefined();
      expect(await page.locator('img').count()).toBe(0);
    });
  });

  it.skipIf(!hasChromium)('fits a phone-wide screen: the page is as wide as the screen, each wide table scrolls in its own box', async () => {
    const out = path.join(root, 'status-narrow.html');
    expect((await cli(['status', SLUG, '--format', 'html', '--out', out])).code).toBe(0);
    await inChromium(out, async (page) => {
      await page.setViewportSize({ width: 400, height: 800 });
      // Before, the locales table ran off the page's right edge and the page scrolled sideways as a whole.
      expect(await page.evaluate(() => (globalThis as unknown as { document: { documentElement: Box } }).document.documentElement.scrollWidth)).toBeLessThanOrEqual(400);
      const box = page.locator('.wide:has(#locales)');
      expect(await box.evaluate((el) => (el as unknown as Box).scrollWidth > (el as unknown as Box).clientWidth)).toBe(true);
      // The translation reads in its locale's direction.
      expect(await page.locator('#stale td[lang="zh-CN"]').first().getAttribute('dir')).toBe('ltr');
    });
  });

  it.skipIf(!hasChromium)('prints every column on A4: on paper nothing scrolls, so no table may be wider than the page', async () => {
    const out = path.join(root, 'status-print.html');
    expect((await cli(['status', SLUG, '--format', 'html', '--checks', '--out', out])).code).toBe(0);
    await inChromium(out, async (page) => {
      // A4 less the page's 12 mm margins: 186 mm, 703 px. Letter is wider.
      await page.setViewportSize({ width: 703, height: 1000 });
      await page.emulateMedia({ media: 'print' });
      // The table of every article too, as printed by a reader who opened it.
      await page.locator('details summary').click();
      const page703 = await page.evaluate(() => (globalThis as unknown as { document: { documentElement: Box } }).document.documentElement.clientWidth);
      for (const id of ['locales', 'articles', 'findings']) {
        const table = page.locator(`#${id}`);
        // Before, the locales table was 868 px wide: its coverage column was cut off the sheet, the articles' by 405 px.
        expect(await table.evaluate((el) => (el as unknown as { getBoundingClientRect(): { right: number } }).getBoundingClientRect().right), id).toBeLessThanOrEqual(page703);
        expect(await table.evaluate((el) => { const box = (el as unknown as { parentElement: Box }).parentElement; return box.scrollWidth <= box.clientWidth; }), id).toBe(true);
      }
      // The percentage is printed, as words (the bar's colours are no ink).
      expect(await page.locator('#locales tr[data-locale="zh-CN"] td.coverage').innerText()).toContain('85.7%');
    });
  });

  it.skipIf(!hasChromium)('adds the failing checks with --checks: the hand-edited sentence that lost its markup', async () => {
    const out = path.join(root, 'status-checks.html');
    expect((await cli(['status', SLUG, '--format', 'html', '--checks', '--out', out])).code).toBe(0);
    await inChromium(out, async (page) => {
      const rows = page.locator('#findings tbody tr[data-rule="markup-parity"]');
      expect(await rows.count()).toBeGreaterThan(0);
      expect(await rows.first().innerText()).toContain('proc-1.step-1.110');
      expect(await rows.first().locator('a').getAttribute('href')).toMatch(/zh-CN\/add-a-new-customer\.json#L\d+$/);
    });
  });
});

describe('a resource file a person broke', () => {
  /** The bundled content and its extracted strings in a folder of the test's own, and the CLI on SLUG there. */
  async function ownCopy() {
    const dir = tempDir();
    const own = { content: path.join(dir, 'content'), locales: path.join(dir, 'locales') };
    fs.cpSync(CONTENT, own.content, { recursive: true });
    await extract(new Workspace(own.content, own.locales), [SLUG]);
    const run = async (...args: string[]) => {
      const m = memoryIo();
      const code = await runCli([...args, SLUG, '--content', own.content, '--locales', own.locales, '--no-cache'], m.io);
      return { code, out: m.out(), err: m.err() };
    };
    return { dir, own, run };
  }

  it('is an error with its line in status, lint and extract (exit 1); its sentences still count, none usable; extract leaves it as it is', async () => {
    const { dir, own, run } = await ownCopy();
    try {
      const file = path.join(own.locales, 'fr-FR', `${SLUG}.json`);
      const whole = JSON.parse((await run('status', '--format', 'json')).out) as { totals: { locale: string; segments: number }[] };
      const sentences = whole.totals.find((t) => t.locale === 'fr-FR')!.segments;
      // A number where a translation goes: read alone, it would be left out, and written back without it.
      const messages = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
      messages['title.103'] = 42;
      const text = `${JSON.stringify(messages, null, 2)}\n`;
      fs.writeFileSync(file, text);
      const line = text.split('\n').findIndex((l) => l.includes('"title.103"')) + 1;
      const said = new RegExp(`add-a-new-customer\\.json:${line}:1 error “title\\.103” is a number, not a string.* docflow:bad-resource`);
      const status = await run('status', '--format', 'json');
      expect(status.code).toBe(1);
      expect(status.err).toMatch(said);
      const report = JSON.parse(status.out) as { totals: { locale: string; segments: number; untranslated: number }[]; rows: { locale: string; broken?: boolean }[] };
      expect(report.totals.find((t) => t.locale === 'fr-FR')).toMatchObject({ segments: sentences, untranslated: sentences });
      expect(report.rows.find((r) => r.locale === 'fr-FR')!.broken).toBe(true);
      const lint = await run('lint');
      expect(lint.code).toBe(1);
      // A finding of lint's: its output.
      expect(lint.out).toMatch(said);
      const extracted = await run('extract');
      expect(extracted.code).toBe(1);
      expect(extracted.err).toMatch(said);
      expect(fs.readFileSync(file, 'utf8')).toBe(text);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('is so for a provenance file a git merge left its conflict markers in: said at its line, no stack trace, left as it is', async () => {
    const { dir, own, run } = await ownCopy();
    try {
      const file = path.join(own.locales, '_docflow', 'fr-FR', `${SLUG}.json`);
      const text = fs.readFileSync(file, 'utf8').replace('  "strings": {', '<<<<<<< HEAD\n  "strings": {\n=======\n  "strings": {\n>>>>>>> theirs');
      fs.writeFileSync(file, text);
      const line = text.split('\n').indexOf('<<<<<<< HEAD') + 1;
      for (const command of ['status', 'lint', 'extract', 'apply']) {
        const { code, out, err } = await run(command);
        expect(code, command).toBe(1);
        // A finding of lint's, its output; the others' diagnostics, on standard error.
        expect(command === 'lint' ? out : err, command).toMatch(new RegExp(`_docflow/fr-FR/add-a-new-customer\\.json:${line}:1 error not valid JSON: .* docflow:bad-resource`));
        expect(out + err, command).not.toMatch(/internal error|\n\s+at /);
      }
      expect(fs.readFileSync(file, 'utf8')).toBe(text);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
