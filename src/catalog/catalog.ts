/**
 * The translators' view of one article in one locale: every string with its reference English,
 * its translation, the English that translation was made from, where it came from, and its
 * state. It is the merge of what the article says now and what locales/ holds (merge.ts),
 * computed in memory: `extract` writes it, `status`, `lint` and `export` read it.
 */
import fs from 'node:fs';
import { readMessages, resourcePath } from './locale-files.js';
import { mergeLocale, type MergeResult } from './merge.js';
import { provenancePath, readProvenance, type Origin } from './provenance.js';
import { SOURCE_LOCALE, type ArticleResources, type LocaleOrigin, type Messages } from './resources.js';
import type { Workspace } from './workspace.js';
import { settleMemory } from '../runtime/memory-budget.js';
import { sameText } from '../text/same-text.js';
import { leftInEnglish, PRODUCT_NAMES } from './left-in-english.js';
import { identifierRows } from './table-row.js';
import { entryKind, type EntryKind } from './entry-kind.js';

export { entryKind, type EntryKind } from './entry-kind.js';

export type EntryState = 'translated' | 'stale' | 'untranslated';

export interface CatalogEntry {
  key: string;
  kind: EntryKind;
  /** The English now (en-US), where the string has one. */
  reference?: string;
  value?: string;
  /** The English the translation was made from. */
  from?: string;
  origin?: Origin;
  state: EntryState;
}

export interface LocaleCatalog {
  slug: string;
  locale: string;
  entries: CatalogEntry[];
  /** The entries one at a time, each made as it is read (`entries` keeps them all). */
  each(): Iterable<CatalogEntry>;
  /** One key's entry, made when asked for. */
  entry(key: string): CatalogEntry | undefined;
  /** How many strings are stale (counted without making the entries). */
  readonly stale: number;
  merge: MergeResult;
  /** The locale's article, when the content has one. */
  article?: LocaleOrigin;
}



/**
 * Whether a key is one the article's structure has now, in any locale: asked of its dictionaries
 * and its segment numbers, not a set of every key (a long article has 100,000).
 */
export function liveKeys(resources: ArticleResources): { has(key: string): boolean } {
  const { segments, parts } = resources.keys;
  let partKeys: Set<string> | undefined;
  return {
    has(key) {
      for (const messages of resources.messages.values()) if (Object.hasOwn(messages, key)) return true;
      // A segment's key is `<where>.<n>`.
      if (segments.get(Number(key.slice(key.lastIndexOf('.') + 1))) === key) return true;
      return (partKeys ??= new Set(parts.values())).has(key);
    },
  };
}

/** The locales an article has strings in, from its content or from locales/ (en-US aside). */
export function translatedLocales(workspace: Workspace, slug: string): string[] {
  const resources = workspace.article(slug).resources;
  const fromFiles = workspace.resourceLocales(slug);
  return [...new Set([...resources.messages.keys(), ...fromFiles])].filter((l) => l !== SOURCE_LOCALE).sort();
}

/**
 * `allow`: the names a translation may keep in English, the product's and a team's own (`status
 * --config`): a sentence of them is not "still in English".
 */
export function localeCatalog(workspace: Workspace, slug: string, locale: string, allow: readonly string[] = PRODUCT_NAMES): LocaleCatalog {
  const { resources } = workspace.article(slug);
  const reference = resources.messages.get(SOURCE_LOCALE) ?? {};
  const values = resources.messages.get(locale) ?? {};
  const article = resources.origins.get(locale);
  const merge = mergeWithFiles(workspace, slug, locale, reference);
  const cells = nameCells(resources, locale, reference, merge, allow);
  const nameCell = (key: string) => cells.has(key);
  // The files as read are gone with mergeWithFiles's frame: collected here, not held to the end.
  settleMemory();
  let entries: CatalogEntry[] | undefined;
  const catalog: LocaleCatalog = {
    slug,
    locale,
    // Built when read: `extract` needs the merge and the stale count, not an object per string
    // (a 20 MB article has 100,000 of them).
    get entries() {
      return (entries ??= [...catalog.each()]);
    },
    *each() {
      for (const key of catalogKeys(reference, values, merge)) yield entryOf(key, reference, merge, allow, nameCell);
    },
    entry: (key) => (Object.hasOwn(reference, key) || Object.hasOwn(merge.messages, key) ? entryOf(key, reference, merge, allow, nameCell) : undefined),
    get stale() {
      let count = 0;
      for (const key of catalogKeys(reference, values, merge)) if (stateOf(key, reference, merge, allow, nameCell) === 'stale') count++;
      return count;
    },
    merge,
    ...(article ? { article } : {}),
  };
  return catalog;
}

/**
 * The sentences still in English that are cells of an offer table's row (one with the offer's
 * ID), where the locale's article has them, else the reference: an offer's name there may stay in
 * English. Found when the catalog is made, as keys only: a lookup kept for later held the
 * article's documents through the places (an export's units are made after the workspace lets
 * the article go). Only a sentence still in English reads its file.
 */
function nameCells(resources: ArticleResources, locale: string, reference: Messages, merge: MergeResult, allow: readonly string[]): ReadonlySet<string> {
  const found = new Set<string>();
  const rows = new Map<string, (line: number) => boolean>();
  for (const key of Object.keys(reference)) {
    const value = merge.messages[key];
    if (value === undefined || entryKind(key) !== 'segment' || !isEnglishStill(value, reference[key], merge.provenance.strings[key]?.from, allow, false)) continue;
    const place = resources.places.get(locale)?.get(key) ?? resources.places.get(resources.canonical.locale)?.get(key);
    if (!place) continue;
    let inRow = rows.get(place.path);
    if (!inRow) rows.set(place.path, (inRow = identifierRows(place.path)));
    if (inRow(place.line)) found.add(key);
  }
  return found;
}

