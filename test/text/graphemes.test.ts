/**
 * docflow's grapheme segmenter against ICU's (Intl.Segmenter): the characters it segments alone
 * are graphemes of their own next to anything, any text segments the same, and the bundle's
 * rewrites of slice-ansi, ansi-tokenize and string-width slice, tokenize and measure as they do,
 * making ICU's segmenter only for text that needs it.
 */
import { tokenize } from '@alcalzone/ansi-tokenize';
import fc from 'fast-check';
import sliceAnsi from 'slice-ansi';
import stringWidth from 'string-width';
import wrapAnsi from 'wrap-ansi';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: build scripts, plain JavaScript.
import { lazyGraphemes } from '../../scripts/lazy-graphemes.mjs';
// @ts-expect-error: build scripts, plain JavaScript.
import { sliceAnsiNarrowFast } from '../../scripts/slice-ansi-narrow-fast.mjs';
// @ts-expect-error: build scripts, plain JavaScript.
import { memoStringWidth } from '../../scripts/memo-string-width.mjs';
import { graphemeSegmenter, SINGLE_CODE_POINT_GRAPHEMES } from '../../src/text/graphemes.js';
import { bundledText, importText } from '../bundled.js';

const icu = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const segmentsOf = (segments: Iterable<Intl.SegmentData>) => [...segments].map(({ segment, index, input }) => ({ segment, index, input }));

const single = (() => {
  const pattern = new RegExp(`^[${SINGLE_CODE_POINT_GRAPHEMES}]$`);
  const out: string[] = [];
  for (let code = 0; code < 0x10000; code++) if (pattern.test(String.fromCharCode(code))) out.push(String.fromCharCode(code));
  return out;
})();

// Text that joins: combining marks, joiners, emoji with modifiers, flags, Hangul jamo,
// Devanagari conjuncts, CR LF, and surrogate pairs.
const joining = ['e\u0301', '\u0301', '\u200D', '👍🏽', '👨‍👩‍👧', '🇫🇷', '\u1100\u1161\u11A8', '\u1100', 'क्ष', '\r\n', '\r', '\n', '\uD83D', '\u302A', '\u3099', '\u0483'];

describe('graphemeSegmenter', () => {
  it('segments alone only characters that are graphemes of their own next to any other', () => {
    expect(single.length).toBeGreaterThan(24_000);
    const joins = single.filter((c) => [`a${c}`, `${c}a`, `${c}${c}`].some((pair) => pair !== '\r\r' && pair !== '\n\n' && [...icu.segment(pair)].length !== 2));
    expect(joins.map((c) => c.charCodeAt(0).toString(16))).toEqual([]);
  });

  it('gives the segments and the containing segment ICU gives, for any text', () => {
    const piece = fc.oneof(fc.constantFrom(...single), fc.constantFrom(...joining), fc.string({ unit: 'grapheme', maxLength: 4 }));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 20 }), (pieces) => {
        const text = pieces.join('');
        const ours = graphemeSegmenter.segment(text);
        const theirs = icu.segment(text);
        expect(segmentsOf(ours)).toEqual(segmentsOf(theirs));
        for (const index of [-1, 0, 1, text.length - 1, text.length, 2.7, Number.NaN, undefined]) {
          expect(ours.containing(index)).toEqual(theirs.containing(index));
        }
      }),
      { numRuns: 3000 },
    );
  });
});

describe('the bundle’s slice-ansi and ansi-tokenize (scripts/lazy-graphemes.mjs)', async () => {
  // Bundled as the CLI bundles them: slice-ansi's own rewrite and this one both edit its file.
  const code = await bundledText("export { default as sliceAnsi } from 'slice-ansi'; export { tokenize } from '@alcalzone/ansi-tokenize';", [sliceAnsiNarrowFast, ...lazyGraphemes]);
  let made = 0;
  const Counting = class extends Intl.Segmenter {
    constructor(...args: ConstructorParameters<typeof Intl.Segmenter>) {
      super(...args);
      made++;
    }
  };
  const intl = Intl as { Segmenter: typeof Intl.Segmenter };
  const original = Intl.Segmenter;
  intl.Segmenter = Counting;
  const rewritten = await importText<{ sliceAnsi: typeof sliceAnsi; tokenize: typeof tokenize }>(code);
  intl.Segmenter = original;

  it('keeps both rewrites of slice-ansi', () => {
    expect(code).toContain('return 1;');
    // Made on first use only (`??=`), not as the modules load (`name = new …`).
    expect(code).not.toMatch(/\w = new Intl\.Segmenter/);
  });

  it('slices and tokenizes any text as the packages themselves do', () => {
    const piece = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 6 }), fc.constantFrom('\u001B[1m', '\u001B[22m', '\u001B[31m', '\u001B[39m', '中文', ...joining, 'é', '─'));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), fc.nat(30), fc.nat(30), (pieces, start, length) => {
        const text = pieces.join('');
        expect(rewritten.sliceAnsi(text, start, start + length)).toBe(sliceAnsi(text, start, start + length));
        expect(rewritten.tokenize(text)).toEqual(tokenize(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('makes no ICU segmenter when it loads, nor for Latin and Chinese text', () => {
    made = 0;
    intl.Segmenter = Counting;
    try {
      expect(made).toBe(0);
      rewritten.sliceAnsi('\u001B[1mÉtape 1 sur 5\u001B[22m — 添加新客户', 0, 12);
      rewritten.tokenize('\u001B[36mAjouter un client\u001B[39m');
      expect(made).toBe(0);
    } finally {
      intl.Segmenter = original;
    }
  });
});

describe('the bundle’s string-width, both versions, on docflow’s segmenter (scripts/memo-string-width.mjs)', async () => {
  const code = await bundledText("export { default as stringWidth } from 'string-width'; export { default as wrapAnsi } from 'wrap-ansi';", [memoStringWidth]);
  const rewritten = await importText<{ stringWidth: typeof stringWidth; wrapAnsi: typeof wrapAnsi }>(code);

  it('measures and wraps any text as the packages themselves do', () => {
    expect(code).not.toMatch(/\w = new Intl\.Segmenter/);
    const piece = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 6 }), fc.constantFrom('\u001B[1m', '\u001B[22m', '中文', ' ', ...joining, 'é', '─', 'ℹ\uFE0F'));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), fc.integer({ min: 1, max: 20 }), (pieces, columns) => {
        const text = pieces.join('');
        expect(rewritten.stringWidth(text)).toBe(stringWidth(text));
        expect(rewritten.wrapAnsi(text, columns, { hard: true, trim: false })).toBe(wrapAnsi(text, columns, { hard: true, trim: false }));
      }),
      { numRuns: 2000 },
    );
  });
});
