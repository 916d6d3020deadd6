/**
 * `docflow lint`: the translators' checks over every translated article of a content set, as
 * vfile messages (file, line, column, rule id, severity). Segment rules run per sentence; the
 * content rules compare sentences across articles of one locale.
 */
import fs from 'node:fs';
import { VFile } from 'vfile';
import type { Document, Segment } from '../model/document.js';
import { localeCatalog, translatedLocales } from '../catalog/catalog.js';
import { ResourceError, resourcePath } from '../catalog/locale-files.js';
import { fileKeyLines } from '../catalog/key-lines.js';
import { SOURCE_LOCALE } from '../catalog/versions.js';
import type { Workspace } from '../catalog/workspace.js';
import { problemMessage, type Severity } from './rule.js';
import { targetPoint } from '../parse/sxs-segments.js';
import { ALL_RULES, PRODUCT_NAMES, SEGMENT_RULES } from './rules.js';
import { occurrence, ruleOccurrences, type Occurrence } from './consistency.js';
import { byPlace, lintAgain, type ArticleFindings, type Finding, type GroupFinding } from './lint-state.js';
import { groupOf, OccurrenceSpill } from './occurrence-spill.js';
import { packOccurrences, unpackOccurrences, type Located, type PackedOccurrences } from './packed-occurrences.js';
import { articleInputs, fileHash } from '../catalog/article-inputs.js';
import { keepInCache } from '../catalog/article-cache.js';
import { contentHash, type Cache } from '../catalog/cache.js';
import { itemsScope } from '../catalog/packed-memo.js';
import { compareNames } from '../text/name-order.js';
import { counted } from '../text/counted.js';
import { shownInvisibles } from '../text/shown-invisibles.js';
import { remeasureLive, settleMemory } from '../runtime/memory-budget.js';
import { clipped } from '../text/clipped.js';

export interface LintOptions {
  slugs?: readonly string[];
  locale?: string;
  /** Rule id → severity, or off; rules not named keep their default. */
  severities?: ReadonlyMap<string, Severity | 'off'>;
  /** More names a translation may keep in English. */
  allow?: readonly string[];
}

export interface LintResult {
  files: VFile[];
  /** Rule id → findings, after severities and `off`. */
  counts: Map<string, number>;
}

export function lint(workspace: Workspace, options: LintOptions = {}): LintResult {
  const sink = messageSink(options.severities);
  for (const [rule, path, reason, line, column] of allFindings(workspace, options)) sink.reportAt(rule, path, reason, { line, column });
  return sink.result();
}

/**
 * Every finding before severities, the content rules' included. Kept between runs for the same
 * articles and settings (lint-state.ts): a run where nothing changed reads one entry, and one
 * after an article changed lints that article and compares again only what it shares.
 */
function allFindings(workspace: Workspace, options: LintOptions): Finding[] {
  const cache = workspace.parseCache;
  const settings = lintSettings(options);
  const slugs = options.slugs ?? workspace.slugs();
  if (!cache) {
    // Each article linted when the comparison comes to it, and let go with its sentences spilled.
    const linted = function* () {
      for (const slug of slugs) yield articleFindings(workspace, slug, undefined, options, settings);
    };
    return joinedFindings(linted());
  }
  const keys = slugs.map((slug) => articleKey(cache, workspace, slug, options, settings));
  // The locales' glossaries come from every file of the content, not only the articles linted.
  const everything = contentHash([...keys, ...contentHashes(workspace)].join('\0'));
  const scope = [workspace.contentDir, workspace.localesDir, options.locale ?? '*', settings.allow.join('\0'), itemsScope(slugs, workspace.slugs())];
  return lintAgain(cache, scope, { slugs, keys, everything }, {
    article: (slug, key) => articleFindings(workspace, slug, key, options, settings),
    answered: workspace.stillAnswered,
    compare: compareAcrossArticles,
  });
}

/**
 * The lint of some articles before anything is compared across them: what a `--shard` job
 * prints, and what `docflow merge` joins and finishes (the content rules need every article).
 */
/** What a `lint --shard` prints is marked so, for `docflow merge` to tell it from a status report. */
export const LINT_PART = 'lint-part';

export interface LintPart {
  findings: ArticleFindings['findings'];
  sentences: ArticleFindings['sentences'];
  labels: ArticleFindings['labels'];
}

/**
 * A lint part as `lint --shard` writes it: the sentences in columns (packed-occurrences.ts), each
 * locale and path once and the compared keys only where they differ from the text; about half
 * the bytes, and half what `docflow merge` parses per part.
 */
export interface PackedLintPart extends Omit<LintPart, 'sentences' | 'labels'> {
  sentences: PackedOccurrences;
  labels: PackedOccurrences;
}

