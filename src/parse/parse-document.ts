/**
 * One article → Document: the unified pipeline (remark-parse, front matter, GFM, sxs folding),
 * then the procedure structure. Problems are vfile messages with positions and rule ids.
 */
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfmStructure from './gfm-structure.js';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import type { Document } from '../model/document.js';
import { readFrontmatter } from './frontmatter.js';
import { documentLocale } from './locale.js';
import { plainSegments } from './plain-segments.js';
import remarkSxs from './remark-sxs.js';
import { scanImages } from './images.js';
import { documentGlossary, ownLessons, type GlossaryLookup, type LessonBook } from './labels.js';
import { StructureBuilder, type TreeNode } from './structure.js';
import { detachSegments, toSegments } from './sxs-segments.js';
import { inputProblem, problemPlace } from './input-limits.js';
import { settleMemory } from '../runtime/memory-budget.js';

/**
 * The text to parse and its vfile: the article, or nothing when it breaks a limit of
 * input-limits (binary, too large, too deep), with one fatal message saying where.
 */
export function admitted(text: string, path: string): { text: string; file: VFile } {
  const problem = inputProblem(text);
  if (!problem) {
    const file = new VFile({ path, value: text });
    // A few bytes that are not UTF-8 (fewer than make it not text): read, and said where the first is.
    const undecoded = text.indexOf('\uFFFD');
    if (undecoded !== -1) file.message('bytes that are not UTF-8 (shown as �): save the article as UTF-8', { place: problemPlace(text, { offset: undecoded, reason: '', ruleId: 'not-text' }), ruleId: 'not-utf8', source: 'docflow' });
    return { text, file };
  }
  const file = new VFile({ path, value: '' });
  const message = file.message(problem.reason, { place: problemPlace(text, problem), ruleId: problem.ruleId, source: 'docflow' });
  message.fatal = true;
  return { text: '', file };
}

const streamBlocks = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfmStructure).use(remarkSxs).freeze().data('sxsBlocks')!;

export interface ParseOptions {
  /** Path for messages. */
  path: string;
  /** Locale to assume when the front matter has no `ms.contentlocale` (e.g. the folder name). */
  locale?: string;
  /** UI-label translations known from the rest of the content in this locale. */
  glossary?: GlossaryLookup;
  /** Or the glossary of the article's locale, once its front matter says which. */
  glossaryOf?: (locale: string) => GlossaryLookup | undefined;
  /**
   * Lessons of files about their labels (see learnGlossary): this text's are taken from there, or
   * learned and told to it before the locale's glossary is asked for, so that learning that
   * glossary does not read this text again (a 20 MB article read twice peaked 90 MB higher).
   */
  lessons?: LessonBook;
  /** Keep the folded tree and return it (tests, tools): a long article's tree is large. */
  tree?: boolean;
}

export interface ParseResult {
  document: Document;
  file: VFile;
  /** The mdast tree with `segment` nodes, positions in the original text: only when asked for. */
  tree?: TreeNode;
}

/**
 * The document is built a top-level block at a time as remark parses the article in pieces
 * (chunked-parse), so a long article's tree is never whole: each block's segments and structure
 * are taken, then the block goes (a 20 MB article's live heap stayed at ~134 MB through its
 * parse, where its whole tree took it to ~196 MB).
 */
export function parseDocument(given: string, options: ParseOptions): ParseResult {
  const { text, file } = admitted(given, options.path);
  const frontmatter = readFrontmatter(text, file);
  const locale = documentLocale(frontmatter, options.locale);
  const { sxs: scanned, blocks } = streamBlocks(text, file);
  // A side-by-side file whose pairs are all broken is still side-by-side: its blocks are not
  // plain text to translate, and its problems are already reported.
  const sxs = scanned.segments.length > 0 || scanned.problems.length > 0;
  const segments = sxs ? toSegments(scanned.segments, text, scanned.lines) : [];
  const byNumber = new Map(segments.map((s) => [s.n, s]));
  const images = scanImages(text);
  const structure = new StructureBuilder({
    segments: byNumber,
    text,
    images,
    // Plain segments are their own translation: their labels need no glossary (see labels.ts).
    glossary: documentGlossary(ownLessons(options.path, segments, options.lessons), options.glossary ?? options.glossaryOf?.(locale)),
  });
  const children: TreeNode[] = [];
  for (const block of blocks as Iterable<TreeNode>) {
    if (!sxs) {
      const found = segments.length;
      plainSegments(block, text, scanned.lines, segments);
      for (const segment of segments.slice(found)) byNumber.set(segment.n, segment);
    }
    structure.add(block);
    if (options.tree) children.push(block);
  }
  // The scan's raw pairs served the parse; the document's segments are what stays (18 MB of a 20 MB article's live heap).
  delete file.data.sxs;
  detachSegments(segments, text);
  // Between the phases of a long article, its garbage is kept within the memory budget.
  settleMemory();
  const document: Document = { path: options.path, locale, sxs, frontmatter, segments, images, ...structure.finish() };
  return { document, file, ...(options.tree ? { tree: { type: 'root', children } } : {}) };
}
