/**
 * Spacing a translation added: a leading or trailing space the English does not have, runs of
 * spaces, a space before a stop, a line break (a sentence stands on one line between its tags:
 * `apply` writes it as a space). (French spaces before : ; ! ? and CJK full-width punctuation
 * are the locale's conventions, not mistakes.) Each is said where it is in the translation, so
 * that an editor jumps to it (a table row or a paragraph of pairs is one line of hundreds of
 * columns); what is missing is said at the sentence.
 */
import type { Problem, SegmentRule } from '../rule.js';

/** Where `pattern` first matches `text`, past its group 1 (the character before the fault). */
function after(pattern: RegExp, text: string): number | undefined {
  const match = pattern.exec(text);
  return match ? match.index + (match[1]?.length ?? 0) : undefined;
}

function said(problems: Problem[], message: string, at: number | undefined): void {
  if (at !== undefined) problems.push({ message, at });
}

export const whitespace: SegmentRule = {
  id: 'whitespace',
  severity: 'warning',
  description: 'no spaces the English lacks at the ends, no runs of spaces, no space before a full stop or comma, no line break in a sentence',
  check(segment) {
    const { source, target } = segment;
    const problems: Problem[] = [];
    if (/^\s/.test(target) !== /^\s/.test(source)) {
      if (/^\s/.test(target)) said(problems, 'leading space', 0);
      else problems.push('the leading space of the English is missing');
    }
    if (/\s$/.test(target) !== /\s$/.test(source)) {
      if (/\s$/.test(target)) said(problems, 'trailing space', after(/(\S?)\s+$/, target));
      else problems.push('the trailing space of the English is missing');
    }
    if (/\S {2,}\S/.test(target.trim()) && !/\S {2,}\S/.test(source.trim())) said(problems, 'a run of spaces', after(/(\S) {2,}\S/, target));
    if (/[^\s*] +[.,](?:\s|$)/.test(target) && !/ [.,](?:\s|$)/.test(source)) said(problems, 'a space before a full stop or comma', after(/([^\s*]) +[.,](?:\s|$)/, target));
    if (/\S[^\S\n]*\r?\n\s*\S/.test(target) && !/\n/.test(source)) said(problems, 'a line break the English does not have (apply writes it as a space)', after(/(\S[^\S\n]*)\r?\n\s*\S/, target));
    return problems;
  },
};
