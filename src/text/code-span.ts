/**
 * A code span's markup, as a pattern's source to put first in an alternation: markup inside it is
 * its text, so a pass that rewrites markup (footnotes, reference links) keeps the span whole.
 * Its one group is the opening backticks.
 */
export const CODE_SPAN_SOURCE = '(`+)[\\s\\S]*?\\1';
