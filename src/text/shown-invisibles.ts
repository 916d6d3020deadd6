/**
 * Text quoted in a message with its invisible characters named: format characters (bidi marks
 * and embeddings, zero-width spaces and joiners, soft hyphens, a byte order mark) as `<U+202C>`.
 * Two translations that differ only by one read the same on a screen, and the terminal drops
 * some of them (see sanitize.ts): a Hebrew label with a stray U+202C was reported as “העשר את
 * הנתונים שלי” here but “העשר את הנתונים שלי” elsewhere.
 */
const FORMAT = /\p{Cf}/gu;

export function shownInvisibles(text: string): string {
  return text.replace(FORMAT, (c) => `<U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}>`);
}