export function packLintPart(part: LintPart): PackedLintPart {
  return { findings: part.findings, sentences: packOccurrences(part.sentences), labels: packOccurrences(part.labels) };
}

/** A part as written, in columns, or as lists (what builds before the columns wrote). */
export function unpackLintPart(part: PackedLintPart | LintPart): LintPart {
  const list = (value: PackedOccurrences | Located[]) => (Array.isArray(value) ? value : unpackOccurrences(value));
  return { findings: part.findings, sentences: list(part.sentences), labels: list(part.labels) };
}

export function lintPart(workspace: Workspace, options: LintOptions = {}): LintPart {
  const settings = lintSettings(options);
  const part: LintPart = { findings: [], sentences: [], labels: [] };
  const cache = workspace.parseCache;
  for (const slug of options.slugs ?? workspace.slugs()) {
    const found = articleFindings(workspace, slug, cache && articleKey(cache, workspace, slug, options, settings), options, settings);
    part.findings.push(...found.findings);
    part.sentences.push(...found.sentences);
    part.labels.push(...found.labels);
  }
  return part;
}

/**
 * A part's own findings at the levels asked: what a `--shard` job shows, counts and exits by. The
 * content rules need every article: their findings come with the merge.
 */
export function partResult(part: LintPart, severities?: LintOptions['severities']): LintResult {
  const sink = messageSink(severities);
  for (const [rule, path, reason, line, column] of part.findings) sink.reportAt(rule, path, reason, { line, column });
  return sink.result();
}

/**
 * Lint parts of shards joined: their findings, and the content rules run over all of them. The
 * parts are taken one at a time (a generator may read each when its turn comes): their
 * sentences go out of the heap as they come, so a merge holds one part, not the content.
 */
export function joinLintParts(parts: Iterable<LintPart>, severities?: LintOptions['severities']): LintResult {
  const sink = messageSink(severities);
  for (const [rule, path, reason, line, column] of joinedFindings(parts)) sink.reportAt(rule, path, reason, { line, column });
  return sink.result();
}

/**
 * The findings of parts (articles, or shards' lints), then the content rules' over all of them,
 * each part's sentences out of the heap as it comes (occurrence-spill.ts).
 */
function joinedFindings(parts: Iterable<LintPart>): Finding[] {
  const findings: Finding[] = [];
  const spill = new OccurrenceSpill();
  try {
    for (const part of parts) {
      for (const finding of part.findings) findings.push(finding);
      spill.add(part);
    }
    const compared = spill.compare(compareAcrossArticles).sort((a, b) => byPlace(a[1], b[1]));
    return [...findings, ...compared.map(([, finding]) => finding)];
  } finally {
    spill.close();
  }
}

/** How a finding is told. */
type Report = (rule: string, path: string, reason: string, at: { line: number; column: number }) => void;

/** A Report that adds each finding to `findings`. */
function reportInto(findings: Finding[]): Report {
  return (rule, path, reason, at) => findings.push([rule, path, reason, at.line, at.column]);
}

/** Findings as vfile messages at the severities asked for (`off` drops them), counted per rule. */
function messageSink(severities?: LintOptions['severities']): { reportAt: Report; result: () => LintResult } {
  const severity = (rule: string) => severities?.get(rule) ?? ALL_RULES.find((r) => r.id === rule)!.severity;
  const files = new Map<string, VFile>();
  const counts = new Map<string, number>();
  const reportAt: Report = (rule, path, reason, place) => {
    const level = severity(rule);
    if (level === 'off') return;
    let file = files.get(path);
    if (!file) files.set(path, (file = new VFile({ path })));
    const message = level === 'info' ? file.info(reason, { place, ruleId: rule, source: 'docflow' }) : file.message(reason, { place, ruleId: rule, source: 'docflow' });
    message.fatal = level === 'error' ? true : level === 'warning' ? false : undefined;
    counts.set(rule, (counts.get(rule) ?? 0) + 1);
  };
  return { reportAt, result: () => ({ files: [...files.values()].sort((a, b) => compareNames(a.path, b.path)), counts }) };
}

/**
 * The content rules: one English translated several ways in a locale, sentences and UI labels;
 * each finding with its group (lint-state.ts), in one order however the sentences came. Given
 * the members of whole groups at a time (occurrence-spill.ts), not necessarily every sentence.
 */
