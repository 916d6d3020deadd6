/**
 * Where a file handed between CI jobs stopped being UTF-8: a step that re-encoded it to the
 * machine's code page (Windows PowerShell 5.1's `Set-Content`, `Out-File -Encoding Default`)
 * made its Hebrew or accented letters bytes that UTF-8 reads as U+FFFD, and `docflow merge`
 * joined such parts in silence: a lint part's sentences became "���� …", 128 inconsistent
 * translations that are none, and a glossary part's labels were learned as those.
 */
import { isUtf8 } from 'node:buffer';

export const NOT_UTF8 = 'bytes that are not UTF-8 (the file was re-encoded on its way, to Windows-1252 or Latin-1 say): give it as docflow wrote it, in UTF-8';

/**
 * The offset in `text`, decoded as UTF-8 from `bytes`, of the first byte that is not UTF-8 (the
 * decoder's U+FFFD stands there; a real one before it is taken for it), or -1 when all are.
 */
export function undecodedAt(bytes: Uint8Array, text: string): number {
  if (isUtf8(bytes)) return -1;
  const at = text.indexOf('\uFFFD');
  return cutCharacter(text, at) ? -1 : at;
}

/**
 * Whether the U+FFFD at `at` ends the text (or a line of it): a character cut in two where a
 * failed upload stopped, not a file re-encoded; its JSON, cut short too, says so.
 */
export function cutCharacter(text: string, at: number): boolean {
  return at === text.length - 1;
}
