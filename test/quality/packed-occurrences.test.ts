/**
 * What a lint memo keeps of the sentences it compares comes back as it was: every field, keys
 * that differ from their text (folded spaces, lower case) and keys that are the text itself.
 */
import { describe, expect, it } from 'vitest';
import { occurrence } from '../../src/quality/consistency.js';
import { packOccurrences, unpackOccurrences, type Located } from '../../src/quality/packed-occurrences.js';

describe('packed occurrences', () => {
  it('give back every occurrence, in order, each locale and path stored once', () => {
    const list: Located[] = [
      ['fr-FR', occurrence({ path: 'a.md', line: 3, column: 5 }, 'Select **Save**.', 'Sélectionnez **Enregistrer**.', true)],
      ['fr-FR', occurrence({ path: 'a.md', line: 9, column: 1 }, '  Sign  in  ', ' Connectez-vous ', true)],
      ['zh-CN', occurrence({ path: 'b.md', line: 1, column: 1 }, 'Save', 'SAVE', false)],
    ];
    expect(list[1]![1].englishKey).not.toBe(list[1]![1].english);
    expect(list[2]![1].translationKey).toBe('save');
    const packed = packOccurrences(list);
    expect(packed.names).toEqual(['fr-FR', 'a.md', 'zh-CN', 'b.md']);
    expect(unpackOccurrences(structuredClone(packed))).toEqual(list);
    expect(unpackOccurrences(packOccurrences([]))).toEqual([]);
  });
});
