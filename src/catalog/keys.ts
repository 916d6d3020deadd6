/**
 * Message keys: `<part>.<n>`, where `n` is the segment number that aligns locales and `part`
 * says where the string sits, so a translator reading a resource file knows what it is:
 *
 *   title.103                 the article's H1
 *   applies-to.105            the "Applies to" label and items
 *   intro.106                 paragraphs before the first procedure
 *   note.108                  notes outside procedures
 *   proc-1.title.109          the heading or bold line that introduces procedure 1
 *   proc-1.step-2.111         a segment of step 2 of procedure 1 (notes and substeps included)
 *   proc-1.step-2.111.label-2 the 2nd bold UI label of that segment
 *   proc-1.step-5.code-1      the 1st code block of step 5 (commands are not translated)
 *   text.116                  everything else
 */
import type { Document } from '../model/document.js';

export function segmentKeys(document: Document): Map<number, string> {
  const keys = new Map<number, string>();
  const assign = (part: string, numbers: readonly number[]) => {
    for (const n of numbers) if (!keys.has(n)) keys.set(n, `${part}.${n}`);
  };
  assign('title', document.titleSegments);
  assign('applies-to', document.appliesTo);
  assign('intro', document.intro);
  for (const note of document.notes) assign('note', note.segments);
  for (const procedure of document.procedures) {
    assign(`${procedure.key}.title`, procedure.titleSegments);
    for (const step of procedure.steps) assign(step.key, step.segments);
  }
  assign('text', document.segments.map((s) => s.n));
  return keys;
}

/** A code block of a step: the same text in every locale, so the workflow still holds keys only. */
export function codeKey(stepKey: string, index: number): string {
  return `${stepKey}.code-${index}`;
}

export function labelKey(segmentKey: string, index: number): string {
  return `${segmentKey}.label-${index}`;
}
