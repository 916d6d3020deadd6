/**
 * One article → Document: the unified pipeline (remark-parse, front matter, GFM, sxs folding),
 * then the procedure structure. Problems are vfile messages with positions and rule ids.
 */
import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import YAML from 'yaml';
import type { Document, Segment } from '../model/document.js';
import { normalizeLocale } from './locale.js';
import { plainSegments } from './plain-segments.js';
import remarkSxs from './remark-sxs.js';
import { buildStructure, type TreeNode } from './structure.js';

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).use(remarkSxs).freeze();

export interface ParseOptions {
  /** Path for messages. */
  path: string;
  /** Locale to assume when the front matter has no `ms.contentlocale` (e.g. the folder name). */
  locale?: string;
}

export interface ParseResult {
  document: Document;
  file: VFile;
  /** The mdast tree with `segment` nodes, positions in the original text. */
  tree: TreeNode;
}

export function parseDocument(text: string, options: ParseOptions): ParseResult {
  const file = new VFile({ path: options.path, value: text });
  const tree = processor.parse(file) as Root as unknown as TreeNode;
  const frontmatter = readFrontmatter(tree, file);
  const { segments: raw, problems, lines } = file.data.sxs!;
  // A side-by-side file whose pairs are all broken is still side-by-side: its blocks are not
  // plain text to translate, and its problems are already reported.
  const sxs = raw.length > 0 || problems.length > 0;
  const segments: Segment[] =
    sxs
      ? raw.map((r) => {
          const at = lines.point(r.start);
          return {
            id: r.id,
            n: r.n,
            source: text.slice(r.sourceStart, r.sourceEnd),
            target: text.slice(r.targetStart, r.targetEnd),
            line: at.line,
            column: at.column,
            targetRange: [r.targetStart, r.targetEnd],
            sourceRange: [r.sourceStart, r.sourceEnd],
          };
        })
      : plainSegments(tree, text, lines);
  const byNumber = new Map(segments.map((s) => [s.n, s]));
  const structure = buildStructure(tree, byNumber);
  const declared = typeof frontmatter['ms.contentlocale'] === 'string' ? frontmatter['ms.contentlocale'] : undefined;
  const locale = normalizeLocale(declared) ?? normalizeLocale(options.locale) ?? 'en-US';
  return {
    document: { path: options.path, locale, sxs, frontmatter, segments, ...structure },
    file,
    tree,
  };
}

function readFrontmatter(tree: TreeNode, file: VFile): Record<string, unknown> {
  const node = tree.children?.find((c) => c.type === 'yaml');
  if (!node?.value) return {};
  try {
    const data: unknown = YAML.parse(node.value);
    return data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
  } catch (error) {
    const at = node.position?.start;
    file.message(`Front matter is not valid YAML: ${(error as Error).message.split('\n')[0]}`, {
      place: at ? { line: at.line + 1, column: 1 } : undefined,
      ruleId: 'bad-frontmatter',
      source: 'docflow',
    });
    return {};
  }
}
