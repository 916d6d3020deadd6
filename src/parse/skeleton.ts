/**
 * The skeleton of an sxs article: every span pair replaced by a short placeholder `<\uE000i>`.
 *
 * remark's cost grows with the html nodes and lines inside pairs; the skeleton is a tenth of the
 * bytes. The placeholder starts with `<` and ends with `>` so emphasis flanking around it behaves
 * as around the original tags, yet no markdown construct (html, autolink) can start with
 * `<\uE000`, so it always parses as text.
 */
import type { RawSegment } from './scan-segments.js';

/** How every placeholder starts (placeholder-syntax.ts reads it so): `<`, then a private-use mark. */
export const PLACEHOLDER_START = '<\uE000';
/** A placeholder, its index captured. */
export const PLACEHOLDER = new RegExp(`${PLACEHOLDER_START}(\\d+)>`, 'g');

export interface Skeleton {
  text: string;
  /** Skeleton offsets where placeholder i starts and ends. */
  starts: number[];
  ends: number[];
}

export function buildSkeleton(text: string, segments: readonly RawSegment[]): Skeleton {
  const parts: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let last = 0;
  let length = 0;
  segments.forEach((segment, i) => {
    const before = text.slice(last, segment.start);
    const placeholder = `${PLACEHOLDER_START}${i}>`;
    parts.push(before, placeholder);
    length += before.length;
    starts.push(length);
    length += placeholder.length;
    ends.push(length);
    last = segment.end;
  });
  parts.push(text.slice(last));
  return { text: parts.join(''), starts, ends };
}

/** Maps a skeleton offset back to the original text. */
export function originalOffset(skeleton: Skeleton, segments: readonly RawSegment[], offset: number): number {
  const { starts, ends } = skeleton;
  let lo = 0;
  let hi = starts.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
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
    let lo = 0;
    let hi = segments.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (segments[mid]!.start < offset) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (found === -1) return offset;
    const segment = segments[found]!;
    return offset >= segment.end ? offset - segment.end + ends[found]! : ends[found]!;
  };
  return { slice: (start, end) => text.slice(at(start), at(end)) };
}
