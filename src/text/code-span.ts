/**
 * A code span's markup, as a pattern's source to put first in an alternation: markup inside it is
 * its text, so a pass that rewrites markup (footnotes, reference links) keeps the span whole.
 * Its one group is the opening backticks.
 */
export const CODE_SPAN_SOURCE = '(`+)[\\s\\S]*?\\1';

/** Text as a code span: fenced by more backticks than it holds in a row, spaced where it starts or ends with one. */
export function codeSpan(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = /^`|`$/.test(text) ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}
