/**
 * A line of styled text (Ink's, with its SGR codes) as the graphemes a terminal draws, each with
 * the columns it takes there and the escapes just before it: what wrapping (wrap-lines) and
 * cutting (truncate-line) a line count in, so that neither cuts a grapheme or an escape.
 */
import stringWidth from 'string-width';
import { graphemeSegmenter } from './graphemes.js';

/** Escape sequences, which take no column: CSI (styles) and OSC (links). */
export const ESCAPE = /\u001B(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001B]*(?:\u0007|\u001B\\))/gu;

/** A grapheme of the line, with the escape sequences just before it. */
export interface Unit {
  text: string;
  plain: string;
  /** Columns, as string-width (Ink's measure) and the terminal count them: none for a format character. */
  width: number;
  /** Where the plain text has a word boundary before this grapheme (every grapheme without `boundaries`). */
  wordStart: boolean;
}

/** The line's graphemes and the escapes after the last; `boundaries` says where its words begin. */
export function unitsOf(line: string, boundaries?: (plain: string) => Set<number> | undefined): { units: Unit[]; trailing: string } {
  let plain = '';
  const escapesAt = new Map<number, string>();
  let last = 0;
  for (const match of line.matchAll(ESCAPE)) {
    plain += line.slice(last, match.index);
    escapesAt.set(plain.length, (escapesAt.get(plain.length) ?? '') + match[0]);
    last = match.index + match[0].length;
  }
  plain += line.slice(last);
  const starts = boundaries?.(plain);
  const units: Unit[] = [];
  for (const { segment, index } of graphemeSegmenter.segment(plain)) {
    units.push({ text: (escapesAt.get(index) ?? '') + segment, plain: segment, width: stringWidth(segment), wordStart: starts?.has(index) ?? true });
  }
  return { units, trailing: escapesAt.get(plain.length) ?? '' };
}
