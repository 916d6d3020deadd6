/** Columns a string takes in a terminal: wide East Asian characters take two, marks none. */
const WIDE = /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/u;
// Every non-spacing and enclosing mark, of any script: Thai writes its vowels above and below and
// its tone marks as marks (อยู่ is four characters in two columns), Arabic its harakat (جدداً),
// Hebrew its points. A list of the Latin and Hebrew ones counted each Thai mark a column, so a
// Thai line was cut a sixth short of the pane. Then every invisible format character, as
// string-width (Ink's measure) and the terminal count them: a list of the marks and embeddings
// left out the isolates (U+2066–U+2069), a byte order mark and the Arabic letter mark, each a
// column here, and a Hebrew title with its English names isolated was cut where it fitted.
const ZERO = /[\p{Mn}\p{Me}\p{Cf}\p{Default_Ignorable_Code_Point}]/u;

const charWidth = (char: string) => (ZERO.test(char) ? 0 : WIDE.test(char) ? 2 : 1);

export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += charWidth(char);
  return width;
}

/**
 * Parts of one line cut to `width` columns in all, the last one kept ending in `…` when any is
 * cut, a wide character never split: Ink's own cut let a wide character cross the edge, and its
 * ellipsis then took a line of its own.
 */
export function fitParts(parts: readonly string[], width: number): string[] {
  if (parts.reduce((sum, part) => sum + displayWidth(part), 0) <= width) return [...parts];
  const out = parts.map(() => '');
  let used = 0;
  for (const [i, part] of parts.entries()) {
    for (const char of part) {
      const columns = charWidth(char);
      if (used + columns > width - 1) {
        out[i] += '…';
        return out;
      }
      out[i] += char;
      used += columns;
    }
  }
  return out;
}

export function padEnd(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

export function padStart(text: string, width: number): string {
  return ' '.repeat(Math.max(0, width - displayWidth(text))) + text;
}
