/**
 * Emphasis of `*`-only text without the parser: the same tree as mdast-util-from-markdown (the
 * oracle) on any text of stars, letters, spaces, punctuation and symbols (astral ones too), and on every such sentence of
 * the real fixtures.
 */
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { describe, expect, it } from 'vitest';
import { starEmphasis, starsOnly } from '../../src/parse/star-emphasis.js';
import { scanSegments } from '../../src/parse/scan-segments.js';
import { FIXTURES } from '../helpers.js';

/** The parser's phrasing nodes of one paragraph, without positions. */
function oracle(markdown: string): unknown {
  const strip = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(strip);
    if (node && typeof node === 'object') return Object.fromEntries(Object.entries(node).filter(([k]) => k !== 'position').map(([k, v]) => [k, strip(v)]));
    return node;
  };
  const [paragraph, ...rest] = fromMarkdown(markdown).children;
  if (rest.length > 0 || paragraph?.type !== 'paragraph') return { notAParagraph: markdown };
  return strip(paragraph.children);
}

describe('emphasis of *-only text', () => {
  it('builds the tree the parser builds (any arrangement of stars, fixed seed)', () => {
    // Characters beyond 16 bits too (a symbol, a letter, a CJK ideograph), on either side of a run.
    const chars = fc.constantFrom(...'**** ab.,é中:()|🙂𝒜𠀀');
    fc.assert(
      fc.property(fc.string({ unit: chars, minLength: 1, maxLength: 14 }), (markdown) => {
        if (starsOnly(markdown)) expect(starEmphasis(markdown), JSON.stringify(markdown)).toEqual(oracle(markdown));
      }),
      { seed: 5, numRuns: 30_000 },
    );
  });

  it('builds the tree the parser builds for every such sentence of the fixtures', () => {
    let checked = 0;
    for (const entry of fs.readdirSync(FIXTURES, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || !entry.name.endsWith('.md')) continue;
      const text = fs.readFileSync(path.join(entry.parentPath, entry.name), 'utf8');
      for (const s of scanSegments(text).segments) {
        for (const body of [text.slice(s.targetStart, s.targetEnd), text.slice(s.sourceStart, s.sourceEnd)]) {
          if (!starsOnly(body)) continue;
          checked++;
          expect(starEmphasis(body), body).toEqual(oracle(body));
        }
      }
    }
    expect(checked).toBeGreaterThan(50);
  });

  it('leaves lists, rules and other markup to the parser', () => {
    for (const text of ['* item', '***', '* * *', '**a** [b](c)', 'a_b*', ' **a**', '**a** ', 'a\\*b*']) expect(starsOnly(text), text).toBe(false);
    expect(starsOnly('Sélectionnez **Enregistrer**.')).toBe(true);
  });
});
