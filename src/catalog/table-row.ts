/**
 * Whether a translation may stand where its sentence is: in a GFM table row, a bare `|` ends the
 * cell. `apply` wrote "Vous gérez tout | y compris l’accès" into a row as it was: the row gained a
 * cell, the pair was cut across two, and nothing said so. Such a translation is not placed; the
 * translator writes `\|`, which shows as a pipe in the cell (and is what extract reads back).
 */
import { readText } from './file-blocks.js';

/** A pipe no backslash escapes (an even number of backslashes before it, none included). */
const BARE_PIPE = /(?<!\\)(?:\\\\)*\|/;
// A pair's halves (and any span in them), innermost first: what is left of a row is its pipes.
const INNERMOST_SPAN = /<span\b[^>]*>(?:(?!<span\b)[^])*?<\/span>/g;

export function hasBarePipe(markdown: string): boolean {
  return BARE_PIPE.test(markdown);
}

/**
 * For an article file, whether the text at an offset is on a table row: a line with a bare pipe
 * outside its pairs (`| <span…>…</span> |`, or without the outer pipes). The file is read once,
 * on the first question: only a translation with a bare pipe asks.
 */
export function tableRows(file: string): (offset: number) => boolean {
  let text: string | undefined;
  return (offset) => {
    text ??= readText(file);
    const start = text.lastIndexOf('\n', offset - 1) + 1;
    const end = text.indexOf('\n', offset);
    let line = text.slice(start, end === -1 ? text.length : end);
    for (let before = ''; before !== line; ) [before, line] = [line, line.replace(INNERMOST_SPAN, '')];
    return hasBarePipe(line);
  };
}
