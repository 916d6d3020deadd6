/**
 * Text cut short with `…`: at most `length` UTF-16 units with the mark, never inside a character
 * a reader sees (an emoji, a letter and its accent): cut there, half an emoji was written as
 * U+FFFD and an accent went without its letter.
 */
import { graphemeSegmenter } from './graphemes.js';

export function clipped(text: string, length: number): string {
  if (text.length <= length) return text;
  let end = 0;
  for (const { index, segment } of graphemeSegmenter.segment(text)) {
    if (index + segment.length > length - 1) break;
    end = index + segment.length;
  }
  return `${text.slice(0, end)}…`;
}
