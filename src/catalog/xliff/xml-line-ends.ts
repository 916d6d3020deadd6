/**
 * Line ends as XML reads them (1.0, 2.11: CR LF and a lone CR are LF). The XLIFF package keeps
 * them as the file has them: a file a Windows tool saved with CRLF, its units left as exported,
 * came back with every target that spans lines "updated" to a CR LF value made by import (5 of
 * the 370 fr-fr articles' units), and its provenance with it.
 */
export function xmlLineEnds(value: string): string {
  return value.includes('\r') ? value.replace(/\r\n?/g, '\n') : value;
}

/**
 * Whether a target read from a file says what a value says but for its line ends: a value of an
 * article saved with CRLF keeps its CR, which the file, read as XML, no longer has.
 */
export function sameLines(target: string, value: string | undefined): boolean {
  return target === value || (value !== undefined && xmlLineEnds(target) === xmlLineEnds(value));
}
