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
