/**
 * Translation status: per article and locale, how many of its sentences are translated, stale
 * (translated from an English that has changed since) or untranslated, how they were made
 * (human, machine, hand edit, XLIFF), the last hand-off and the coverage; and the stale and
 * untranslated sentences themselves, with where they are.
 */
import { ResourceError } from './locale-files.js';
import { entryKind, isBlank, localeCatalog, translatedLocales, type CatalogEntry } from './catalog.js';
import { SOURCE_LOCALE } from './resources.js';
import type { TranslationOrigin } from './provenance.js';
import type { Workspace } from './workspace.js';
import type { Question } from './content-questions.js';
import type { MatrixPart } from './matrix-part.js';
import { ArticleMemo } from './article-memo.js';
import { compareNames } from '../text/name-order.js';
import { isPrivateUse, pseudoLocalize } from './pseudo.js';
import { PRODUCT_NAMES } from './left-in-english.js';

export interface StatusRow {
  slug: string;
  locale: string;
  segments: number;
  translated: number;
  stale: number;
  untranslated: number;
  /** Translated or stale sentences by how they were made. */
  origins: Record<TranslationOrigin, number>;
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

export interface StatusReport extends Partial<MatrixPart> {
  rows: StatusRow[];
  /** Sums per locale, as rows whose slug is `*`. */
  totals: StatusRow[];
  items: StatusItem[];
  /** Resource files that could not be read (`file:line:column error … docflow:bad-resource`): their locale of that article is not counted. */
  problems: string[];
}

interface KeptStatus {
  rows: StatusRow[];
  items: StatusItem[];
  questions: Question[];
}

function emptyOrigins(): Record<TranslationOrigin, number> {
  return { HT: 0, MT: 0, hand: 0, xliff: 0 };
}

/**
 * Percent translated, to a tenth; never 100 while a sentence is left (32,359 of 32,360 rounded
 * up to 100.0%, hid the article from "below 100%" and passed `--fail-under 100`).
 */
function coverage(row: Pick<StatusRow, 'translated' | 'segments'>): number {
  if (row.segments === 0) return 100;
  const tenths = Math.round((1000 * row.translated) / row.segments) / 10;
  return row.translated < row.segments ? Math.min(tenths, 99.9) : tenths;
}

/** `--fail-under`: the exact share below the threshold, not its rounding (94.96% is below 95). */
export function coverageBelow(row: Pick<StatusRow, 'translated' | 'segments'>, threshold: number): boolean {
  return row.segments > 0 && 100 * row.translated < threshold * row.segments;
}

/** A part of the report: rows grouped by article, their sentences to work on, their broken files. */
export interface StatusPart {
  rows: StatusRow[];
  items: StatusItem[];
  problems: string[];
}

/** One article's part of the report: its rows (a locale each). */
export interface ArticleStatus extends StatusPart {
  slug: string;
}

/** The report whole: for the HTML page (which lists every row twice) and for tests. */
/** `allow`: a team's own names a translation may keep in English (lint's `allow:`), besides the product's. */
export function translationStatus(workspace: Workspace, slugs: readonly string[] = workspace.slugs(), only?: string, allow: readonly string[] = []): StatusReport {
  const report: StatusReport = { rows: [], totals: [], items: [], problems: [] };
  for (const part of articleStatuses(workspace, slugs, only, allow)) {
    report.rows.push(...part.rows);
    report.items.push(...part.items);
    report.problems.push(...part.problems);
  }
  report.totals = statusTotals(report.rows);
  return report;
}

/**
 * The report an article at a time, in the order of `slugs`, so that a command that prints it as
 * it comes holds one article's part, not a row per article and locale of the whole repository.
 */
export function* articleStatuses(workspace: Workspace, slugs: readonly string[] = workspace.slugs(), only?: string, allow: readonly string[] = []): Generator<ArticleStatus> {
  // The team's names decide what counts as still in English: a run with others keeps its own results.
  const names = allow.length > 0 ? [...PRODUCT_NAMES, ...allow] : PRODUCT_NAMES;
  const memo = ArticleMemo.open<KeptStatus>(workspace, 'status', slugs, only, allow);
  for (const slug of slugs) {
    // Unchanged since a run of this build (article, overlay, its resource and provenance files):
    // that run's rows and items again.
    const key = memo?.key(slug);
    const kept = memo && key ? memo.recall(slug, key) : undefined;
    if (kept) {
      yield { slug, rows: kept.rows, items: kept.items, problems: [] };
      continue;
    }
    const part = articleStatus(workspace, slug, only, names);
    // A run with a broken file is not kept: the next one must say it again.
    if (memo && key && part.problems.length === 0) memo.remember(slug, key, { rows: part.rows, items: part.items, questions: workspace.article(slug).questions });
    workspace.forget(slug);
    yield part;
  }
  memo?.save();
}

/**
 * The locales an article's status counts. A locale asked for is every article's, translated or
 * not yet (a new language: all of it to do). Otherwise its translated ones but a pseudo-locale,
 * which `docflow pseudo` makes of every string: no translation, it showed as a language done,
 * 100% edited.
 */
function countedLocales(workspace: Workspace, slug: string, only: string | undefined): string[] {
  if (only) return only === SOURCE_LOCALE ? [] : [only];
  return translatedLocales(workspace, slug).filter((locale) => !isPrivateUse(locale));
}

/** The pseudo-locales among locales/'s folders, which status leaves out unless asked for by name. */
export function pseudoLocales(workspace: Workspace): string[] {
  return [...workspace.localeListing().folders.keys()].filter(isPrivateUse).sort(compareNames);
}

/**
 * A pseudo-locale's sentence (`status --locale qps-Ploc`): done when it is the pseudo-text of the
 * English now, stale when the English changed since `docflow pseudo` made it (run it again),
 * untranslated when it has none. It has no provenance, so it read as a string edited in
 * locales/ and always done: every sentence "edited", 100%, the English changed or not.
 */
function pseudoState(entry: CatalogEntry): CatalogEntry['state'] {
  if (entry.value === undefined || isBlank(entry.value, entry.reference)) return 'untranslated';
  return entry.value === pseudoLocalize(entry.reference!) ? 'translated' : 'stale';
}

function articleStatus(workspace: Workspace, slug: string, only: string | undefined, allow: readonly string[]): ArticleStatus {
  const part: ArticleStatus = { slug, rows: [], items: [], problems: [] };
  const article = workspace.article(slug);
  for (const locale of countedLocales(workspace, slug, only)) {
    let catalog: ReturnType<typeof localeCatalog>;
    try {
      catalog = localeCatalog(workspace, slug, locale, allow);
    } catch (error) {
      if (!(error instanceof ResourceError)) throw error;
      part.problems.push(error.message);
      // Its sentences still count, none of them usable: a broken file does not shrink the totals.
      const segments = Object.keys(article.resources.messages.get(SOURCE_LOCALE) ?? {}).filter((key) => entryKind(key) === 'segment').length;
      part.rows.push({ slug, locale, segments, translated: 0, stale: 0, untranslated: segments, origins: emptyOrigins(), coverage: coverage({ translated: 0, segments }), broken: true });
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
    const pseudo = isPrivateUse(locale);
    // The English apply --create wrote with nothing to translate in it (code, a name kept) counts as its article says, as before it was told apart.
    const madeAs = catalog.article?.translation ?? 'HT';
    for (const entry of sentences) {
      const state = pseudo ? pseudoState(entry) : entry.state;
      row[state]++;
      // A pseudo-locale's strings are docflow pseudo's: made by no person and no machine translation.
      if (entry.origin && state !== 'untranslated' && !pseudo) row.origins[entry.origin === 'english' ? madeAs : entry.origin]++;
      if (state === 'translated') continue;
      const place = places.get(entry.key) ?? referencePlaces.get(entry.key);
      part.items.push({
        slug,
        locale,
        key: entry.key,
        state,
        reference: entry.reference!,
        ...(entry.value !== undefined ? { value: entry.value } : {}),
        ...(state === 'stale' && entry.from !== undefined ? { from: entry.from } : {}),
        ...(place ?? {}),
      });
    }
    // A person's value over an article translation changed since: counted translated, listed to be chosen between.
    for (const key of catalog.merge.conflicts) {
      const entry = catalog.entry(key);
      const now = article.resources.messages.get(locale)?.[key];
      if (!entry || entry.reference === undefined) continue;
      const place = places.get(key) ?? referencePlaces.get(key);
      part.items.push({ slug, locale, key, state: 'conflict', reference: entry.reference, ...(entry.value !== undefined ? { value: entry.value } : {}), ...(now !== undefined ? { article: now } : {}), ...(place ?? {}) });
    }
    row.coverage = coverage(row);
    part.rows.push(row);
  }
  return part;
}

/** Sums per locale of article rows, as rows whose slug is `*` (also what merging shards recomputes). */
export function statusTotals(rows: Iterable<StatusRow>): StatusRow[] {
  const totals = new StatusTotals();
  for (const row of rows) totals.add(row);
  return totals.rows();
}

/** statusTotals a row at a time, for a report printed as it comes. */
export class StatusTotals {
  private readonly byLocale = new Map<string, StatusRow>();

  add(row: StatusRow): void {
    const total = this.byLocale.get(row.locale) ?? { slug: '*', locale: row.locale, segments: 0, translated: 0, stale: 0, untranslated: 0, origins: emptyOrigins(), coverage: 0 };
    total.segments += row.segments;
    total.translated += row.translated;
    total.stale += row.stale;
    total.untranslated += row.untranslated;
    for (const origin of Object.keys(total.origins) as TranslationOrigin[]) total.origins[origin] += row.origins[origin];
    this.byLocale.set(row.locale, total);
  }

  rows(): StatusRow[] {
    return [...this.byLocale.values()].sort((a, b) => compareNames(a.locale, b.locale)).map((t) => ({ ...t, origins: { ...t.origins }, coverage: coverage(t) }));
  }
}
