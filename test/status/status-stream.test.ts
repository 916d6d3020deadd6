/**
 * `status` printed as the articles come: the table from a summary that keeps only what it lists
 * says what the whole report said, and the JSON made a piece at a time is the bytes of the whole
 * report's JSON.stringify. The memo of its results is kept for runs of articles, one entry a run.
 */
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { startsRun } from '../../src/catalog/grouped-memo.js';
import { runCli } from '../../src/cli/program.js';
import { folderWith, memoryIo, tempDir } from '../helpers.js';
import { statusTotals, type ArticleStatus, type StatusItem, type StatusRow } from '../../src/catalog/status.js';
import { statusJsonPieces } from '../../src/status/status-json.js';
import { StatusSummary } from '../../src/status/status-summary.js';
import { compareNames } from '../../src/text/name-order.js';

const LOCALES = ['fr-FR', 'zh-CN', 'he-IL'];
const STATES = ['stale', 'untranslated', 'conflict'] as const;

/** Articles in order, each with rows for some locales and sentences to work on; coverages often tie. */
const articles = fc
  .uniqueArray(fc.constantFrom('a', 'B', 'add', 'Add', 'add9', 'add10', 'é', 'é', 'z/中'), { maxLength: 9 })
  .chain((slugs) =>
    fc.tuple(
      ...slugs
        .sort(compareNames)
        .map((slug) =>
          fc.record({
            rows: fc.subarray(LOCALES).chain((locales) => fc.tuple(...locales.map((locale) => row(slug, locale)))),
            items: fc.array(item(slug), { maxLength: 6 }),
            problems: fc.array(fc.constantFrom(`${slug}.json:1:2 error broken docflow:bad-resource`), { maxLength: 1 }),
          }),
        ),
    ).map((parts) => parts.map((part, i): ArticleStatus => ({ slug: slugs[i]!, ...part }))),
  );

function row(slug: string, locale: string): fc.Arbitrary<StatusRow> {
  return fc.record({ translated: fc.nat(4), stale: fc.nat(2), untranslated: fc.nat(2), HT: fc.nat(3), path: fc.option(fc.constant(`/c/${locale}/${slug}.md`), { nil: undefined }) }).map((r) => {
    const segments = r.translated + r.stale + r.untranslated;
    return {
      slug,
      locale,
      segments,
      translated: r.translated,
      stale: r.stale,
      untranslated: r.untranslated,
      origins: { HT: r.HT, MT: 1, hand: 0, xliff: 2 },
      ...(r.path ? { path: r.path } : {}),
      coverage: segments === 0 ? 100 : Math.round((1000 * r.translated) / segments) / 10,
    };
  });
}

function item(slug: string): fc.Arbitrary<StatusItem> {
  return fc.record({ locale: fc.constantFrom(...LOCALES), state: fc.constantFrom(...STATES), key: fc.constantFrom('intro.1', 'proc-1.step-2.3'), reference: fc.string({ unit: 'grapheme', maxLength: 8 }), value: fc.option(fc.string({ maxLength: 5 }), { nil: undefined }) }).map((i) => ({
    slug,
    ...i,
    ...(i.value === undefined ? {} : { value: i.value }),
  }));
}

