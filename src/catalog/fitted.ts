/**
 * A translation as `apply` writes it in its sentence's place. Shared by apply, which writes it,
 * and the merge, which must not take the sentence so written for a translation changed since.
 */

/**
 * A sentence as it can stand between its tags: one line (a line break from a translation tool
 * would end the list item or start a heading), without space at its ends.
 */
function inline(value: string): string {
  return value.replace(/[ \t]*\r?\n\s*/g, ' ').trim();
}

/**
 * A translation as it replaces a sentence: on one line, with the sentence's own edges. What is
 * between a pair's tags at its ends (a narrow no-break space after the previous sentence, the
 * line break and indentation of an HTML cell) belongs to the article's layout: trimmed away, it
 * ran two sentences together ("solutions.Ainsi").
 */
export function fitted(value: string, replaced: string): string {
  const lead = /^\s*/.exec(replaced)![0];
  if (lead.length === replaced.length) return inline(value);
  return lead + inline(value) + /\s*$/.exec(replaced)![0];
}
