/**
 * Columns a string takes in a terminal, as string-width (Ink's measure) counts them: wide East
 * Asian characters and emoji two, marks and invisible format characters none. A table of its own
 * here counted an emoji (🚀, ✔️, a flag) and the ideographs past U+FFFF one column, so a picker
 * row or a table cell with one ran past what Ink laid out.
 */
import stringWidth from 'string-width';
import { graphemeSegmenter } from './graphemes.js';

export function displayWidth(text: string): number {
  return stringWidth(text);
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
    // A grapheme at a time: an emoji of several code points (👩‍💻, 🇫🇷) is kept or cut whole.
    for (const { segment } of graphemeSegmenter.segment(part)) {
      const columns = stringWidth(segment);
      if (used + columns > width - 1) {
        out[i] += '…';
        return out;
      }
      out[i] += segment;
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
