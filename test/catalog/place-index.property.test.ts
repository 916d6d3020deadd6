/**
 * Where a locale's strings are, looked up from the segments when asked, says what a map filled
 * segment by segment says (the oracle, as resources.ts filled it before): for any numbering
 * (repeated numbers, segments the reference does not number, several files of a locale), each
 * key's place is its last segment's, keys come in the order of their first, and a key that is
 * no segment's has none.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Document } from '../../src/model/document.js';
import { PlaceIndex, type Place } from '../../src/catalog/place-index.js';

/** A document of segments with these numbers, each on its own line. */
const documentOf = (path: string, numbers: number[]) => ({ path, segments: numbers.map((n, i) => ({ n, line: i + 1, column: (n % 7) + 1 })) }) as unknown as Document;

describe('the places of a locale', () => {
  it('are what a map filled segment by segment holds, for any numbering', () => {
    const numbers = fc.array(fc.integer({ min: 0, max: 30 }), { maxLength: 25 });
    fc.assert(
      fc.property(fc.array(numbers, { minLength: 1, maxLength: 3 }), fc.integer({ min: 0, max: 4 }), fc.integer({ min: 1, max: 5 }), (files, shift, skip) => {
        // Some keys the article names (`proc-1.step-2.<n>`), the rest `text.<n>`.
        const keys = new Map(Array.from({ length: 40 }, (_, n) => n).filter((n) => n % 3 === 0).map((n) => [n, `proc-1.step-2.${n}`]));
        const keyOf = (n: number) => keys.get(n) ?? `text.${n}`;
        // The reference's number of a file's own: shifted, and some not numbered at all (the first file is the reference's).
        const aligned = new Map(Array.from({ length: 31 }, (_, n) => n).filter((n) => n % skip !== 1).map((n) => [n, n + shift]));
        const numberOf = (i: number) => (n: number) => (i === 0 ? n : aligned.get(n));
        const fresh = new PlaceIndex(keys);
        const oracle = new Map<string, Place>();
        files.forEach((list, i) => {
          const document = documentOf(`f${i}.md`, list);
          fresh.add(document, i === 0 ? undefined : aligned);
          for (const segment of document.segments) {
            const n = numberOf(i)(segment.n);
            if (n !== undefined) oracle.set(keyOf(n), { path: document.path, line: segment.line, column: segment.column });
          }
        });
        // As built, and as the parse cache gives it back (a structured clone, revived).
        const index = PlaceIndex.revive(structuredClone(fresh));
        expect([...fresh]).toEqual([...oracle]);
        expect([...index]).toEqual([...oracle]);
        for (let n = 0; n < 40; n++) expect(index.get(keyOf(n))).toEqual(oracle.get(keyOf(n)));
        // Not a key of a segment: a label's, another place's name for a number, no number.
        for (const key of ['proc-1.step-2.3.label-1', 'text.3', 'intro.4', 'text', '', 'text.x', 'text.1.5']) expect(index.get(key)).toEqual(oracle.get(key));
      }),
      { numRuns: 3000, seed: 8 },
    );
  });
});
