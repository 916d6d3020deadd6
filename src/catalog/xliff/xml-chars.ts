/**
 * Characters a text cannot be given to the XLIFF package as they are.
 *
 * - XML 1.0 has no way to write most C0 controls (U+000B, a word processor's line break, say) nor
 *   U+FFFE and U+FFFF: written raw, the whole file is refused by any XML parser.
 * - The package's writer reads `&amp;` in a text as already escaped, so a markdown entity would
 *   not come back as written.
 *
 * Each such character goes through the package as a mark (a noncharacter, which no document
 * interchanges, then its code point) and is written after: `&` escaped once; a control as XLIFF
 * 2.0's `<cp hex="000B"/>`, or in 1.2, which has no such element, as a placeholder
 * `<x id="cp1" ctype="x-docflow-cp-000B"/>` (import reads both back, see unit-texts.ts). A note
 * holds text only, so there a control is shown as its Unicode control picture (␋).
 */
import type { XliffVersion } from './xliff-format.js';

const MARK = '\uFDD0';
// eslint-disable-next-line no-control-regex
const SPECIAL = /[&\uFDD0\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const MARKED = /\uFDD0([0-9A-F]{4});/g;

const hex = (char: string) => char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');

/** A source or target as the package is given it. */
export function marked(text: string): string {
  return text.replace(SPECIAL, (char) => `${MARK}${hex(char)};`);
}

/** A note as the package is given it: controls shown as pictures, which XML can carry. */
export function markedNote(text: string): string {
  return marked(text.replace(NOT_XML, (char) => (char < ' ' ? String.fromCharCode(0x2400 + char.charCodeAt(0)) : '\uFFFD')));
}

/** The package's document with each mark written as XML: `&amp;`, the mark itself, or a code point's element. */
export function unmarked(xml: string, version: XliffVersion): string {
  if (!xml.includes(MARK)) return xml;
  const write = (next: () => number) => (_mark: string, code: string) => {
    if (code === '0026') return '&amp;';
    if (code === 'FDD0') return MARK;
    return version === 'xliff2' ? `<cp hex="${code}"/>` : `<x id="cp${next()}" ctype="${CODE_POINT_CTYPE}${code}"/>`;
  };
  if (version === 'xliff2') return xml.replace(MARKED, write(() => 0));
  // 1.2's placeholders are numbered in each source and target alike, so a tool pairs them.
  return xml.replace(/(<(?:source|target)\b[^>]*>)([^<]*)/g, (_all, tag: string, text: string) => {
    let n = 0;
    return tag + text.replace(MARKED, write(() => ++n));
  });
}

/** The `ctype` of a 1.2 `<x/>` that stands for a code point XML cannot carry (followed by its hex). */
export const CODE_POINT_CTYPE = 'x-docflow-cp-';
