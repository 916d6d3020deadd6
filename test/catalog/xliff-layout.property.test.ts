/**
 * Import finds an XLIFF file's parts in its bytes, a window at a time (xliff-layout.ts), and says
 * where a unit is from a byte offset (xml-bytes.ts). Oracles: regular expressions over the whole
 * text, as import read it before (Latin-1, so an index is a byte's), and LineIndex over the text.
 * Windows of 17 to 80 bytes cut tags, names and multi-byte characters everywhere.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { xliffLayout } from '../../src/catalog/xliff/xliff-layout.js';
import { ByteLines, bytesOfText } from '../../src/catalog/xliff/xml-bytes.js';
import { LineIndex } from '../../src/parse/line-index.js';

const FRAGMENTS = [
  '<file original="a">',
  '<file id="b" >',
  '</file>',
  '</file >',
  '</trans-unit  >',
  '</unit\n>',
  '</xliff >',
  '<trans-unit id="k">',
  '</trans-unit>',
  '<unit id="u">',
  '</unit>',
  '<units>',
  '<filed/>',
  '<group>',
  '<source>é’ 中文</source>',
  '<!DOCTYPE x>',
  '<!entity y>',
  '<!-- c -->',
  '</xliff>',
  '\n  ',
  'text ',
  '<',
];

const documentText = fc
  .tuple(fc.constantFrom('<xliff version="1.2">', '<xliff version="2.0" srcLang="en">', '<xliff\nversion="2.1">', ''), fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 60 }))
  .map(([root, body]) => `<?xml version="1.0"?>\n${root}${body.join('')}`);

/** The layout as regular expressions over the whole text find it. */
function oracle(text: string) {
  const latin1 = Buffer.from(text).toString('latin1');
  const version2 = /<xliff\b[^>]*\bversion\s*=\s*["']2\./.test(latin1);
  // An end tag may have space before its `>` (a file read without its prefixes has: see unprefixed.ts).
  const [unit, end] = version2 ? [/<unit[\s>/]/g, /<\/unit\s*>/g] : [/<trans-unit[\s>/]/g, /<\/trans-unit\s*>/g];
  const files = [...latin1.matchAll(/<file[\s>/][\s\S]*?<\/file\s*>/g)].map((match) => {
    const body = match[0];
    const at = (index: number) => match.index + index;
    return {
      start: match.index,
      end: match.index + body.length,
      grouped: /<group[\s>/]/.test(body),
      units: [...body.matchAll(unit)].map((m) => at(m.index)),
      unitEnds: [...body.matchAll(end)].map((m) => at(m.index) + m[0].length),
    };
  });
  const declaration = latin1.search(/<!(DOCTYPE|ENTITY)/i);
  const root = latin1.search(/<xliff[\s>/]/);
  const rootClose = [...latin1.matchAll(/<\/xliff\s*>/g)].at(-1)?.index ?? -1;
  // A <file> after the last one closed, never closed itself.
  const lastEnd = files.at(-1)?.end ?? 0;
  const open = latin1.slice(lastEnd).search(/<file[\s>/]/);
  const unclosed = open === -1 ? -1 : lastEnd + open;
  return { version2, files, ...(declaration !== -1 ? { declaration } : {}), ...(root !== -1 ? { root } : {}), ...(rootClose !== -1 ? { rootClose } : {}), ...(unclosed !== -1 ? { unclosed } : {}) };
}

describe('an XLIFF file\'s layout, found a window at a time', () => {
  it('is what regular expressions over the whole text find, however the windows cut it', () => {
    fc.assert(
      fc.property(documentText, fc.integer({ min: 17, max: 80 }), (text, window) => {
        const want = oracle(text);
        expect(xliffLayout(bytesOfText(text), window)).toEqual(want);
        expect(xliffLayout(bytesOfText(text))).toEqual(want);
      }),
      { numRuns: 1500 },
    );
  });
});

describe('a place from a byte offset', () => {
  it('is the line and column LineIndex gives for the same character, asked for in order or not', () => {
    const text = fc.array(fc.constantFrom('a', 'é', '’', '中', '😀', '\n', '\r\n', '<x>'), { maxLength: 80 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, fc.array(fc.nat(), { maxLength: 12 }), (value, picks) => {
        // Each character's start, in UTF-16 and in bytes.
        const starts: [utf16: number, byte: number][] = [];
        let [utf16, byte] = [0, 0];
        for (const character of value) {
          starts.push([utf16, byte]);
          utf16 += character.length;
          byte += Buffer.byteLength(character);
        }
        starts.push([utf16, byte]);
        const index = new LineIndex(value);
        const lines = new ByteLines(bytesOfText(value));
        for (const pick of picks) {
          const [at, offset] = starts[pick % starts.length]!;
          const { line, column } = index.point(at);
          expect(lines.point(offset)).toEqual({ line, column });
        }
      }),
      { numRuns: 1500 },
    );
  });
});
