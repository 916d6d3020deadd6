/** Scanned pairs → Segments and vfile messages: shared by the full parse and the scan-only read. */
import type { VFile } from 'vfile';
import type { Segment } from '../model/document.js';
import type { LineIndex } from './line-index.js';
import { ownCopies } from '../text/own-copy.js';
import { settleMemory } from '../runtime/memory-budget.js';
import { targetOpening, type RawSegment, type ScanProblem } from './scan-segments.js';

export function toSegments(raw: readonly RawSegment[], text: string, lines: LineIndex): Segment[] {
  return raw.map((r) => {
    const at = lines.point(r.start);
    return {
      id: r.id,
      n: r.n,
      source: text.slice(r.sourceStart, r.sourceEnd),
      target: text.slice(r.targetStart, r.targetEnd),
      line: at.line,
      column: at.column,
      targetStart: r.targetStart,
      targetEnd: r.targetEnd,
      sourceStart: r.sourceStart,
      sourceEnd: r.sourceEnd,
    };
  });
}

/** Characters past which a document's strings are copied out of its text (see detachSegments). */
export const LONG_TEXT = 1 << 20;

/**
 * The budget between the fields' copies: each leaves its views on the text and its list behind
 * (the 20 MB article's list peaked at 238 MB on the whole budget, 233–237 on this one).
 */
const FIELD_BUDGET = 16 * 1024 * 1024;

/**
 * A long article's segments given strings of their own, so that its text (twice its size in
 * bytes, for most translations) goes once read, rather than live as long as they do: their
 * strings are views on it (see own-copy.ts). A short article's text goes with its segments.
 * The scan's pairs they were made from (`raw`, in the same order), when those outlive the text,
 * take the same ids.
 */
export function detachSegments(segments: Segment[], text: string, raw?: RawSegment[]): void {
  if (text.length <= LONG_TEXT) return;
  ownField(segments, 'id');
  raw?.forEach((pair, i) => (pair.id = segments[i]!.id));
  ownField(segments, 'source');
  // A target that is its source (every plain segment, an sxs sentence left in English) is the
  // source's copy: copied apart, a 5.7 MB plain list held its text twice over (10 MB each).
  const translated: Segment[] = [];
  for (const segment of segments) {
    if (segment.target === segment.source) segment.target = segment.source;
    else translated.push(segment);
  }
  ownField(translated, 'target');
  // V8 keeps the subject of the last regular expression match (RegExp.lastMatch): a match on
  // another string lets the text go.
  /^/.exec('');
}

/** One field of the segments given strings of their own, its views on the text left behind. */
function ownField(segments: Segment[], field: 'id' | 'source' | 'target'): void {
  const copies = ownCopies(segments.map((segment) => segment[field]));
  segments.forEach((segment, i) => (segment[field] = copies[i]!));
  settleMemory(FIELD_BUDGET);
}

/**
 * The line and column in its file of a place in a pair's translation (`at`, an offset into its
 * target): the pair's own place, its opening tag, then the target's text up to there, whose
 * line breaks (a sentence over lines, a note's `> ` after each) start lines of their own. Columns
 * count UTF-16 code units, as the pair's does.
 */
export function targetPoint(segment: Pick<Segment, 'id' | 'line' | 'column' | 'target'>, at: number): { line: number; column: number } {
  const feed = at > 0 ? segment.target.lastIndexOf('\n', at - 1) : -1;
  if (feed === -1) return { line: segment.line, column: segment.column + targetOpening(segment.id) + at };
  let line = segment.line;
  for (let i = segment.target.indexOf('\n'); i !== -1 && i <= feed; i = segment.target.indexOf('\n', i + 1)) line++;
  return { line, column: at - feed };
}

export function reportProblems(file: VFile, problems: readonly ScanProblem[], lines: LineIndex): void {
  for (const problem of problems) {
    file.message(problem.reason, { place: lines.point(problem.offset), ruleId: problem.ruleId, source: 'docflow' });
  }
}
