/**
 * One article → Document: the unified pipeline (remark-parse, front matter, GFM, sxs folding),
 * then the procedure structure. Problems are vfile messages with positions and rule ids.
 */
import type { Root } from 'mdast';
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
import { learnGlossary, mergeGlossaries, type Glossary, type GlossaryLookup } from './labels.js';
import { buildStructure, type TreeNode } from './structure.js';
import { toSegments } from './sxs-segments.js';
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

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfmStructure).use(remarkSxs).freeze();

export interface ParseOptions {
  /** Path for messages. */
  path: string;
  /** Locale to assume when the front matter has no `ms.contentlocale` (e.g. the folder name). */
  locale?: string;
  /** UI-label translations known from the rest of the content in this locale. */
  glossary?: GlossaryLookup;
  /** What this text teaches about its labels, when already learned from it (see learnGlossary). */
  lessons?: Glossary;
}

export interface ParseResult {
  document: Document;
  file: VFile;
  /** The mdast tree with `segment` nodes, positions in the original text. */
  tree: TreeNode;
}

export function parseDocument(given: string, options: ParseOptions): ParseResult {
  const { text, file } = admitted(given, options.path);
  const frontmatter = readFrontmatter(text, file);
  const tree = processor.parse(file) as Root as unknown as TreeNode;
  // Between the phases of a long article, its garbage is kept within the memory budget.
  settleMemory();
  const { segments: raw, problems, lines } = file.data.sxs!;
  // A side-by-side file whose pairs are all broken is still side-by-side: its blocks are not
  // plain text to translate, and its problems are already reported.
  const sxs = raw.length > 0 || problems.length > 0;
  const segments = sxs ? toSegments(raw, text, lines) : plainSegments(tree, text, lines);
  const images = scanImages(text);
  const structure = buildStructure({
    root: tree,
    segments: new Map(segments.map((s) => [s.n, s])),
    text,
    images,
    glossary: mergeGlossaries(options.lessons ?? learnGlossary(segments), options.glossary),
  });
  settleMemory();
  const locale = documentLocale(frontmatter, options.locale);
  return { document: { path: options.path, locale, sxs, frontmatter, segments, images, ...structure }, file, tree };
}
