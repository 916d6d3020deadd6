/** What one file teaches about its locale's UI labels: learned from its sentences alone. */
import { learnGlossary, type Glossary } from '../parse/label-glossary.js';
import { scanDocument } from '../parse/scan-document.js';

export function fileGlossary(text: string, path: string): Glossary {
  return learnGlossary(scanDocument(text, { path }).document.segments);
}
