/**
 * One locale of one article: what its article says now, merged into what locales/ holds, the
 * way gettext's msgmerge does it. A translator's edit in locales/ is kept (and its provenance
 * says "hand"); a kept translation whose English has changed since is stale, not overwritten; a
 * key whose segment is gone is kept aside as obsolete and reported, never silently deleted. A
 * person's value whose article translation has changed since it was made is kept and reported as
 * a conflict: neither is lost without someone choosing.
 */
import type { Messages } from './resources.js';
import { sameText } from '../text/same-text.js';
import { fitted } from './fitted.js';
import { madeOver, valueHash, type Obsolete, type Origin, type Provenance, type ProvenanceFile } from './provenance.js';

export interface FromArticle {
  values: Messages;
  /** The English each value was translated from. */
  sources: Messages;
  origin: Origin;
}

export interface MergeInput {
  article: FromArticle;
  /** The locale's resource file as it is, if any. */
  existing: Messages | undefined;
  provenance: ProvenanceFile;
  /** The reference English of every live key (en-US). */
  reference: Messages;
  /** Every key the article's structure has now. */
  live: { has(key: string): boolean };
}

export interface MergeResult {
  messages: Messages;
  provenance: ProvenanceFile;
  /** Hand edits found in locales/ this time and kept. */
  handEdits: string[];
  /** Keys set aside this time because their segment is gone. */
  obsoleted: string[];
  /** Keys brought back from the obsolete ones because their segment is back. */
  restored: string[];
  /** Keys whose value a person made, and whose article translation changed since: both kept, apply refuses. */
  conflicts: string[];
}

const HUMAN: ReadonlySet<Origin> = new Set(['hand', 'xliff']);

/**
 * The merge. When it would make the file and its provenance again as they are (nothing changed
 * in the article or in locales/ since the last extract: what `status`, `lint` and `export` find),
 * they are the result as read: no second dictionary of a long article's 100,000 keys and their
 * records.
 */
export function mergeLocale(input: MergeInput): MergeResult {
  return unchanged(input) ?? mergeWhole(input);
}

/** A record's own member: keys come from files, and `constructor` is no translation. */
const own = <T>(record: Record<string, T>, key: string): T | undefined => (Object.hasOwn(record, key) ? record[key] : undefined);

/** Each key of the article, the file and the provenance once, in that order (no set of them all). */
function* everyKey(article: FromArticle, existing: Messages, provenance: ProvenanceFile): Generator<string> {
  yield* Object.keys(article.values);
  for (const key of Object.keys(existing)) if (!Object.hasOwn(article.values, key)) yield key;
  for (const key of Object.keys(provenance.strings)) if (!Object.hasOwn(article.values, key) && !Object.hasOwn(existing, key)) yield key;
}

/**
 * The file and its provenance, when mergeWhole() would keep every string of the file with its record
 * as read and nothing else: each key live, in the file, unedited (its hash the record's), and the
 * article's string the same, from the same English, of the same origin.
 */
function unchanged({ article, existing, provenance, reference, live }: MergeInput): MergeResult | undefined {
  if (!existing) return undefined;
  for (const key of Object.keys(provenance.obsolete)) if (live.has(key)) return undefined;
  for (const key of everyKey(article, existing, provenance)) {
    const current = own(existing, key);
    const known = own(provenance.strings, key);
    if (!live.has(key) || current === undefined || !wellFormed(known) || valueHash(current) !== known.hash) return undefined;
    const fromArticle = own(article.values, key);
    // A person's value without the article's hash yet takes it now; one in conflict is reported: both by the whole merge.
    if (HUMAN.has(known.origin) && fromArticle !== undefined && (known.article === undefined || changedUnder(known, fromArticle, current))) return undefined;
    if (HUMAN.has(known.origin) || fromArticle === undefined) continue;
    const from = own(article.sources, key) ?? own(reference, key) ?? '';
    if (fromArticle !== current || known.origin !== articleOrigin(known, fromArticle, from, article.origin) || known.from !== from) return undefined;
  }
  // As mergeWhole() makes them: `__proto__` a key like any other.
  Object.setPrototypeOf(existing, null);
  Object.setPrototypeOf(provenance.strings, null);
  return { messages: existing, provenance: { strings: provenance.strings, obsolete: Object.assign(Object.create(null), provenance.obsolete) }, handEdits: [], obsoleted: [], restored: [], conflicts: [] };
}

/**
 * Where the article's string came from: the article's translation (its `ms.translationtype`),
 * unless it is still the English `apply --create` wrote there (its own English, `from`), which no
 * one has translated: the created article says HT, as the reference it was made from does.
 */
