/**
 * A translation as `apply` writes it in its sentence's place. Shared by apply, which writes it,
 * and the merge, which must not take the sentence so written for a translation changed since.
 */

// A line break and the `>` and indentation of the notes and list items the next line stands in:
// the containers' markup, not the sentence's (see container-prefixes.ts).
const BREAK = String.raw`\r?\n[ \t]*(?:>[ \t]*)*`;
const LEAD = new RegExp(String.raw`^(?:${BREAK}|\s)*`);
const TRAIL = new RegExp(String.raw`(?:${BREAK}|\s)*$`);
const BREAKS = new RegExp(String.raw`[ \t]*(?:${BREAK}[ \t]*)+`, 'g');

/**
 * A sentence as it can stand between its tags: one line (a line break from a translation tool
 * would end the list item or start a heading), without space at its ends. A line's container
 * markup goes with its break: kept, a note's `>` showed in the sentence ("….png) >").
 */
function inline(value: string): string {
  return value.replace(BREAKS, ' ').replace(LEAD, '').replace(TRAIL, '');
}

/**
 * A translation as it replaces a sentence: on one line, with the sentence's own edges, or the
 * sentence as it is when the translation says the same. What is
 * between a pair's tags at its ends (a narrow no-break space after the previous sentence, the
 * line break and indentation of an HTML cell, the `>` of a note's next line) belongs to the
 * article's layout: trimmed away, it ran two sentences together ("solutions.Ainsi").
 */
export function fitted(value: string, replaced: string): string {
  // The same words as the sentence has: its own line breaks stay (a new locale made from the
  // reference's strings is the reference again, byte for byte).
  if (value === replaced || inline(value) === inline(replaced)) return replaced;
  const lead = LEAD.exec(replaced)![0];
  if (lead.length === replaced.length) return inline(value);
  return lead + inline(value) + TRAIL.exec(replaced)![0];
}
