/**
 * Parsing in pieces against remark's whole parse (the oracle), on every article of the corpus:
 * the skeleton and the full text give the same tree, positions included, cut or not. And the
 * document made from a list's pieces as they come is the one made from the joined tree.
 */
import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { chunkedParse, cutPoints } from '../../src/parse/chunked-parse.js';
import { parseDocument } from '../../src/parse/parse-document.js';
import remarkGfmStructure from '../../src/parse/gfm-structure.js';
import { scanSegments } from '../../src/parse/scan-segments.js';
import { buildSkeleton } from '../../src/parse/skeleton.js';
import { articlesOf, corpora } from './corpus-folders.js';

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfmStructure).freeze();
const whole = (text: string) => processor.parse(text) as Root;

describe.skipIf(corpora.length === 0)('parsing the corpus in pieces', () => {
  it.each(corpora)('%s: the tree of the whole parse', (corpus) => {
    let cut = 0;
    for (const { name, text } of articlesOf(corpus)) {
      for (const markdown of [text, buildSkeleton(text, scanSegments(text).segments)!.text]) {
        // The pieces docflow parses, and a cut at every heading that allows one.
        if (cutPoints(markdown).length > 0) cut++;
        const tree = whole(markdown);
        expect(chunkedParse(whole, markdown), name).toEqual(tree);
        expect(chunkedParse(whole, markdown, 1), name).toEqual(tree);
      }
    }
    expect(cut).toBeGreaterThan(50);
  }, 600_000);

  it.each(corpora)('%s: the document of a list in pieces', (corpus) => {
    for (const { name, text } of articlesOf(corpus)) {
      const pieces = parseDocument(text, { path: name }).document;
      expect(pieces, name).toEqual(parseDocument(text, { path: name, tree: true }).document);
    }
  }, 600_000);
});
