/**
 * Own copies of a long article's sentences are the same sentences, in the same order, whatever
 * characters they hold: plain ones (copied through a Latin-1 buffer) and those past Latin-1
 * (joined) mixed in any way, empty ones, lone surrogates included.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ownCopies } from '../../src/text/own-copy.js';

describe('ownCopies', () => {
  it('gives back every string as it was, for any mix of Latin-1 and wider strings', () => {
    const latin1 = fc.string({ unit: fc.integer({ min: 0, max: 0xff }).map((code) => String.fromCharCode(code)), maxLength: 30 });
    const wide = fc.string({ unit: fc.constantFrom('’', '中', '\u202f', '\ud83d', '😀', 'a', 'é', 'ÿ'), maxLength: 30 });
    fc.assert(
      fc.property(fc.array(fc.oneof(latin1, wide), { maxLength: 40 }), (texts) => {
        // Sliced from one text, as the parse gives them, so that the copies are not the slices.
        const text = `’${texts.join('')}`;
        let at = 1;
        const slices = texts.map((t) => text.slice(at, (at += t.length)));
        expect(ownCopies(slices)).toEqual(texts);
      }),
      { seed: 8, numRuns: 3_000 },
    );
  });
});
