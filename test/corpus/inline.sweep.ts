/**
 * The inline fast paths on every sentence of the corpus: each body docflow does not parse must be
 * one the parser (mdast-util-from-markdown, the oracle) gives back as exactly its own text, and
 * each `*`-only body must get the parser's own tree, each body whose links are read by a
 * pattern must have the parser's links, and each body of text and links built without the parser
 * must be the parser's tree.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { describe, expect, it } from 'vitest';
import { isPlain, linkedText, parsedLinks, simpleLinks } from '../../src/parse/inline.js';
import { starEmphasis, starsOnly } from '../../src/parse/star-emphasis.js';
import { scanSegments } from '../../src/parse/scan-segments.js';
import { articlesOf, corpora } from './corpus-folders.js';

describe.skipIf(corpora.length === 0)('sentences that skip the inline parser', () => {
  it.each(corpora)('%s: every one parses to itself', (corpus) => {
    let plain = 0;
    let stars = 0;
    let linked = 0;
    let withLinks = 0;
    const wrong: string[] = [];
    for (const { text } of articlesOf(corpus)) {
      for (const s of scanSegments(text).segments) {
        for (const body of [text.slice(s.targetStart, s.targetEnd), text.slice(s.sourceStart, s.sourceEnd)]) {
          if (isPlain(body)) {
            plain++;
            const [paragraph, ...rest] = fromMarkdown(body).children;
            const same = rest.length === 0 && paragraph?.type === 'paragraph' && paragraph.children.length === 1 && 'value' in paragraph.children[0]! && paragraph.children[0].value === body;
            if (!same) wrong.push(body);
          } else if (starsOnly(body)) {
            stars++;
            const [paragraph, ...rest] = fromMarkdown(body).children;
            const expected = rest.length === 0 && paragraph?.type === 'paragraph' ? JSON.stringify(paragraph.children, (k, v) => (k === 'position' ? undefined : v)) : 'not a paragraph';
            if (JSON.stringify(starEmphasis(body)) !== expected) wrong.push(body);
          }
          const tree = linkedText(body);
          if (tree !== undefined) {
            withLinks++;
            const [paragraph, ...rest] = fromMarkdown(body).children;
            // Positions too: the checklist edits links by their offsets.
            const expected = rest.length === 0 && paragraph?.type === 'paragraph' ? JSON.stringify(paragraph.children) : 'not a paragraph';
            if (JSON.stringify(tree) !== expected) wrong.push(body);
          }
          const links = simpleLinks(body);
          if (links !== undefined && links.length > 0) linked++;
          if (links !== undefined && JSON.stringify(links) !== JSON.stringify(parsedLinks(body))) wrong.push(body);
        }
      }
    }
    expect(wrong).toEqual([]);
    expect(plain).toBeGreaterThan(1000);
    expect(stars).toBeGreaterThan(500);
    expect(linked).toBeGreaterThan(100);
    expect(withLinks).toBeGreaterThan(100);
  });
});