export function compareAcrossArticles(sentences: readonly Located[], labels: readonly Located[]): GroupFinding[] {
  const byLocale = (list: readonly Located[]) => {
    const map = new Map<string, Occurrence[]>();
    for (const [locale, occurrence] of list) {
      const group = map.get(locale);
      if (group) group.push(occurrence);
      else map.set(locale, [occurrence]);
    }
    return map;
  };
  const out: GroupFinding[] = [];
  const add = (kind: 'sentence' | 'label', locale: string, occurrence: Occurrence, rule: string, reason: string) =>
    out.push([groupOf(kind, [locale, occurrence]), [rule, occurrence.path, reason, occurrence.line, occurrence.column]]);
  for (const [locale, list] of byLocale(sentences)) {
    for (const finding of ruleOccurrences(list, SENTENCE_WORDS)) {
      add('sentence', locale, finding.occurrence, 'inconsistent-translation', `“${quoted(finding.occurrence.english)}” is translated ${finding.ways} ways in ${locale}; most often “${quoted(finding.usual)}” (${finding.usualCount}×)`);
    }
  }
  for (const [locale, list] of byLocale(labels)) {
    for (const finding of ruleOccurrences(list, 1)) {
      add('label', locale, finding.occurrence, 'label-glossary', `the UI label “${shownInvisibles(finding.occurrence.english)}” is “${shownInvisibles(finding.occurrence.translation)}” here but “${shownInvisibles(finding.usual)}” in ${counted(finding.usualCount, 'other place')} in ${locale}`);
    }
  }
  return out.sort((a, b) => byPlace(a[1], b[1]));
}

/** ArticleFindings as its memo keeps them. */
interface KeptFindings extends Omit<ArticleFindings, 'sentences' | 'labels'> {
  sentences: PackedOccurrences;
  labels: PackedOccurrences;
}

/** Sentences shorter than this are not compared across articles (nor kept to be). */
const SENTENCE_WORDS = 3;

interface Settings {
  allow: readonly string[];
}

function lintSettings(options: LintOptions): Settings {
  return { allow: [...PRODUCT_NAMES, ...(options.allow ?? [])] };
}

/** An article's lint memo: under its files, overlay, resource and provenance files and the lint's own settings. */
function articleKey(cache: Cache, workspace: Workspace, slug: string, options: LintOptions, settings: Settings): string {
  return cache.key('lint', workspace.localesDir, options.locale ?? '*', settings.allow.join('\0'), ...articleInputs(workspace, slug, { resources: true }));
}

/**
 * An article's findings: kept between runs under its key, while the locales answer its glossary
 * questions alike. The article goes before they are kept: a long one's are packed and written
 * beside its sentences only.
 */
function articleFindings(workspace: Workspace, slug: string, key: string | undefined, options: LintOptions, settings: Settings): ArticleFindings {
  const cache = workspace.parseCache;
  const kept = key ? cache!.get<KeptFindings>(key, (saved) => workspace.stillAnswered(saved.questions)) : undefined;
  if (kept) return { ...kept, sentences: unpackOccurrences(kept.sentences), labels: unpackOccurrences(kept.labels) };
  const out = lintArticle(workspace, slug, options, settings);
  const long = workspace.isLongArticle(slug);
  workspace.forget(slug);
  // A long article's in parts (see cache-parts.ts), as its parse is: whole, their bytes were held at once.
  if (key) keepInCache(cache!, key, { ...out, sentences: packOccurrences(out.sentences), labels: packOccurrences(out.labels) } satisfies KeptFindings, long);
  return out;
}

/**
 * An article linted, in a frame of its own: a local holding the article where it is let go
 * would keep it through the collection that lets it go (see Workspace.forget).
 */
