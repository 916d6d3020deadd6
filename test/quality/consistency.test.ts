/**
 * The content rules name the usual translation as the content first writes it (by file, then
 * place), whatever order the occurrences come in: a lint, a merge of shards (whose articles come
 * shard by shard) and a lint after a change read them in different orders and must say the same.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Workspace } from '../../src/catalog/workspace.js';
import { occurrence, ruleOccurrences, type Occurrence } from '../../src/quality/consistency.js';
import { lintPart } from '../../src/quality/lint.js';
import { CONTENT, tempDir } from '../helpers.js';

const said = (list: readonly Occurrence[], words: number) =>
  ruleOccurrences(list, words)
    .map((f) => `${f.occurrence.path}:${f.occurrence.line}:${f.occurrence.column} ${f.occurrence.translation} / ${f.usual} ${f.usualCount} ${f.ways}`)
    .sort();

describe('the usual translation', () => {
  it('is written as the first file writes it, however the occurrences come', () => {
    const label = (path: string, line: number, translation: string) => occurrence({ path, line, column: 1 }, 'Management portal', translation, false);
    const list = [label('b.md', 1, 'Portail de gestion'), label('c.md', 1, 'Portail de gestion'), label('a.md', 9, 'portail de gestion'), label('a.md', 2, 'Portail de Gestion'), label('d.md', 1, 'Console')];
    for (const order of [list, [...list].reverse()]) {
      expect(ruleOccurrences(order, 1).map((f) => [f.occurrence.path, f.usual, f.usualCount])).toEqual([['d.md', 'Portail de Gestion', 4]]);
    }
  });

  it('and every finding are the same for the real content’s sentences in any order', () => {
    const part = lintPart(new Workspace(CONTENT, tempDir()));
    const labels = part.labels.map(([, o]) => o);
    const sentences = part.sentences.map(([, o]) => o);
    const expected = [said(labels, 1), said(sentences, 3)];
    expect(expected[0]!.length + expected[1]!.length).toBeGreaterThan(0);
    fc.assert(
      fc.property(fc.array(fc.nat(), { minLength: 1, maxLength: 8 }), (swaps) => {
        const shuffle = (list: Occurrence[]) => {
          const copy = [...list];
          for (const [i, swap] of swaps.entries()) {
            const a = (swap * 7919 + i) % copy.length;
            const b = (swap + i * 31) % copy.length;
            [copy[a], copy[b]] = [copy[b]!, copy[a]!];
          }
          return copy.reverse();
        };
        expect([said(shuffle(labels), 1), said(shuffle(sentences), 3)]).toEqual(expected);
      }),
      { numRuns: 25 },
    );
  });
});
