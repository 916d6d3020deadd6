/**
 * What one file teaches about its locale's UI labels: learned from its sentences alone. Only
 * the pairs are read (no front matter, no positions): this runs over every file of a locale.
 */
import { learnGlossary, type Glossary } from '../parse/label-glossary.js';
import { scanSegments } from '../parse/scan-segments.js';
import type { Segment } from '../model/document.js';

export function fileGlossary(text: string): Glossary {
  const sentences = scanSegments(text).segments.map(
    (r) => ({ source: text.slice(r.sourceStart, r.sourceEnd), target: text.slice(r.targetStart, r.targetEnd) }) as Segment,
  );
  return learnGlossary(sentences);
}
