/**
 * Any text docflow exports comes back from its XLIFF as it was, and the XLIFF is XML 1.0 whatever
 * the text holds: controls, noncharacters, private-use icons, entities, the mark itself.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { unitTexts } from '../../src/catalog/xliff/unit-texts.js';
import { marked, markedNote, unmarked } from '../../src/catalog/xliff/xml-chars.js';

// XML 1.0's Char production.
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
// What the package's writer does to a text: it takes `&amp;` for escaped, escapes the rest.
const packageEscape = (text: string) => text.replace(/&amp;/g, '&').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const texts = fc.string({ unit: fc.oneof(fc.constantFrom('\u000b', '\u000c', '\u0000', '\u001f', '\ufffe', '\uffff', '\ufdd0', '\ue001', '&', '&amp;', '&lt;', '<', ';', 'FDD0;', '0026;'), fc.string({ unit: 'grapheme', maxLength: 3 })), maxLength: 12 });

function document(text: string, version2: boolean): string {
  const inner = packageEscape(marked(text));
  const written = version2
    ? `<xliff version="2.0"><file id="a"><unit id="k"><segment><source>${inner}</source><target>${inner}</target></segment></unit></file></xliff>`
    : `<xliff version="1.2"><file original="a"><body><trans-unit id="k"><source>${inner}</source><target>${inner}</target></trans-unit></body></file></xliff>`;
  return unmarked(written, version2 ? 'xliff2' : 'xliff12');
}

describe('characters XML cannot carry, in XLIFF', () => {
  it('writes XML 1.0 and reads back the very text, in both versions', () => {
    fc.assert(
      fc.property(texts, fc.boolean(), (text, version2) => {
        const xml = document(text, version2);
        expect(xml).not.toMatch(NOT_XML);
        expect(unitTexts(xml, version2).get('a\0k')).toEqual({ source: text, target: text });
      }),
      { numRuns: 2000 },
    );
  });

  it('shows a control in a note as its picture, which XML carries', () => {
    expect(unmarked(packageEscape(markedNote('a\u000bb\u0000c\uffff & d')), 'xliff2')).toBe('a␋b␀c\ufffd &amp; d');
  });
});
