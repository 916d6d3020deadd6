/**
 * Grapheme segmentation that asks ICU only about text that needs it. The first `Intl.Segmenter`
 * a process makes costs ~15 ms (ICU loads its break rules), a twentieth of a flow's first frame,
 * and the text of that frame (English, French, Chinese) has no grapheme of more than one code
 * point. In text made only of the characters below, every character is a grapheme of its own,
 * except CR LF, which is one: none of them is a mark, a joiner, a prepended or spacing character,
 * a regional indicator or a Hangul jamo, the classes that join (Unicode's grapheme cluster rules;
 * test/text/graphemes.test.ts holds every one of them to Intl.Segmenter). Ink's dependencies
 * (slice-ansi, ansi-tokenize) get this segmenter through scripts/lazy-graphemes.mjs.
 */

// Controls, Latin, Greek, Cyrillic (not its combining marks U+0483–0489), Latin Extended
// Additional and Greek Extended, punctuation, currency, letterlike symbols (ℹ) and number forms,
// the arrows, technical symbols, box drawing, shapes and dingbats docflow draws with, CJK
// punctuation (not its tone marks U+302A–302F), kana (not the voicing marks U+3099–309A), CJK
// ideographs, fullwidth forms.
export const SINGLE_CODE_POINT_GRAPHEMES =
  '\\u0000-\\u02FF\\u0370-\\u0377\\u037A-\\u037F\\u0384-\\u038A\\u038C\\u038E-\\u03A1\\u03A3-\\u0482\\u048A-\\u052F' +
  '\\u1E00-\\u1FFF\\u2010-\\u2027\\u2030-\\u205E\\u20A0-\\u20C0\\u2100-\\u218F\\u2190-\\u23FF\\u2500-\\u27BF' +
  '\\u3001-\\u3029\\u3030-\\u303E\\u3041-\\u3096\\u30A1-\\u30FA\\u4E00-\\u9FFF\\uFF01-\\uFF60';
const SIMPLE = new RegExp(`^[${SINGLE_CODE_POINT_GRAPHEMES}]*$`);

/** What `Intl.Segmenter#segment` returns, as far as its callers use it. */
export interface GraphemeSegments extends Iterable<Intl.SegmentData> {
  containing(index?: number): Intl.SegmentData | undefined;
}

/** Segments of text whose every code unit is a grapheme. */
class OneCodeUnitEach implements GraphemeSegments {
  constructor(private readonly input: string) {}

  containing(index: number = 0): Intl.SegmentData | undefined {
    const at = Math.trunc(Number(index)) || 0;
    return at >= 0 && at < this.input.length ? { segment: this.input[at]!, index: at, input: this.input } : undefined;
  }

  *[Symbol.iterator](): Iterator<Intl.SegmentData> {
    const { input } = this;
    for (let index = 0; index < input.length; index++) yield { segment: input[index]!, index, input };
  }
}

let icu: Intl.Segmenter | undefined;

/** Graphemes of `text`, as `new Intl.Segmenter(undefined, { granularity: 'grapheme' })` gives them. */
export const graphemeSegmenter = {
  segment(text: string): GraphemeSegments {
    if (SIMPLE.test(text) && !text.includes('\r\n')) return new OneCodeUnitEach(text);
    icu ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
    return icu.segment(text);
  },
};

/** The text as the characters a reader sees (what Backspace erases, ← steps over). */
export function graphemes(text: string): string[] {
  return Array.from(graphemeSegmenter.segment(text), (s) => s.segment);
}
