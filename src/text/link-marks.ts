/**
 * How a link is marked after its words and in the list under them. A step's links are numbered
 * ([1], [2]): `o` opens one by its digit. The links no key opens (the article's intro, the
 * procedure's preamble, its epilogue) are lettered ([a], [b]): the first step is shown under the
 * intro, and the done screen's digits open procedures under the epilogue, so numbers there too
 * named two different links [1] on one screen, and on one page of the plain walkthrough.
 */
export type LinkMarking = 'numbers' | 'letters';

/** The mark of the link at `index` (0-based): 1, 2… or a…z, aa, ab… */
export function linkMark(index: number, marking: LinkMarking): string {
  if (marking === 'numbers') return String(index + 1);
  let mark = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) mark = String.fromCharCode(97 + ((n - 1) % 26)) + mark;
  return mark;
}

/** Each link's mark, by its address, in the order they are listed. */
export function linkMarks(urls: readonly string[], marking: LinkMarking): ReadonlyMap<string, string> {
  return new Map(urls.map((url, i) => [url, linkMark(i, marking)]));
}
