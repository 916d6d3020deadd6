/**
 * The parser is skipped for text it would only give back: checked against the parser itself
 * (mdast-util-from-markdown) on any text, random and real.
 */
import fc from 'fast-check';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { describe, expect, it } from 'vitest';
import { isPlain, parseInline } from '../../src/parse/inline.js';

const unchanged = (markdown: string) => {
  const [paragraph, ...rest] = fromMarkdown(markdown).children;
  return rest.length === 0 && paragraph?.type === 'paragraph' && paragraph.children.length === 1 && paragraph.children[0]!.type === 'text' && paragraph.children[0]!.value === markdown;
};

describe('text that needs no parsing', () => {
  it('is only ever text the parser gives back unchanged (any text of markdown-prone characters, fixed seed)', () => {
    const chars = fc.constantFrom(...'ab 1.)#>-+=*_`[]()<>&!\\\n\t~|:é中\u00a0\u202c\0'.split(''));
    fc.assert(
      fc.property(fc.string({ unit: chars, maxLength: 12 }), (markdown) => {
        if (isPlain(markdown)) expect(unchanged(markdown), JSON.stringify(markdown)).toBe(true);
      }),
      { seed: 11, numRuns: 20_000 },
    );
  });

  it('covers ordinary sentences, so most of an article skips the parser', () => {
    for (const sentence of ['Sélectionnez le menu, puis Enregistrer.', '在仪表板菜单中，选择客户。', 'בחר את הלקוח.', 'Version 2.0 (preview)']) {
      expect(isPlain(sentence), sentence).toBe(true);
      expect(parseInline(sentence)).toEqual([{ type: 'text', value: sentence }]);
    }
    for (const markup of ['**Save**', '1. Step', '# Title', 'a &amp; b', 'a\\*b', ' lead', 'trail ', '[x](y)', '2021) x']) {
      expect(isPlain(markup), markup).toBe(false);
    }
  });
});
