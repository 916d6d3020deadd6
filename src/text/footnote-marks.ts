/**
 * A message's footnote markup as a reader of the page sees it: `[^1]` becomes the note's number
 * in superscript ("the page.¹"), by the article's order of notes (see parse/footnotes.ts). Markup
 * of a note the article does not define, and markup in a code span, stay as they are.
 */
import { FOOTNOTE_REFERENCE, footnoteLabel } from '../parse/footnotes.js';
import { CODE_SPAN_SOURCE } from './code-span.js';

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const CODE_SPAN_OR_REFERENCE = new RegExp(`${CODE_SPAN_SOURCE}|${FOOTNOTE_REFERENCE.source}`, 'g');

export function footnoteMarks(markdown: string, footnotes: readonly string[] | undefined): string {
  if (!footnotes?.length || !markdown.includes('[^')) return markdown;
  return markdown.replace(CODE_SPAN_OR_REFERENCE, (whole: string, ticks: string | undefined, label: string | undefined) => {
    if (ticks !== undefined || label === undefined) return whole;
    const number = footnotes.indexOf(footnoteLabel(label)) + 1;
    return number === 0 ? whole : [...String(number)].map((digit) => SUPERSCRIPT[Number(digit)]).join('');
  });
}
