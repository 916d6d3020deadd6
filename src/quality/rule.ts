/**
 * A translators' quality check. Segment rules look at one translated sentence and its English;
 * content rules look across every sentence of a locale (one name per button, one translation per
 * sentence). Findings carry the file, line, column and rule id of the sentence, or of the place in
 * it a rule points at.
 */
import type { Document, Segment } from '../model/document.js';

export type Severity = 'error' | 'warning' | 'info';

export interface Finding {
  rule: string;
  message: string;
  /** The article file and the sentence, for file:line:column. */
  document: Document;
  segment?: Segment;
  line?: number;
  column?: number;
}

export interface LintSettings {
  /** Names a translation may keep in English (product names). */
  allow: readonly string[];
}

/**
 * What a segment rule finds in a sentence: its message, said at the sentence; or its message and
 * where in the translation the fault is (`at`, an offset into the target), said there, so that a
 * translator's editor jumps to it.
 */
export type Problem = string | { message: string; at: number };

/** A problem's message. */
export function problemMessage(problem: Problem): string {
  return typeof problem === 'string' ? problem : problem.message;
}

export interface SegmentRule {
  id: string;
  severity: Severity;
  description: string;
  check: (segment: Segment, document: Document, settings: LintSettings) => Problem[];
}
