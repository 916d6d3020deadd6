/** Scanned pairs → Segments and vfile messages: shared by the full parse and the scan-only read. */
import type { VFile } from 'vfile';
import type { Segment } from '../model/document.js';
import type { LineIndex } from './line-index.js';
import type { RawSegment, ScanProblem } from './scan-segments.js';

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
      targetRange: [r.targetStart, r.targetEnd],
      sourceRange: [r.sourceStart, r.sourceEnd],
    };
  });
}

export function reportProblems(file: VFile, problems: readonly ScanProblem[], lines: LineIndex): void {
  for (const problem of problems) {
    file.message(problem.reason, { place: lines.point(problem.offset), ruleId: problem.ruleId, source: 'docflow' });
  }
}
