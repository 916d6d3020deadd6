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
import { englishLeft, hasWordsToTranslate, PRODUCT_NAMES } from './left-in-english.js';
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
  const nameCell = nameCells(resources, locale, reference, merge, allow);
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
      // Whether a sentence is still in English is asked only of one that may be stale: the
      // others' state is not asked, and `extract`, which needs no more, reads no article for it.
      for (const key of catalogKeys(reference, values, merge)) if (changedEnglish(key, reference, merge) && stateOf(key, reference, merge, allow, nameCell) === 'stale') count++;
      return count;
    },
    merge,
    ...(article ? { article } : {}),
  };
  return catalog;
}

/**
 * Whether a sentence still in English is a cell of an offer table's row (one with the offer's
 * ID), where the locale's article has it, else the reference: an offer's name there may stay in
 * English. Asked only of a sentence left in English that reads as an offer's name (see
 * sentenceUntranslated), and its file read on the first such question, not when the catalog is
 * made (a cold extract opened the article files of every catalog with one). The places of the
 * sentences that can ask are found when the catalog is made, as numbers: a lookup kept for later
 * held the article's documents through the places (an export's units are made after the
 * workspace lets the article go).
 */
function nameCells(resources: ArticleResources, locale: string, reference: Messages, merge: MergeResult, allow: readonly string[]): (key: string) => boolean {
  let asking: Map<string, { path: string; line: number }> | undefined;
  for (const key of Object.keys(reference)) {
    const value = merge.messages[key];
    if (value === undefined || entryKind(key) !== 'segment' || englishStill(value, reference[key], merge.provenance.strings[key]?.from, allow) !== 'name') continue;
    const place = resources.places.get(locale)?.get(key) ?? resources.places.get(resources.canonical.locale)?.get(key);
    if (place) (asking ??= new Map()).set(key, { path: place.path, line: place.line });
  }
  if (!asking) return () => false;
  const rows = new Map<string, (line: number) => boolean>();
  return (key) => {
    const place = asking.get(key);
    if (!place) return false;
    let inRow = rows.get(place.path);
    if (!inRow) rows.set(place.path, (inRow = identifierRows(place.path)));
    return inRow(place.line);
  };
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
  // The English apply --create wrote, which no one has changed: known untranslated, however short (a title, a label).
  if (merge.provenance.strings[key]?.origin === 'english' && hasWordsToTranslate(value, allow)) return 'untranslated';
  if (entryKind(key) === 'segment' && sentenceUntranslated(value, reference[key], merge.provenance.strings[key]?.from, allow, () => nameCell(key))) return 'untranslated';
  return changedEnglish(key, reference, merge) ? 'stale' : 'translated';
}

/** A string translated from another English than the reference's now: stale, if it is translated at all (see stateOf). */
function changedEnglish(key: string, reference: Messages, merge: MergeResult): boolean {
  const kind = entryKind(key);
  const translatable = kind === 'segment' || kind === 'label' || kind === 'input';
  return translatable && key in reference && !sameText(merge.provenance.strings[key]?.from, reference[key]);
}

/**
 * A sentence whose translation is its English, today's or the one it was made from: what `apply
 * --create` writes for one it has no translation of, under the reference's `ms.translationtype:
 * HT`. It is none, by lint's own `untranslated` test (names, code and numbers kept in English
 * pass), so status does not count it human and export does not hand it off as done. Asked once
 * of each English (see englishLeft): `sentence` when either is left as a sentence wherever it
 * stands, else `name` when either is left as what reads as an offer's name.
 */
function englishStill(value: string, english: string | undefined, from: string | undefined, allow: readonly string[]): false | 'sentence' | 'name' {
  let still: false | 'name' = false;
  for (const source of [english, from]) {
    const left = source === undefined ? false : englishLeft(value, source, allow);
    if (left === 'sentence') return left;
    still ||= left;
  }
  return still;
}

/**
 * Whether a sentence's translation counts as none: missing, blank, or its English still. What
 * `status` counts untranslated, and what `apply --create` says stays in English in the article it
 * makes (it counted every sentence it had no string of, names and numbers kept in English too:
 * "13 still in English" where status on the new article said 9).
 */
export function sentenceUntranslated(value: string | undefined, english: string | undefined, from?: string, allow: readonly string[] = PRODUCT_NAMES, nameCell: () => boolean = () => false): boolean {
  if (value === undefined || isBlank(value, english)) return true;
  // English left as an offer's name is one in a cell of an offer table's row: where it stands is
  // asked of such a sentence alone (its file read then, not before).
  const still = englishStill(value, english, from, allow);
  return still === 'sentence' || (still === 'name' && !nameCell());
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