function lintArticle(workspace: Workspace, slug: string, options: LintOptions, settings: Settings): ArticleFindings {
  const article = workspace.article(slug);
  const out: ArticleFindings = { findings: [], sentences: [], labels: [], questions: article.questions };
  const report = reportInto(out.findings);
  const copy = !workspace.ownsStrings(slug);
  // The strings edited in locales/ first, while no sentence is held yet: a long article's catalogs
  // are merged beside its document alone. Their findings go after the document's, as they always
  // came. With the two above, the densest article's lint 277–283 → 235–239 MB (cold, the cache
  // on), 266 → 237 (read from the cache), the 20 MB one's 209 → 200 (no cache).
  const edited: Finding[] = [];
  lintEditedStrings(workspace, slug, options, settings, reportInto(edited));
  for (const parsed of article.files) {
    const document = article.documents.find((d) => d.path === parsed.path);
    if (!document || (options.locale && document.locale !== options.locale)) continue;
    for (const m of parsed.messages) if (m.ruleId !== 'bad-frontmatter') report('sxs-integrity', document.path, `${m.reason} (${m.ruleId})`, { line: m.line ?? 1, column: m.column ?? 1 });
  }
  for (const document of article.documents) {
    if (!document.sxs || document.locale === SOURCE_LOCALE || (options.locale && document.locale !== options.locale)) continue;
    if (String(document.frontmatter['ms.translationtype'] ?? '').toUpperCase() === 'MT') {
      report('machine-translated', document.path, 'machine translated (ms.translationtype: MT): have it reviewed', { line: 2, column: 1 });
    }
    const at = (s: Segment) => ({ path: document.path, line: s.line, column: s.column });
    for (const segment of document.segments) {
      for (const rule of SEGMENT_RULES) {
        for (const problem of rule.check(segment, document, settings)) {
          // Said where the rule points in the translation, else at the sentence.
          report(rule.id, document.path, problemMessage(problem), typeof problem === 'string' ? at(segment) : targetPoint(segment, problem.at));
        }
      }
      const sentence = occurrence(at(segment), segment.source, segment.target, true, copy);
      if (sentence.words >= SENTENCE_WORDS) out.sentences.push([document.locale, sentence]);
    }
    // UI labels of the steps' sentences, as the resources paired them for the screens.
    const own = new Map(document.segments.map((s) => [s.n, s]));
    for (const label of article.resources.labels.get(document.locale) ?? []) {
      const segment = own.get(label.n);
      if (!segment) continue;
      if (label.target === undefined) report('label-unpaired', document.path, `no UI label in the translation can be told to be “${label.source}”`, at(segment));
      else out.labels.push([document.locale, occurrence(at(segment), label.source, label.target, false, copy)]);
    }
  }
  out.findings.push(...edited);
  return out;
}

/** Every file of the content with its hash. */
function contentHashes(workspace: Workspace): string[] {
  return [...workspace.content.articles.values()].flatMap((files) => [...files.values()].flatMap((f) => [f.path, fileHash(workspace, f.path)]));
}

/** A sentence quoted in a finding: clipped (at a whole character: an emoji was cut in two), its invisible characters named. */
function quoted(text: string): string {
  return shownInvisibles(text.length > 80 ? clipped(text, 78) : text);
}

/**
 * Translations made in locales/ (by hand or from XLIFF) are not in any article yet: check them
 * against the reference English too, at their line in the resource file.
 */
function lintEditedStrings(
  workspace: Workspace,
  slug: string,
  options: LintOptions,
  settings: Settings,
  report: Report,
): void {
  for (const locale of translatedLocales(workspace, slug)) {
    if (options.locale && locale !== options.locale) continue;
    // In a frame of its own: the last locale's catalog is let go before the next one is merged
    // (a loop's variables hold theirs until assigned again; a long article's two at once).
    lintLocaleEdits(workspace, slug, locale, settings, report);
    // A long article's catalog goes now: the next locale's files are read into the room it
    // leaves, not on top of it (the 20 MB article's fr-FR after a de-DE of its own: 256 → 224 MB).
    if (workspace.isLongArticle(slug)) {
      remeasureLive();
      settleMemory();
    }
  }
}

/** lintEditedStrings for one locale. */
function lintLocaleEdits(workspace: Workspace, slug: string, locale: string, settings: Settings, report: Report): void {
  let catalog: ReturnType<typeof localeCatalog>;
  try {
    catalog = localeCatalog(workspace, slug, locale);
  } catch (error) {
    if (!(error instanceof ResourceError)) throw error;
    report('bad-resource', error.file, error.reason, { line: error.line, column: error.column });
    return;
  }
  const file = resourcePath(workspace.localesDir, locale, slug, workspace.localeListing().folders);
  let lineOf: ((key: string) => number) | undefined;
  let checked = 0;
  // Each entry checked as it is made, none kept: a locale whose strings are all its own (a long
  // article's 105,000) held them all at once, with the checks' garbage on top.
  for (const entry of catalog.each()) {
    if (entry.kind !== 'segment' || (entry.origin !== 'hand' && entry.origin !== 'xliff') || entry.value === undefined || entry.reference === undefined) continue;
    lineOf ??= fs.existsSync(file) ? fileKeyLines(file) : () => 1;
    const line = lineOf(entry.key);
    const segment = { source: entry.reference, target: entry.value } as Segment;
    // The locale, for the rules that read its words (numbers: "1 million" is "un million").
    for (const rule of SEGMENT_RULES) for (const problem of rule.check(segment, { locale } as Document, settings)) report(rule.id, file, `${entry.key}: ${problemMessage(problem)}`, { line, column: 3 });
    if (++checked % SETTLE_EVERY === 0) settleMemory();
  }
}

/** Edited strings checked between the memory budget's turns (each check parses two strings' markup). */
const SETTLE_EVERY = 1024;