function articleOrigin(known: Provenance | undefined, fromArticle: string, from: string, origin: Origin): Origin {
  return known?.origin === 'english' && sameText(fromArticle, from) ? 'english' : origin;
}

/**
 * A person's value whose article translation is neither the one it was made over nor the value
 * itself, as apply wrote it there (on one line, between the sentence's own edges).
 */
function changedUnder(known: Provenance, fromArticle: string, current: string): boolean {
  return known.article !== undefined && fromArticle !== current && fromArticle !== fitted(current, fromArticle) && valueHash(fromArticle) !== known.article;
}

/** A record mergeWhole() would keep as it is (a person may have broken it). */
function wellFormed(known: Provenance | undefined): known is Provenance {
  return typeof known === 'object' && known !== null && typeof known.from === 'string' && typeof known.origin === 'string';
}

/** The merge made whole, every time: what the shortcut must agree with (its oracle in tests). */
export function mergeWhole({ article, existing = {}, provenance, reference, live }: MergeInput): MergeResult {
  // Keys come from files people edit: `__proto__` must stay a key (and keep its value), so the
  // records have no prototype whose setter an assignment could reach.
  const record = <T>(from: Record<string, T> = {}): Record<string, T> => Object.assign(Object.create(null) as Record<string, T>, from);
  const result: MergeResult = {
    messages: record(),
    provenance: { strings: record(), obsolete: record(provenance.obsolete) },
    handEdits: [],
    obsoleted: [],
    restored: [],
    conflicts: [],
  };
  const keep = (key: string, value: string, from: string, origin: Origin, over?: string) => {
    result.messages[key] = value;
    const hash = valueHash(value);
    const known = own(provenance.strings, key);
    // The file's record when it says the same: one in memory, not two (105,000 of them in a 20 MB article).
    result.provenance.strings[key] =
      known && known.hash === hash && known.from === from && known.origin === origin && known.article === over ? known : { from, origin, hash, ...(over !== undefined ? { article: over } : {}) };
  };
  for (const key of everyKey(article, existing, provenance)) {
    const current = own(existing, key);
    const known = own(provenance.strings, key);
    const fromArticle = own(article.values, key);
    // Changed in locales/ since docflow last wrote it (or never written by docflow and not the article's).
    const edited = current !== undefined && (known ? valueHash(current) !== known.hash : fromArticle !== undefined && current !== fromArticle);
    if (!live.has(key)) {
      if (current !== undefined) {
        const origin = edited ? 'hand' : known?.origin;
        result.provenance.obsolete[key] = { value: current, ...(known?.from !== undefined ? { from: known.from } : {}), ...(origin !== undefined ? { origin } : {}) };
        result.obsoleted.push(key);
      }
      continue;
    }
    if (edited) {
      // A person wrote this against the English in front of them: the current reference, and over the article's translation now.
      keep(key, current, own(reference, key) ?? known?.from ?? own(article.sources, key) ?? '', 'hand', madeOver(fromArticle));
      result.handEdits.push(key);
    } else if (current !== undefined && known && HUMAN.has(known.origin)) {
      if (fromArticle !== undefined && changedUnder(known, fromArticle, current)) result.conflicts.push(key);
      // Kept over the translation it was made over (a record from before docflow kept it: the article's now).
      keep(key, current, known.from, known.origin, known.article ?? madeOver(fromArticle));
    } else if (fromArticle !== undefined) {
      const from = own(article.sources, key) ?? own(reference, key) ?? '';
      keep(key, fromArticle, from, articleOrigin(known, fromArticle, from, article.origin));
    } else if (current !== undefined) {
      // A string only locales/ has (the name of an input, say), kept as made against the English now.
      keep(key, current, known?.from ?? own(reference, key) ?? '', known?.origin ?? 'hand');
    }
  }
  // A segment that came back brings its set-aside translation with it: over the article's own
  // string when a person made it, as it stood over it before the segment went.
  for (const [key, old] of Object.entries(result.provenance.obsolete) as [string, Obsolete][]) {
    if (!live.has(key)) continue;
    const kept = result.provenance.strings[key];
    if (!kept || (byPerson(old, own(article.values, key)) && !HUMAN.has(kept.origin) && result.messages[key] !== old.value)) {
      keep(key, old.value, old.from ?? '', old.origin !== undefined && HUMAN.has(old.origin) ? old.origin : 'hand', madeOver(own(article.values, key)));
      result.restored.push(key);
    }
    delete result.provenance.obsolete[key];
  }
  return result;
}

/**
 * Whether a person made a set-aside translation: its origin says so; set aside before origins
 * were recorded, when it is not what the article says.
 */
function byPerson(old: Obsolete, fromArticle: string | undefined): boolean {
  return old.origin !== undefined ? HUMAN.has(old.origin) : old.value !== fromArticle;
}