describe('status made as the articles come', () => {
  it('lists what the whole report listed: the same open rows in the same order, the same counts and totals', () => {
    fc.assert(
      fc.property(articles, fc.boolean(), fc.integer({ min: 0, max: 5 }), (parts, all, shown) => {
        const limit = all ? Infinity : shown;
        const rows = parts.flatMap((p) => p.rows);
        const items = parts.flatMap((p) => p.items);
        const summary = new StatusSummary({ all, limit });
        for (const part of parts) summary.add(part);
        // The whole report's way: every open row, sorted (stably) by coverage then article, cut.
        const open = rows.filter((r) => all || r.coverage < 100).sort((a, b) => a.coverage - b.coverage || compareNames(a.slug, b.slug));
        expect(summary.openRows()).toEqual(open.slice(0, limit));
        expect(summary.openCount).toBe(open.length);
        for (const state of STATES) {
          const of = items.filter((i) => i.state === state);
          expect(summary.items[state]).toEqual({ first: of.slice(0, limit), count: of.length });
        }
        expect(summary.totals()).toEqual(statusTotals(rows));
        expect(summary.articles).toBe(new Set(rows.map((r) => r.slug)).size);
        expect(summary.problems).toEqual(parts.flatMap((p) => p.problems));
      }),
      { numRuns: 500 },
    );
  });

  it('writes the bytes JSON.stringify gives the whole report, with or without what a part of a matrix was run on', () => {
    const matrix = fc.option(fc.record({ shard: fc.constantFrom('1/2', '3/3'), locale: fc.constantFrom('fr-FR', 'zh-CN'), articles: fc.array(fc.string()), listing: fc.string() }, { requiredKeys: ['shard'] }), { nil: undefined });
    fc.assert(
      fc.property(articles, matrix, (parts, part) => {
        const rows = parts.flatMap((p) => p.rows);
        const whole = { rows, totals: statusTotals(rows), items: parts.flatMap((p) => p.items), problems: parts.flatMap((p) => p.problems), ...part };
        const summary = new StatusSummary({ limit: 0 });
        expect([...statusJsonPieces(parts, summary, part)].join('')).toBe(`${JSON.stringify(whole, null, 2)}\n`);
        expect(summary.totals()).toEqual(whole.totals);
        expect(summary.problems).toEqual(whole.problems);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps the sentences’ order when there are more than it holds in memory', () => {
    const parts: ArticleStatus[] = Array.from({ length: 400 }, (_, a) => {
      const slug = `article-${String(a).padStart(3, '0')}`;
      const items = Array.from({ length: 50 }, (_, i): StatusItem => ({ slug, locale: 'fr-FR', key: `intro.${i}`, state: 'untranslated', reference: `Sentence ${i} of ${slug}, long enough: ${'x'.repeat(80)}` }));
      return { slug, rows: [], items, problems: [] };
    });
    const text = [...statusJsonPieces(parts, new StatusSummary({ limit: 0 }))].join('');
    const items = (JSON.parse(text) as { items: StatusItem[] }).items;
    expect(items).toHaveLength(20_000);
    expect(items).toEqual(parts.flatMap((p) => p.items));
  });
});

describe('the status memo, kept for runs of articles', () => {
  /** Every entry of the status memo under a cache home, with its bytes. */
  const entries = (home: string) =>
    Object.fromEntries(
      fs
        .readdirSync(home, { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile() && e.parentPath.split(path.sep).includes('status'))
        .map((e) => [path.join(e.parentPath, e.name), fs.readFileSync(path.join(e.parentPath, e.name)).toString('base64')]),
    );

  it('rewrites only the run of an article whose file changed, and says what a run without a cache says', async () => {
    // Articles in order: one alone, then two runs of two, each run started by a name that starts one.
    const starts = Array.from({ length: 4000 }, (_, i) => `topic-${i}`).filter((name) => startsRun(name) && !startsRun(`${name}-more`));
    const [first, second] = starts.sort(compareNames);
    const slugs = ['a-first', first!, `${first}-more`, second!, `${second}-more`];
    const content = folderWith(Object.fromEntries(slugs.map((slug) => [`fr-FR/${slug}.md`, { fixture: '../../content/fr-FR/add-a-new-customer.md' }])));
    const locales = tempDir();
    const home = tempDir();
    const run = async (...more: string[]) => {
      const { io, out } = memoryIo({ XDG_CACHE_HOME: home });
      expect(await runCli(['status', '--content', content, '--locales', locales, '--format', 'json', ...more], io)).toBe(0);
      return out();
    };
    await run('--no-cache');
    expect(await runCli(['extract', '--content', content, '--locales', locales, '--no-cache'], memoryIo().io)).toBe(0);
    const cold = await run();
    const kept = entries(home);
    expect(Object.keys(kept)).toHaveLength(3);
    expect(await run()).toBe(cold);
    expect(entries(home)).toEqual(kept);

    const file = path.join(locales, 'fr-FR', `${second}-more.json`);
    const resource = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, string>;
    resource['title.103'] = 'Ajouter un nouveau client';
    fs.writeFileSync(file, JSON.stringify(resource));
    const warm = await run();
    expect(warm).toBe(await run('--no-cache'));
    expect(warm).not.toBe(cold);
    const now = entries(home);
    const changed = Object.keys(now).filter((entry) => now[entry] !== kept[entry]);
    expect(changed).toHaveLength(1);
    expect(Object.keys(now)).toHaveLength(3);
  });
});
