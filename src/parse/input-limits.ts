/**
 * What an article must be before docflow parses it: text (no NUL byte, not mostly bytes that are
 * not UTF-8), at most 24 MB, lines of at most 256 K characters, and nested at most 64 quotes or
 * lists deep. A file that is not is
 * refused with one message at the place that breaks the rule; the other files of the run go on.
 * The bounds keep time and memory linear: remark recurses once per level of nesting (10,000
 * levels overflowed the stack; 3,000 list levels ran for minutes), and a 50 MB article held
 * gigabytes of tree.
 */
import { LineIndex } from './line-index.js';

export const MAX_ARTICLE_CHARS = 24 * 1024 * 1024;
export const MAX_NESTING = 64;
/** A line longer than this (256 K characters) is refused: remark's tree for one 0.5 MB line took 340 MB. */
export const MAX_LINE_CHARS = 256 * 1024;

export interface InputProblem {
  reason: string;
  ruleId: 'not-text' | 'too-large' | 'too-deep' | 'too-long-line';
  offset: number;
}

// A quote marker, or a list item's indentation and marker, at the start of a line.
const LINE_START = /^([ \t>]*)([-*+]|\d{1,9}[.)])?/gm;

export function inputProblem(text: string): InputProblem | undefined {
  if (text.length > MAX_ARTICLE_CHARS) {
    return { reason: `${(text.length / 1024 / 1024).toFixed(1)} MB of text: articles over ${MAX_ARTICLE_CHARS / 1024 / 1024} MB are not read`, ruleId: 'too-large', offset: 0 };
  }
  const nul = text.indexOf('\0');
  if (nul !== -1) return { reason: 'not a text file (a NUL byte): binary content with a .md name is not read', ruleId: 'not-text', offset: nul };
  // What a decoder gives for bytes that are not UTF-8: a few can be a stray character, many mean
  // another encoding or binary content.
  const replaced = text.match(/\uFFFD/g)?.length ?? 0;
  if (replaced > 16 && replaced > text.length / 100) {
    return { reason: `not UTF-8 text (${replaced} bytes could not be decoded): save the article as UTF-8`, ruleId: 'not-text', offset: text.indexOf('\uFFFD') };
  }
  for (let start = 0; start < text.length; ) {
    const end = text.indexOf('\n', start);
    const stop = end === -1 ? text.length : end;
    if (stop - start > MAX_LINE_CHARS) {
      return { reason: `a line of ${stop - start} characters: docflow reads lines of at most ${MAX_LINE_CHARS} (an inline image's data is better as a file)`, ruleId: 'too-long-line', offset: start };
    }
    start = stop + 1;
  }
  for (const match of text.matchAll(LINE_START)) {
    const [, prefix = '', marker] = match;
    const quotes = prefix.split('>').length - 1;
    // A nested list needs about two more columns of indentation per level.
    const lists = marker ? Math.floor(prefix.replace(/\t/g, '    ').replace(/>/g, '').length / 2) + 1 : 0;
    if (quotes + lists > MAX_NESTING) {
      return { reason: `quotes and lists nested ${quotes + lists} deep: docflow reads at most ${MAX_NESTING} levels`, ruleId: 'too-deep', offset: match.index };
    }
  }
  return undefined;
}

/** The problem as a place in the text, for a vfile message. */
export function problemPlace(text: string, problem: InputProblem): { line: number; column: number } {
  const at = new LineIndex(text).point(problem.offset);
  return { line: at.line, column: at.column };
}
