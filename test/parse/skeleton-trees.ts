/**
 * An article's skeleton (pairs as placeholders) parsed as docflow parses it, with the
 * placeholder syntax, and as remark does without it: the oracle the syntax must equal.
 */
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import remarkGfmStructure from '../../src/parse/gfm-structure.js';
import { remarkPlaceholderSyntax } from '../../src/parse/placeholder-syntax.js';
import { scanSegments } from '../../src/parse/scan-segments.js';
import { buildSkeleton } from '../../src/parse/skeleton.js';

const remark = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfmStructure).freeze();
const docflow = remark().use(remarkPlaceholderSyntax).freeze();

/** The skeleton of a text: the text itself when it has no pairs. */
export function skeletonOf(text: string): string {
  const { segments } = scanSegments(text);
  return segments.length > 0 ? buildSkeleton(text, segments)!.text : text;
}

/** A text parsed with the placeholder syntax and without it. */
export function bothTrees(text: string): { docflow: unknown; remark: unknown } {
  return { docflow: docflow.parse(text), remark: remark.parse(text) };
}
