/**
 * What `apply --create` wrote in English in a new locale's article, recorded in the locale's
 * provenance (origin `english`). docflow knows it wrote no translation there: told from the text
 * instead, a title, a heading or a UI label ("**Note**", "Add a new customer") read as one, and
 * status counted the new article a third done before anyone translated a word.
 */
import { labelSentence } from './keys.js';
import { entryKind } from './entry-kind.js';
import { provenanceChunks, provenancePath, readProvenance, valueHash } from './provenance.js';
import type { Messages } from './resources.js';

/**
 * The keys written in English (the sentences given) and the UI labels of those sentences, each
 * with its English; a key that locales/ has a value or a record of is a person's, not docflow's.
 */
export function placeholderKeys(sentences: Iterable<string>, reference: Messages, has: (key: string) => boolean): Map<string, string> {
  const english = new Map<string, string>();
  for (const key of sentences) if (!has(key) && reference[key] !== undefined) english.set(key, reference[key]);
  for (const key of Object.keys(reference)) {
    if (entryKind(key) === 'label' && english.has(labelSentence(key).key) && !has(key)) english.set(key, reference[key]!);
  }
  return english;
}

/** The locale's provenance file with the placeholders recorded, its other records as they are: where, and its text in pieces. */
export function placeholderProvenance(localesDir: string, locale: string, slug: string, english: ReadonlyMap<string, string>): [file: string, pieces: Iterable<string>] {
  const file = provenancePath(localesDir, locale, slug);
  const provenance = readProvenance(file);
  for (const [key, from] of english) provenance.strings[key] ??= { from, origin: 'english', hash: valueHash(from) };
  return [file, provenanceChunks(provenance)];
}
