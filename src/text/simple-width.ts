/**
 * Terminal columns of text made only of characters that are each a grapheme of their own and
 * one or two columns wide, counted without segmenting graphemes; undefined for anything else
 * (marks, joiners, emoji, controls, escape sequences other than colours), which string-width
 * must measure. Ink asks string-width for every line of every frame, and string-width's grapheme
 * segmentation and emoji regular expression cost a tenth of the first frame. The test holds every
 * character here to string-width itself, in both versions the bundle carries.
 */
// Latin, Greek, Cyrillic, general punctuation, currency, the arrows, shapes and marks docflow
// draws with, box drawing: one column (box drawing is East Asian "ambiguous", narrow by default).
const NARROW =
  '\\u0020-\\u007E\\u00A0-\\u00A8\\u00AA-\\u00AC\\u00AF-\\u02FF\\u0370-\\u0377\\u037A-\\u037F\\u0384-\\u038A\\u038C\\u038E-\\u03A1' +
  '\\u03A3-\\u0482\\u048A-\\u052F\\u1E00-\\u1FFF\\u2010-\\u2027\\u2030-\\u203B\\u203D-\\u2048\\u204A-\\u205E\\u20A0-\\u20C0' +
  '\\u2190-\\u2193\\u232B\\u23CE\\u2500-\\u25A1\\u25B8\\u25C6\\u25CB\\u25CF\\u2605\\u2610\\u2713\\u2717\\u2718\\u276E\\u276F';
// Symbols that are emoji with a variation selector and text without one: string-width 8 counts
// them one column, as terminals draw them; string-width 7 (wrap-ansi's) counts two.
const TEXT_EMOJI = '\\u2139\\u26A0\\u2714\\u2611\\u2B06\\u2B07';
// CJK ideographs, kana, CJK punctuation and fullwidth forms: two columns.
const WIDE = '\\u3001-\\u3029\\u3030-\\u303E\\u3041-\\u3096\\u30A1-\\u30FA\\u4E00-\\u9FFF\\uFF01-\\uFF60';
// Colours and styles (SGR), which string-width strips before measuring.
const SGR = /\u001B\[[\d;]*m/g;

export const SIMPLE_RANGES = { narrow: NARROW, textEmoji: TEXT_EMOJI, wide: WIDE };

const patterns = (textEmojiNarrow: boolean) => {
  const narrow = textEmojiNarrow ? NARROW + TEXT_EMOJI : NARROW;
  const wide = textEmojiNarrow ? WIDE : WIDE + TEXT_EMOJI;
  return { onlyNarrow: new RegExp(`^[${narrow}]*$`), onlySimple: new RegExp(`^[${narrow}${wide}]*$`), wide: new RegExp(`[${wide}]`, 'g') };
};
const BY_VERSION = { true: patterns(true), false: patterns(false) };

/** `textEmojiNarrow`: string-width 8 and later (ℹ ⚠ ✔ one column), else 7. */
export function simpleWidth(text: string, textEmojiNarrow = true): number | undefined {
  const bare = text.includes('\u001B') ? text.replace(SGR, '') : text;
  const { onlyNarrow, onlySimple, wide } = BY_VERSION[`${textEmojiNarrow}`];
  if (onlyNarrow.test(bare)) return bare.length;
  if (!onlySimple.test(bare)) return undefined;
  return bare.length + (bare.match(wide)?.length ?? 0);
}
