/**
 * A merge that changes nothing hands back the file and its provenance as they were read, and
 * otherwise merges whole: for any article, file, provenance and live keys, what mergeLocale gives
 * is what the whole merge gives (the oracle), and the merge of what a merge wrote is that same
 * file, not a copy of its 100,000 keys.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeLocale, mergeWhole, type MergeInput, type MergeResult } from '../../src/catalog/merge.js';
import { valueHash, type Origin } from '../../src/catalog/provenance.js';

const KEYS = ['a', 'b', 'c.1', 'd.2', '__proto__', 'constructor'];
const key = fc.constantFrom(...KEYS);
const text = fc.constantFrom('Ajouter', 'Nouveau', 'Add', 'New', '');
// `english`: what apply --create wrote, kept while the article still says it.
const origin = fc.constantFrom<Origin>('HT', 'MT', 'hand', 'xliff', 'english');
const record = <T>(entries: [string, T][]): Record<string, T> => {
  const out = Object.create(null) as Record<string, T>;
  for (const [k, v] of entries) out[k] = v;
  return out;
};
const messages = fc.array(fc.tuple(key, text)).map(record);
/** A record as docflow writes it (its hash of a value the file may or may not hold), or as a person broke it. */
const provenanceRecord = fc.oneof(
  // With the article's translation a person's value was made over, or from before docflow kept it.
  fc.record({ from: text, origin, hash: text.map(valueHash), article: text.map(valueHash) }, { requiredKeys: ['from', 'origin', 'hash'] }),
  fc.constantFrom(null, 'x', { origin: 'HT', hash: valueHash('Ajouter') }) as fc.Arbitrary<never>,
);
/** An input whose live keys are a set, to copy. */
type Given = Omit<MergeInput, 'live'> & { live: Set<string> };
const input: fc.Arbitrary<Given> = fc.record({
  article: fc.record({ values: messages, sources: messages, origin: fc.constantFrom<Origin>('HT', 'MT') }),
  existing: fc.option(messages, { nil: undefined }),
  provenance: fc.record({
    strings: fc.array(fc.tuple(key, provenanceRecord)).map(record),
    obsolete: fc.array(fc.tuple(key, fc.record({ value: text, from: text }))).map(record),
  }),
  reference: messages,
  live: fc.subarray(KEYS).map((keys) => new Set(keys)),
});

/** A result as plain data, key order aside (each path keeps its own; the catalog orders them). */
const plain = (result: MergeResult) => {
  const sorted = (r: Record<string, unknown>) => Object.keys(r).sort().map((k) => [k, r[k]]);
  return { ...result, messages: sorted(result.messages), provenance: { strings: sorted(result.provenance.strings), obsolete: sorted(result.provenance.obsolete) } };
};
/** A copy of the input, so each merge reads what the other read. */
const withLive = (from: Given, live: ReadonlySet<string>): MergeInput => ({ ...structuredClone({ ...from, live: undefined }), live });

describe('the merge of a locale that nothing changed', () => {
  it('gives what the whole merge gives, for any input', () => {
    fc.assert(
      fc.property(input, (given) => {
        expect(plain(mergeLocale(withLive(given, given.live)))).toEqual(plain(mergeWhole(withLive(given, given.live))));
      }),
      { numRuns: 3000, seed: 8 },
    );
  });

  it('hands back the file and its provenance as read when merging what a merge wrote, with the same strings', () => {
    let shortcuts = 0;
    fc.assert(
      fc.property(input, (given) => {
        const first = mergeWhole(withLive(given, given.live));
        const again: MergeInput = { ...withLive(given, given.live), existing: structuredClone(first.messages), provenance: structuredClone(first.provenance) };
        const oracle = mergeWhole({ ...again, existing: structuredClone(again.existing), provenance: structuredClone(again.provenance) });
        const result = mergeLocale(again);
        expect(plain(result)).toEqual(plain(oracle));
        // Nothing left to change: the same dictionaries, not copies.
        if (oracle.handEdits.length + oracle.obsoleted.length + oracle.restored.length + oracle.conflicts.length === 0 && Object.keys(again.article.values).every((k) => again.live.has(k))) {
          expect(result.messages).toBe(again.existing);
          expect(result.provenance.strings).toBe(again.provenance.strings);
          shortcuts++;
        }
      }),
      { numRuns: 3000, seed: 8 },
    );
    // The case it is for is common here (862 of 3,000), not a corner the generator never reaches.
    expect(shortcuts).toBeGreaterThan(500);
  });
});
