/**
 * Labels whose translation could not be told with confidence: the screen shows the sentence
 * without them, and translators get a finding (an info message) at the sentence that holds them.
 */
import type { VFile } from 'vfile';
import type { Document } from '../model/document.js';

export function reportUnpairedLabels(document: Document, file: VFile): void {
  if (!document.sxs) return;
  const segments = new Map(document.segments.map((s) => [s.n, s]));
  for (const procedure of document.procedures) {
    for (const step of procedure.steps) {
      for (const label of step.labels) {
        if (label.target !== undefined) continue;
        const segment = segments.get(label.n);
        file.info(
          `${procedure.key} step ${step.number}: no UI label in the translation can be told to be “${label.source}”; it is shown without one`,
          { place: segment ? { line: segment.line, column: segment.column } : undefined, ruleId: 'label-unpaired', source: 'docflow' },
        );
      }
    }
  }
}
