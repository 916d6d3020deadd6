/**
 * A glossary joined from a CI matrix's parts must be the one a single run learns: the workspace
 * adds every file's lessons in the locale's order (absorbGlossary), and pairing labels breaks
 * ties in count and length by the order a label's translations were first seen. Generated
 * lessons, with labels and translations shared between files so that the order is tested,
 * split into parts at random and joined in any order.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { articlesHash, glossaryOf, LessonsFold } from '../../src/catalog/glossary-file.js';
import { compareNames } from '../../src/text/name-order.js';
import { absorbGlossary, emptyGlossary, translationOrder, type Glossary } from '../../src/parse/label-glossary.js';

const label = fc.constantFrom('save', 'next', 'add user', 'billing', 'ok');
// Same-length translations make ties that only the first-seen order breaks.
const translation = fc.constantFrom('Enregistrer', 'Sauvegarder', 'Suivant', 'Ajouter', 'Facturer', 'OK', 'Ok', 'oK');
const lessons: fc.Arbitrary<Glossary> = fc
  .record({
    terms: fc.array(fc.tuple(label, fc.array(fc.tuple(translation, fc.integer({ min: 1, max: 3 })), { minLength: 1, maxLength: 4 })), { maxLength: 4 }),
    leads: fc.array(fc.tuple(fc.constantFrom('sélectionnez', 'cliquez sur', 'la'), fc.nat(3), fc.nat(3)), { maxLength: 3 }),
  })
  .map(({ terms, leads }) => ({
    terms: new Map(terms.map(([source, targets]) => [source, new Map(targets)])),
    leads: new Map(leads.map(([lead, action, name]) => [lead, { action, name }])),
  }));

/** A glossary as pairing sees it: each label's translations in pairing order, and the leads. */
function asPaired(glossary: Glossary) {
  const terms = [...glossary.terms].map(([source, entry]) => [source, [...entry], translationOrder(entry)] as const).sort((a, b) => (a[0] < b[0] ? -1 : 1));
  const leads = [...glossary.leads].sort((a, b) => (a[0] < b[0] ? -1 : 1));
  return { terms, leads };
}

// Slugs whose order is not their code units' (case aside, digits, composed or not): the files of
// a locale are read in the order of their slugs (compareNames), so that is where translations were first seen.
const slug = fc.constantFrom('add', 'Add', 'add-2', 'add10', 'add9', 'b/a', 'B', 'caf\u00e9', 'cafe\u0301', 'z', '中');

describe('a glossary joined from parts', () => {
  it('is the glossary one run over every file learns, translations in the order first seen', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.tuple(slug, lessons), { minLength: 1, maxLength: 11, selector: ([name]) => name }),
        fc.integer({ min: 1, max: 4 }),
        fc.array(fc.nat(3), { minLength: 11, maxLength: 11 }),
        (unsorted, parts, assignment) => {
          const files = [...unsorted].sort(([a], [b]) => compareNames(a, b));
          const whole = files.map(([, file]) => file).reduce(absorbGlossary, emptyGlossary());
          const folds = Array.from({ length: parts }, () => new LessonsFold());
          // Each part adds its files in its own order: a shard's are in order, but a part must not depend on it.
          unsorted.forEach(([name, file], index) => folds[assignment[index]! % parts]!.addFile(name, file));
          const joined = new LessonsFold();
          for (const fold of [...folds].reverse()) joined.addPart(fold.lessons());
          expect(asPaired(glossaryOf(joined.lessons()))).toEqual(asPaired(whole));
          expect(joined.lessons().files).toBe(files.length);
          expect(joined.lessons().articles).toBe(articlesHash(files.map(([name]) => name)));
          // The same bytes whatever the parts' order.
          const again = new LessonsFold();
          for (const fold of folds) again.addPart(fold.lessons());
          expect(JSON.stringify(again.lessons())).toBe(JSON.stringify(joined.lessons()));
        },
      ),
      { seed: 2026, numRuns: 2_000 },
    );
  });
});
