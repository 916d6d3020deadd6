/**
 * The skeleton of an sxs article: every span pair replaced by a short placeholder `<\uE000i>`.
 *
 * remark's cost grows with the html nodes and lines inside pairs; the skeleton is a tenth of the
 * bytes. The placeholder starts with `<` and ends with `>` so emphasis flanking around it behaves
 * as around the original tags, yet no markdown construct (html, autolink) can start with `<` and
 * a private-use character, so it always parses as text.
 *
 * Its mark (the private-use character after the `<`) is one that the article's text cannot read
 * as after a `<`: the placeholders are found again in the parsed text by their shape, and a
 * `<\uE0001>` written in the article (or `&lt;&#xE000;1>`, decoded) was read as pair 1, which
 * put another sentence in its place. U+E000 unless the article uses it so.
 */
import type { RawSegment } from './scan-segments.js';
import { lastIndexWhere } from '../runtime/last-index.js';

/** The private-use characters a placeholder's mark is taken from (placeholder-syntax.ts reads any of them so). */
export const FIRST_MARK = 0xe000;
export const LAST_MARK = 0xf8ff;

export interface Skeleton {
  text: string;
  /** How every placeholder starts: `<`, then the mark. */
  start: string;
  /** A placeholder, its index captured. */
  placeholder: RegExp;
  /** Skeleton offsets where placeholder i starts and ends. */
  starts: number[];
  ends: number[];
}

// A `<` (as itself or as a character reference) right before a private-use character or a numeric reference.
const MAYBE_TAKEN = /[<&](?:[\uE000-\uF8FF]|#|lt;|LT;)/;
const TAKEN = /(?:<|&lt;|&LT;|&#0*60;|&#[xX]0*3[cC];)(?:([\uE000-\uF8FF])|&#(?:[xX]([0-9a-fA-F]+)|(\d+));)/g;

/**
 * The mark for a text's placeholders: the first private-use character that never follows a `<`
 * in it, as the parser decodes it (character references included); undefined when the text so
 * uses all 6,400 of them. Most articles have none: one pass of a pattern (~1 ms a MB).
 */
export function placeholderMark(text: string): string | undefined {
  if (!MAYBE_TAKEN.test(text)) return String.fromCharCode(FIRST_MARK);
  const taken = new Set<number>();
  for (const [, raw, hex, decimal] of text.matchAll(TAKEN)) {
    taken.add(raw !== undefined ? raw.charCodeAt(0) : hex !== undefined ? parseInt(hex, 16) : Number(decimal));
  }
  for (let code = FIRST_MARK; code <= LAST_MARK; code++) if (!taken.has(code)) return String.fromCharCode(code);
  return undefined;
}

/** The skeleton, or undefined when no mark is free (see placeholderMark). */
export function buildSkeleton(text: string, segments: readonly RawSegment[]): Skeleton | undefined {
  const mark = placeholderMark(text);
  if (mark === undefined) return undefined;
  const start = `<${mark}`;
  const parts: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let last = 0;
  let length = 0;
  segments.forEach((segment, i) => {
    const before = text.slice(last, segment.start);
    const placeholder = `${start}${i}>`;
    parts.push(before, placeholder);
    length += before.length;
    starts.push(length);
    length += placeholder.length;
    ends.push(length);
    last = segment.end;
  });
  parts.push(text.slice(last));
  return { text: parts.join(''), start, placeholder: new RegExp(`${start}(\\d+)>`, 'g'), starts, ends };
}

/** Maps a skeleton offset back to the original text. */
export function originalOffset(skeleton: Skeleton, segments: readonly RawSegment[], offset: number): number {
  const { starts, ends } = skeleton;
  // The last placeholder that starts at or before the offset.
  const found = lastIndexWhere(starts.length, (i) => starts[i]! <= offset);
  if (found === -1) return offset;
  const segment = segments[found]!;
  if (offset >= ends[found]!) return offset - ends[found]! + segment.end;
  return offset === starts[found]! ? segment.start : segment.end;
}

/** Text sliced by offsets of the original article: the article itself, or its skeleton (skeletonSource). */
export interface SourceText {
  slice(start: number, end: number): string;
}

/**
 * The article outside its pairs, sliced by original offsets from the skeleton, which holds it
 * verbatim: the structure's literals and list markers need no more, so a long article's text
 * (40 MB for 20 MB of a translation) can go before remark parses its skeleton. An offset inside a
 * pair reads from after the pair's placeholder.
 */
export function skeletonSource(skeleton: Skeleton, segments: readonly RawSegment[]): SourceText {
  const { text, ends } = skeleton;
  const at = (offset: number): number => {
    // The last pair that starts before the offset.
    const found = lastIndexWhere(segments.length, (i) => segments[i]!.start < offset);
    if (found === -1) return offset;
    const segment = segments[found]!;
    return offset >= segment.end ? offset - segment.end + ends[found]! : ends[found]!;
  };
  return { slice: (start, end) => text.slice(at(start), at(end)) };
}
