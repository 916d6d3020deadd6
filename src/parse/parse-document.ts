/**
 * One article → Document: the unified pipeline (remark-parse, front matter, GFM, sxs folding),
 * then the procedure structure. Problems are vfile messages with positions and rule ids.
 */
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfmStructure from './gfm-structure.js';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import type { Document, Image, Segment } from '../model/document.js';
import { readFrontmatter } from './frontmatter.js';
import { frontmatterTitle } from './frontmatter-title.js';
import { documentLocale } from './locale.js';
import { plainSegments } from './plain-segments.js';
import remarkSxs, { type SxsData } from './remark-sxs.js';
import type { SourceText } from './skeleton.js';
import { scanImages } from './images.js';
import { documentGlossary, ownLessons, type GlossaryLookup, type LessonBook } from './labels.js';
import { StructureBuilder, type TreeNode } from './structure.js';
import { detachSegments, LONG_TEXT, toSegments } from './sxs-segments.js';
import { inputProblem, problemPlace } from './input-limits.js';
import { remeasureLive, settleMemory } from '../runtime/memory-budget.js';

/**
 * The text to parse and its vfile: the article, or nothing when it breaks a limit of
 * input-limits (binary, too large, too deep), with one fatal message saying where.
 */
export function admitted(text: string, path: string, bytesAreUtf8?: () => boolean): { text: string; file: VFile } {
  const problem = inputProblem(text);
  if (!problem) {
    // The file carries messages, not the text: a long article's text goes once its skeleton is made.
    const file = new VFile({ path, value: '' });
    // A few bytes that are not UTF-8 (fewer than make it not text): read, and said where the first
    // is; unless the file's bytes are UTF-8, and the U+FFFD one of its characters (this README's).
    const undecoded = text.indexOf('\uFFFD');
    if (undecoded !== -1 && !bytesAreUtf8?.()) file.message('bytes that are not UTF-8 (shown as �): save the article as UTF-8', { place: problemPlace(text, { offset: undecoded, reason: '', ruleId: 'not-text' }), ruleId: 'not-utf8', source: 'docflow' });
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
  /** Whether the file's bytes are UTF-8: asked of a text with U+FFFD, which is then the character itself. */
  bytesAreUtf8?: () => boolean;
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
 * parse, where its whole tree took it to ~196 MB). Given a function that reads the text, the
 * parse holds the only reference to it, and lets it go before remark starts (see readDocument).
 */
export function parseDocument(given: string | (() => string), options: ParseOptions): ParseResult {
  return buildDocument(readDocument(given, options), options);
}

/** What the parse takes from the text before remark sees the skeleton. */
interface ReadDocument {
  file: VFile;
  frontmatter: Record<string, unknown>;
  locale: string;
  sxs: boolean;
  scanned: SxsData;
  blocks: Iterable<TreeNode>;
  source: SourceText;
  segments: Segment[];
  images: Image[];
  /** Plain markdown's text: its segments are found as its blocks come. */
  plain?: string;
}

/**
 * Everything the parse takes from the text. A side-by-side article's text is not needed past
 * here (its skeleton holds what is outside its pairs): given as a function that reads it, no
 * caller's frame holds it while remark parses, and a long article's text (40 MB for 20 MB of a
 * translation) goes before the parse does.
 */
function readDocument(given: string | (() => string), options: ParseOptions): ReadDocument {
  const { text, file } = admitted(typeof given === 'string' ? given : given(), options.path, options.bytesAreUtf8);
  // A long text was read in pieces, joined: garbage now, collected before the scan makes more.
  // A collection of V8's own during the read found them live at times, and let the heap grow
  // 40 MB over them (the same import of the 20 MB article peaked at 198 or 230 MB).
  if (text.length > LONG_TEXT) settleMemory();
  const frontmatter = readFrontmatter(text, file);
  const locale = documentLocale(frontmatter, options.locale);
  // The structure takes a list's items as its pieces come (a tree kept for the caller is joined).
  const { sxs: scanned, blocks, source } = streamBlocks(text, file, { listPieces: !options.tree });
  // A side-by-side file whose pairs are all broken is still side-by-side: its blocks are not
  // plain text to translate, and its problems are already reported.
  const sxs = scanned.segments.length > 0 || scanned.problems.length > 0;
  const segments = sxs ? toSegments(scanned.segments, text, scanned.lines) : [];
  const images = scanImages(text);
  // A long article's segments are given their own strings now, so that its text goes before the
  // parse (the 20 MB article's parse had 40 MB more live with it). Last: it also makes the last
  // regular expression match (which V8 keeps) one on another string.
  if (sxs) detachSegments(segments, text, scanned.segments);
  // The text is about to go: the next settle measures what is live without it.
  if (sxs && text.length > LONG_TEXT) remeasureLive();
  return { file, frontmatter, locale, sxs, scanned, blocks: blocks as Iterable<TreeNode>, source, segments, images, ...(sxs ? {} : { plain: text }) };
}

function buildDocument(read: ReadDocument, options: ParseOptions): ParseResult {
  const { file, segments, scanned, plain } = read;
  const byNumber = new Map(segments.map((s) => [s.n, s]));
  const structure = new StructureBuilder({
    segments: byNumber,
    text: read.source,
    images: read.images,
    // Plain segments are their own translation: their labels need no glossary (see labels.ts).
    glossary: documentGlossary(ownLessons(options.path, segments, options.lessons), options.glossary ?? options.glossaryOf?.(read.locale)),
  });
  const children: TreeNode[] = [];
  for (const block of read.blocks) {
    if (plain !== undefined) {
      const found = segments.length;
      plainSegments(block, plain, scanned.lines, segments);
      for (const segment of segments.slice(found)) byNumber.set(segment.n, segment);
    }
    structure.add(block);
    if (options.tree) children.push(block);
  }
  // The scan's raw pairs served the parse; the document's segments are what stays (18 MB of a 20 MB article's live heap).
  delete file.data.sxs;
  if (plain !== undefined) detachSegments(segments, plain);
  // Between the phases of a long article, its garbage is kept within the memory budget.
  settleMemory();
  const { frontmatter, locale, sxs, images } = read;
  const found = structure.finish();
  // A plain article without an H1 is titled by its front matter, as DocFX titles it (after its other segments: their keys stay).
  const title = plain !== undefined && found.titleSegments.length === 0 ? frontmatterTitle(plain, frontmatter, segments.length + 1, scanned.lines.point.bind(scanned.lines)) : undefined;
  if (title) {
    segments.push(title);
    found.titleSegments = [title.n];
  }
  const document: Document = { path: options.path, locale, sxs, frontmatter, segments, images, ...found };
  return { document, file, ...(options.tree ? { tree: { type: 'root', children } } : {}) };
}
