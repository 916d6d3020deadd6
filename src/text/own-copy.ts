/**
 * A string that holds only itself. V8 makes a slice of a long string a view on it, so a sentence
 * sliced from an article keeps the whole article in memory for as long as the sentence lives:
 * whatever outlives its article (a cache of parses, a lint's comparisons across articles) keeps
 * copies instead.
 */
export function ownCopy(text: string): string {
  // V8 views only slices of 13 characters or more; shorter ones are already copies.
  return text.length < 13 ? text : Buffer.from(text).toString();
}

/** A character past Latin-1: a string without one can be held at a byte a character. */
const WIDE = /[^\0-\xff]/;

/**
 * Own copies of many strings sliced from one text, made at once: a single copy of them all, of
 * which each is a view. It holds what they hold, not the text (a 20 MB article's 94,000
 * segments kept its 40 MB string alive until they went), and costs one copy, not one each.
 *
 * A slice of a text with one character past Latin-1 (a French ’) is two bytes a character, and
 * so is a join of such slices, however plain their own characters. The strings that have none
 * (nearly every English source and id, many translations) are copied together through a Latin-1
 * buffer into a string of a byte a character, the others joined: the 20 MB article's segments
 * hold 15 MB less (live through its parse, 70 -> 55 MB).
 */
export function ownCopies(texts: readonly string[]): string[] {
  if (texts.length < 2) return texts.map(ownCopy);
  const narrow = texts.map((text) => !WIDE.test(text));
  const wide = texts.filter((_, i) => !narrow[i]);
  const bytes = Buffer.allocUnsafe(texts.reduce((sum, text, i) => (narrow[i] ? sum + text.length : sum), 0));
  let written = 0;
  for (let i = 0; i < texts.length; i++) if (narrow[i]) written += bytes.write(texts[i]!, written, 'latin1');
  // A join of one string is that string, a view on the text still: a concatenation, flattened
  // by the slice, is a copy (exact: ownCopy's UTF-8 would change a lone surrogate).
  const joined = { narrow: bytes.toString('latin1'), wide: wide.length === 1 ? ` ${wide[0]!}`.slice(1) : wide.join('') };
  const at = { narrow: 0, wide: 0 };
  return texts.map((text, i) => {
    const kind = narrow[i] ? 'narrow' : 'wide';
    return joined[kind].slice(at[kind], (at[kind] += text.length));
  });
}
