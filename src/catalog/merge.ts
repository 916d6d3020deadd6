/**
 * One locale of one article: what its article says now, merged into what locales/ holds, the
 * way gettext's msgmerge does it. A translator's edit in locales/ is kept (and its provenance
 * says "hand"); a kept translation whose English has changed since is stale, not overwritten; a
 * key whose segment is gone is kept aside as obsolete and reported, never silently deleted.
 */
import type { Messages } from './resources.js';
import { valueHash, type Obsolete, type Origin, type ProvenanceFile } from './provenance.js';

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
  live: ReadonlySet<string>;
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
}

const HUMAN: ReadonlySet<Origin> = new Set(['hand', 'xliff']);

export function mergeLocale({ article, existing = {}, provenance, reference, live }: MergeInput): MergeResult {
  // Keys come from files people edit: `__proto__` must stay a key (and keep its value), so the
  // records have no prototype whose setter an assignment could reach.
  const record = <T>(from: Record<string, T> = {}): Record<string, T> => Object.assign(Object.create(null) as Record<string, T>, from);
  const result: MergeResult = {
    messages: record(),
    provenance: { strings: record(), obsolete: record(provenance.obsolete) },
    handEdits: [],
    obsoleted: [],
    restored: [],
  };
  const keep = (key: string, value: string, from: string, origin: Origin) => {
    result.messages[key] = value;
    const hash = valueHash(value);
    const known = provenance.strings[key];
    // The file's record when it says the same: one in memory, not two (105,000 of them in a 20 MB article).
    result.provenance.strings[key] = known && known.hash === hash && known.from === from && known.origin === origin ? known : { from, origin, hash };
  };
  const keys = new Set([...Object.keys(article.values), ...Object.keys(existing), ...Object.keys(provenance.strings)]);
  for (const key of keys) {
    const current = existing[key];
    const known = provenance.strings[key];
    const fromArticle = article.values[key];
    if (!live.has(key)) {
      if (current !== undefined) {
        result.provenance.obsolete[key] = { value: current, ...(known?.from !== undefined ? { from: known.from } : {}) };
        result.obsoleted.push(key);
      }
      continue;
    }
    // Changed in locales/ since docflow last wrote it (or never written by docflow and not the article's).
    const edited = current !== undefined && (known ? valueHash(current) !== known.hash : fromArticle !== undefined && current !== fromArticle);
    if (edited) {
      // A person wrote this against the English in front of them: the current reference.
      keep(key, current, reference[key] ?? known?.from ?? article.sources[key] ?? '', 'hand');
      result.handEdits.push(key);
    } else if (current !== undefined && known && HUMAN.has(known.origin)) {
      keep(key, current, known.from, known.origin);
    } else if (fromArticle !== undefined) {
      keep(key, fromArticle, article.sources[key] ?? reference[key] ?? '', article.origin);
    } else if (current !== undefined) {
      // A string only locales/ has (the name of an input, say), kept as made against the English now.
      keep(key, current, known?.from ?? reference[key] ?? '', known?.origin ?? 'hand');
    }
  }
  // A segment that came back brings its set-aside translation with it.
  for (const [key, old] of Object.entries(result.provenance.obsolete) as [string, Obsolete][]) {
    if (!live.has(key)) continue;
    if (!(key in result.messages)) {
      keep(key, old.value, old.from ?? '', 'hand');
      result.restored.push(key);
    }
    delete result.provenance.obsolete[key];
  }
  return result;
}
