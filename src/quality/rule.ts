/**
 * A translators' quality check. Segment rules look at one translated sentence and its English;
 * content rules look across every sentence of a locale (one name per button, one translation per
 * sentence). Findings carry the file, line, column and rule id of the sentence.
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

export interface SegmentRule {
  id: string;
  severity: Severity;
  description: string;
  check: (segment: Segment, document: Document, settings: LintSettings) => string[];
}
