/**
 * Spacing a translation added: a leading or trailing space the English does not have, runs of
 * spaces, a space before a stop, a line break (a sentence stands on one line between its tags:
 * `apply` writes it as a space). (French spaces before : ; ! ? and CJK full-width punctuation
 * are the locale's conventions, not mistakes.)
 */
import type { SegmentRule } from '../rule.js';

export const whitespace: SegmentRule = {
  id: 'whitespace',
  severity: 'warning',
  description: 'no spaces the English lacks at the ends, no runs of spaces, no space before a full stop or comma, no line break in a sentence',
  check(segment) {
    const { source, target } = segment;
    const problems: string[] = [];
    if (/^\s/.test(target) !== /^\s/.test(source)) problems.push(/^\s/.test(target) ? 'leading space' : 'the leading space of the English is missing');
    if (/\s$/.test(target) !== /\s$/.test(source)) problems.push(/\s$/.test(target) ? 'trailing space' : 'the trailing space of the English is missing');
    if (/\S {2,}\S/.test(target.trim()) && !/\S {2,}\S/.test(source.trim())) problems.push('a run of spaces');
    if (/[^\s*] +[.,](?:\s|$)/.test(target) && !/ [.,](?:\s|$)/.test(source)) problems.push('a space before a full stop or comma');
    if (/\S[^\S\n]*\r?\n\s*\S/.test(target) && !/\n/.test(source)) problems.push('a line break the English does not have (apply writes it as a space)');
    return problems;
  },
};
