/**
 * The parser is skipped for text it would only give back: checked against the parser itself
 * (mdast-util-from-markdown) on any text, random and real.
 */
import fc from 'fast-check';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { describe, expect, it } from 'vitest';
import { isPlain, linkedText, parseInline, parsedLinks, simpleLinks } from '../../src/parse/inline.js';

const unchanged = (markdown: string) => {
  const [paragraph, ...rest] = fromMarkdown(markdown).children;
  return rest.length === 0 && paragraph?.type === 'paragraph' && paragraph.children.length === 1 && paragraph.children[0]!.type === 'text' && paragraph.children[0]!.value === markdown;
};

describe('text that needs no parsing', () => {
  it('is only ever text the parser gives back unchanged (any text of markdown-prone characters, fixed seed)', () => {
    const chars = fc.constantFrom(...'ab 1.)#>-+=*_`[]()<>&!\\\n\t~|:é中\u00a0\u202c\0🙂𠀀');
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

/**
 * Text made of `pieces` (fixed seed): wherever `fast` answers, it answers as `oracle` (the
 * parser) does. How many times it answered, so a test can ask that it was often.
 */
function answersAsTheParser(pieces: fc.Arbitrary<string>, seed: number, fast: (markdown: string) => unknown, oracle: (markdown: string) => unknown): number {
  let answered = 0;
  fc.assert(
    fc.property(fc.array(pieces, { maxLength: 10 }).map((list) => list.join('')), (markdown) => {
      const answer = fast(markdown);
      if (answer === undefined) return;
      answered++;
      expect(answer, JSON.stringify(markdown)).toEqual(oracle(markdown));
    }),
    { seed, numRuns: 30_000 },
  );
  return answered;
}

describe('links read without the parser', () => {
  it('are the parser’s links whenever the pattern answers (any text of link-prone characters, fixed seed)', () => {
    // Whole links among the pieces, so that generated text holds them often, near stray brackets.
    const pieces = fc.constantFrom(...'a b:/.#*_[]()<>&!\\`"\'\n-1'.split(''), '[a](b)', '[](x:y)', '](', '[a]', '(c)', '  ');
    expect(answersAsTheParser(pieces, 7, simpleLinks, parsedLinks)).toBeGreaterThan(3000);
  });

  it('answer for sentences with ordinary links, and leave the rest to the parser', () => {
    expect(simpleLinks('See [Create a customer](create-a-customer.md) and [the FAQ](https://x.test/faq#top).')).toEqual(['create-a-customer.md', 'https://x.test/faq#top']);
    expect(simpleLinks('Nothing here.')).toEqual([]);
    for (const other of ['[a](b "title")', '![image](a.png)', '[a `](b)`', '[a](<b c>)', '[a [b] c](d)', '\\[a](b)', '[a](b&amp;c)', '- [a](b)']) {
      expect(simpleLinks(other), other).toBeUndefined();
    }
  });
});

/** The parser's phrasing nodes of one paragraph, positions and all (the checklist edits links by them). */
function parsed(markdown: string): unknown {
  const [paragraph, ...rest] = fromMarkdown(markdown).children;
  if (rest.length > 0 || paragraph?.type !== 'paragraph') return { notAParagraph: markdown };
  return JSON.parse(JSON.stringify(paragraph.children));
}

describe('text with links built without the parser', () => {
  it('is the parser’s tree whenever the pattern answers (any text of link-prone characters, fixed seed)', () => {
    // Mostly words and whole links, with every kind of stray markup now and then.
    const pieces = fc.oneof(
      { arbitrary: fc.constantFrom('a', ' ', 'é中', '😀', '[a](b)', '[ a b ](c.md#d)', '(c)', '[x:y](https://x.test/a?b=1)', '[中😀](é)'), weight: 6 },
      { arbitrary: fc.constantFrom(...'b:/.#*_[]()<>&!\\`"\'\n\t-1'.split(''), '[](x:y)', '[a]()', '](', '[a]', '  ', '1.', '# '), weight: 1 },
    );
    expect(answersAsTheParser(pieces, 13, linkedText, parsed)).toBeGreaterThan(2000);
  });

  it('answers for sentences with ordinary links, and leaves the rest to the parser', () => {
    const sentence = 'If you want a [multichannel](multichannel.md) or [multipartner](https://x.test/a?b=1#c) scenario (see the FAQ).';
    expect(linkedText(sentence)).toEqual(parsed(sentence));
    expect(parseInline(sentence)).toEqual(parsed(sentence));
    for (const other of ['Nothing here.', '**Save** [a](b)', '[a](b "title")', '![image](a.png)', '[a](b(c))', '[a] (b)', '[a](b&amp;c)', '- [a](b)', ' [a](b)', '[a](b) ']) {
      expect(linkedText(other), other).toBeUndefined();
    }
  });
});
