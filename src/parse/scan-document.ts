/**
 * One side-by-side article read by the scan alone: front matter and segments, no structure.
 * Enough for the translations of an article whose structure another locale's file gives; a
 * fraction of a markdown parse. Plain markdown has no pairs, so it returns `sxs: false` and the
 * caller parses it fully.
 */
import type { VFile } from 'vfile';
import type { Document } from '../model/document.js';
import { readFrontmatter } from './frontmatter.js';
import { scanImages } from './images.js';
import { LineIndex } from './line-index.js';
import { documentLocale } from './locale.js';
import { admitted, type ParseOptions } from './parse-document.js';
import { scanSegments } from './scan-segments.js';
import { detachSegments, reportProblems, toSegments } from './sxs-segments.js';

export function scanDocument(given: string, options: ParseOptions): { document: Document; file: VFile } {
  const { text, file } = admitted(given, options.path, options.bytesAreUtf8);
  const frontmatter = readFrontmatter(text, file);
  const { segments: raw, problems } = scanSegments(text);
  const lines = new LineIndex(text);
  reportProblems(file, problems, lines);
  const segments = toSegments(raw, text, lines);
  detachSegments(segments, text);
  const document: Document = {
    path: options.path,
    locale: documentLocale(frontmatter, options.locale),
    sxs: raw.length > 0 || problems.length > 0,
    frontmatter,
    segments,
    titleSegments: [],
    appliesTo: [],
    intro: [],
    notes: [],
    images: scanImages(text),
    procedures: [],
    links: [],
  };
  return { document, file };
}
