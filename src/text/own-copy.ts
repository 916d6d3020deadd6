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

/**
 * Own copies of many strings sliced from one text, made at once: a single copy of them all, of
 * which each is a view. It holds what they hold, not the text (a 20 MB article's 94,000
 * segments kept its 40 MB string alive until they went), and costs one join, not a copy each.
 * V8's join of two strings or more is a new flat string: no second copy (through a Buffer, the
 * 20 MB article's peak was 20 MB higher).
 */
export function ownCopies(texts: readonly string[]): string[] {
  if (texts.length < 2) return texts.map(ownCopy);
  const joined = texts.join('');
  const copies = new Array<string>(texts.length);
  let at = 0;
  for (let i = 0; i < texts.length; i++) {
    const length = texts[i]!.length;
    copies[i] = joined.slice(at, (at += length));
  }
  return copies;
}