/**
 * What the article says in the locale merged into its files in locales/. A long article's files
 * and its merge make garbage by the hundred megabytes: kept within the memory budget between the
 * steps (a 20 MB article's status peaked at 355 MB without, 295 MB with).
 */
function mergeWithFiles(workspace: Workspace, slug: string, locale: string, reference: Messages): MergeResult {
  const { resources } = workspace.article(slug);
  const file = resourcePath(workspace.localesDir, locale, slug, workspace.localeListing().folders);
  const values = resources.messages.get(locale) ?? {};
  // Merged into and written again: a value that is not a string stops it, as broken JSON does (left out, it would be lost).
  const existing: Messages | undefined = fs.existsSync(file) ? readMessages(file, undefined, undefined, true) : undefined;
  if (existing) shareStrings(existing, (key) => values[key]);
  settleMemory();
  const provenance = readProvenance(provenancePath(workspace.localesDir, locale, slug));
  shareStrings(provenance.strings, (key) => reference[key], 'from');
  settleMemory();
  return mergeLocale({
    article: { values, sources: resources.sources.get(locale) ?? {}, origin: resources.origins.get(locale)?.translation ?? 'HT' },
    existing,
    provenance,
    reference,
    live: liveKeys(resources),
  });
}

/**
 * A file's strings that the article has too, made the article's: JSON gives a new string each,
 * so a long article's translations and the English they were made from were in memory twice
 * through each merge. `field` when the file's values are records (provenance: `from`).
 */
function shareStrings(read: Record<string, unknown>, known: (key: string) => string | undefined, field?: string): void {
  for (const key of Object.keys(read)) {
    const mine = known(key);
    if (typeof mine !== 'string') continue;
    // A record a person broke (null, a string) is the merge's to judge, not this.
    const holder = field === undefined ? read : read[key];
    if (!holder || typeof holder !== 'object') continue;
    const at = field ?? key;
    if ((holder as Record<string, unknown>)[at] === mine) (holder as Record<string, unknown>)[at] = mine;
  }
}

/**
 * Every key of the locale's catalog: the reference's, then the merge's own, the article's first
 * (in the merge's order however it was made, see mergeLocale).
 */
function* catalogKeys(reference: Messages, values: Messages, merge: MergeResult): Generator<string> {
  yield* Object.keys(reference);
  for (const key of Object.keys(values)) if (!Object.hasOwn(reference, key) && Object.hasOwn(merge.messages, key)) yield key;
  for (const key of Object.keys(merge.messages)) if (!Object.hasOwn(reference, key) && !Object.hasOwn(values, key)) yield key;
}

function entryOf(key: string, reference: Messages, merge: MergeResult, allow: readonly string[], nameCell: (key: string) => boolean): CatalogEntry {
  const value = merge.messages[key];
  const known = merge.provenance.strings[key];
  return {
    key,
    kind: entryKind(key),
    ...(reference[key] !== undefined ? { reference: reference[key] } : {}),
    ...(value !== undefined ? { value } : {}),
    ...(known ? { from: known.from, origin: known.origin } : {}),
    state: stateOf(key, reference, merge, allow, nameCell),
  };
}

function stateOf(key: string, reference: Messages, merge: MergeResult, allow: readonly string[], nameCell: (key: string) => boolean): EntryState {
  const value = merge.messages[key];
  if (value === undefined || isBlank(value, reference[key])) return 'untranslated';
  const kind = entryKind(key);
  const from = merge.provenance.strings[key]?.from;
  if (kind === 'segment' && sentenceUntranslated(value, reference[key], from, allow, () => nameCell(key))) return 'untranslated';
  const translatable = kind === 'segment' || kind === 'label' || kind === 'input';
  return translatable && key in reference && !sameText(from, reference[key]) ? 'stale' : 'translated';
}

/**
 * A sentence whose translation is its English, today's or the one it was made from: what `apply
 * --create` writes for one it has no translation of, under the reference's `ms.translationtype:
 * HT`. It is none, by lint's own `untranslated` test (names, code and numbers kept in English
 * pass), so status does not count it human and export does not hand it off as done.
 */
function isEnglishStill(value: string, english: string | undefined, from: string | undefined, allow: readonly string[], nameCell: boolean): boolean {
  return [english, from].some((source) => source !== undefined && leftInEnglish(value, source, allow, nameCell));
}

/**
 * Whether a sentence's translation counts as none: missing, blank, or its English still. What
 * `status` counts untranslated, and what `apply --create` says stays in English in the article it
 * makes (it counted every sentence it had no string of, names and numbers kept in English too:
 * "13 still in English" where status on the new article said 9).
 */
export function sentenceUntranslated(value: string | undefined, english: string | undefined, from?: string, allow: readonly string[] = PRODUCT_NAMES, nameCell: () => boolean = () => false): boolean {
  if (value === undefined || isBlank(value, english)) return true;
  // Where it stands is asked only of a sentence still in English (its file read then, not before).
  return isEnglishStill(value, english, from, allow, false) && !(nameCell() && !isEnglishStill(value, english, from, allow, true));
}

/**
 * A value with no text where the English has some: what i18next-parser writes for a string not
 * translated yet, or a value cleared to be done again. The reader sees the next language there
 * (i18next's returnEmptyString is off), so it is no translation: status counted it translated,
 * and apply wrote it over the article's sentence.
 */
export function isBlank(value: string, english: string | undefined): boolean {
  return value.trim() === '' && english !== undefined && english.trim() !== '';
}
