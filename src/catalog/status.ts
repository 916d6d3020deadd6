/**
 * Translation status: per article and locale, how many of its sentences are translated, stale
 * (translated from an English that has changed since) or untranslated, how they were made
 * (human, machine, hand edit, XLIFF), the last hand-off and the coverage; and the stale and
 * untranslated sentences themselves, with where they are.
 */
import { ResourceError } from './locale-files.js';
import { entryKind, localeCatalog, translatedLocales, type CatalogEntry } from './catalog.js';
import { SOURCE_LOCALE } from './resources.js';
import type { Origin } from './provenance.js';
import type { Workspace } from './workspace.js';
import type { Question } from './content-questions.js';
import { ArticleMemo } from './article-memo.js';
import { compareNames } from '../text/name-order.js';

export interface StatusRow {
  slug: string;
  locale: string;
  segments: number;
  translated: number;
  stale: number;
  untranslated: number;
  /** Translated or stale sentences by how they were made. */
  origins: Record<Origin, number>;
  /** `ms.lasthandoff` of the locale's article. */
  handoff?: string;
  /** The locale's article file. */
  path?: string;
  /** translated / segments, 0–100, one decimal. */
  coverage: number;
  /** The locale's resource file cannot be used (said in `problems`): its sentences count as untranslated. */
  broken?: true;
}

export interface StatusItem {
  slug: string;
  locale: string;
  key: string;
  /** `conflict`: edited in locales/ over an article translation that has changed since (see merge.ts). */
  state: 'stale' | 'untranslated' | 'conflict';
  reference: string;
  value?: string;
  from?: string;
  /** With `conflict`: what the article says now. */
  article?: string;
  path?: string;
  line?: number;
  column?: number;
}

export interface StatusReport {
  rows: StatusRow[];
  /** Sums per locale, as rows whose slug is `*`. */
  totals: StatusRow[];
  items: StatusItem[];
  /** Resource files that could not be read (`file:line:column error … docflow:bad-resource`): their locale of that article is not counted. */
  problems: string[];
  /** With `--shard i/n`: which part of the articles this report is (what `docflow merge` checks). */
  shard?: string;
}

interface KeptStatus {
  rows: StatusRow[];
  items: StatusItem[];
  questions: Question[];
}

function emptyOrigins(): Record<Origin, number> {
  return { HT: 0, MT: 0, hand: 0, xliff: 0 };
}

function coverage(row: Pick<StatusRow, 'translated' | 'segments'>): number {
  return row.segments === 0 ? 100 : Math.round((1000 * row.translated) / row.segments) / 10;
}

export function translationStatus(workspace: Workspace, slugs: readonly string[] = workspace.slugs(), only?: string): StatusReport {
  const report: StatusReport = { rows: [], totals: [], items: [], problems: [] };
  const memo = ArticleMemo.open<KeptStatus>(workspace, 'status', slugs, only);
  for (const slug of slugs) {
    // Unchanged since a run of this build (article, overlay, its resource and provenance files):
    // that run's rows and items again.
    const key = memo?.key(slug);
    const kept = memo && key ? memo.recall(slug, key) : undefined;
    if (kept) {
      report.rows.push(...kept.rows);
      report.items.push(...kept.items);
      continue;
    }
    const before = { rows: report.rows.length, items: report.items.length, problems: report.problems.length };
    const article = workspace.article(slug);
    for (const locale of translatedLocales(workspace, slug)) {
      if (only && locale !== only) continue;
      let catalog: ReturnType<typeof localeCatalog>;
      try {
        catalog = localeCatalog(workspace, slug, locale);
      } catch (error) {
        if (!(error instanceof ResourceError)) throw error;
        report.problems.push(error.message);
        // Its sentences still count, none of them usable: a broken file does not shrink the totals.
        const segments = Object.keys(article.resources.messages.get(SOURCE_LOCALE) ?? {}).filter((key) => entryKind(key) === 'segment').length;
        report.rows.push({ slug, locale, segments, translated: 0, stale: 0, untranslated: segments, origins: emptyOrigins(), coverage: coverage({ translated: 0, segments }), broken: true });
        continue;
      }
      const places = article.resources.places.get(locale) ?? new Map();
      const referencePlaces = article.resources.places.get(article.resources.canonical.locale) ?? new Map();
      const sentences = catalog.entries.filter((e: CatalogEntry) => e.kind === 'segment' && e.reference !== undefined);
      const row: StatusRow = {
        slug,
        locale,
        segments: sentences.length,
        translated: 0,
        stale: 0,
        untranslated: 0,
        origins: emptyOrigins(),
        ...(catalog.article?.handoff ? { handoff: catalog.article.handoff } : {}),
        ...(catalog.article ? { path: catalog.article.path } : {}),
        coverage: 0,
      };
      for (const entry of sentences) {
        row[entry.state]++;
        if (entry.origin && entry.state !== 'untranslated') row.origins[entry.origin]++;
        if (entry.state === 'translated') continue;
        const place = places.get(entry.key) ?? referencePlaces.get(entry.key);
        report.items.push({
          slug,
          locale,
          key: entry.key,
          state: entry.state,
          reference: entry.reference!,
          ...(entry.value !== undefined ? { value: entry.value } : {}),
          ...(entry.state === 'stale' && entry.from !== undefined ? { from: entry.from } : {}),
          ...(place ?? {}),
        });
      }
      // A person's value over an article translation changed since: counted translated, listed to be chosen between.
      for (const key of catalog.merge.conflicts) {
        const entry = catalog.entry(key);
        const now = article.resources.messages.get(locale)?.[key];
        if (!entry || entry.reference === undefined) continue;
        const place = places.get(key) ?? referencePlaces.get(key);
        report.items.push({ slug, locale, key, state: 'conflict', reference: entry.reference, ...(entry.value !== undefined ? { value: entry.value } : {}), ...(now !== undefined ? { article: now } : {}), ...(place ?? {}) });
      }
      row.coverage = coverage(row);
      report.rows.push(row);
    }
    // A run with a broken file is not kept: the next one must say it again.
    if (memo && key && report.problems.length === before.problems) memo.remember(slug, key, { rows: report.rows.slice(before.rows), items: report.items.slice(before.items), questions: article.questions });
    workspace.forget(slug);
  }
  memo?.save();
  report.totals = statusTotals(report.rows);
  return report;
}

/** Sums per locale of article rows, as rows whose slug is `*` (also what merging shards recomputes). */
export function statusTotals(rows: readonly StatusRow[]): StatusRow[] {
  const byLocale = new Map<string, StatusRow>();
  for (const row of rows) {
    const total = byLocale.get(row.locale) ?? { slug: '*', locale: row.locale, segments: 0, translated: 0, stale: 0, untranslated: 0, origins: emptyOrigins(), coverage: 0 };
    total.segments += row.segments;
    total.translated += row.translated;
    total.stale += row.stale;
    total.untranslated += row.untranslated;
    for (const origin of Object.keys(total.origins) as Origin[]) total.origins[origin] += row.origins[origin];
    byLocale.set(row.locale, total);
  }
  return [...byLocale.values()].sort((a, b) => compareNames(a.locale, b.locale)).map((t) => ({ ...t, coverage: coverage(t) }));
}
