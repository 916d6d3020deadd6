/**
 * A prefixed XLIFF's copy without its XLIFF prefixes (unprefixed.ts) is made a chunk at a time:
 * chunks of 1 to 40 bytes cut tags, comments, CDATA and multi-byte characters everywhere, and the
 * copy is what one regular expression over the whole text makes, byte for byte the same length.
 */
import fs from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { unprefixedBytes } from '../../src/catalog/xliff/unprefixed.js';
import { bytesOfText } from '../../src/catalog/xliff/xml-bytes.js';

const XLIFF = 'urn:oasis:names:tc:xliff:document:1.2';
// Well-formed pieces (the XML parser refuses a file that is not, after the copy is made).
const FRAGMENTS = [
  '<ns0:trans-unit id="k"><ns0:source>a</ns0:source></ns0:trans-unit>',
  '<ns0:target state="translated">é’ 中文 &lt;b&gt; > </ns0:target>',
  '<ns0:target>a <ns0:x id="cp1" ctype="x-docflow-cp-000B" /> b</ns0:target>',
  '<ns0:note a=">">text</ns0:note>',
  '<!-- <ns0:not-a-tag> -->',
  '<![CDATA[ <ns0:nor-this> ]]>',
  '<?pi <ns0:nor-that> ?>',
  '<mda:meta xmlns:mda="urn:oasis:names:tc:xliff:metadata:2.0"/>',
  '<ns0:group xmlns:ns0="urn:oasis:names:tc:xliff:document:1.2"><ns0:note/></ns0:group>',
  '\n  ',
];

const documentText = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 40 }).map((body) => `<?xml version='1.0' encoding='UTF-8'?>\n<ns0:xliff xmlns:ns0="${XLIFF}" version="1.2"><ns0:file original="a">${body.join('')}</ns0:file></ns0:xliff>\n`);

/** The tags of `ns0:` elements unprefixed over the whole text, the prefix's bytes as spaces after the name (not in comments, CDATA, instructions). */
function oracle(text: string): string {
  return text.replace(/<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<\?[\s\S]*?\?>|<(\/?)ns0:([\w-]+)/g, (all, slash: string | undefined, name: string | undefined) => (name === undefined ? all : `<${slash}${name}    `));
}

describe('a prefixed XLIFF read without its prefixes', () => {
  it('is what one regular expression over the whole text makes, however the chunks cut it', () => {
    fc.assert(
      fc.property(documentText, fc.integer({ min: 1, max: 40 }), (text, chunk) => {
        const copy = unprefixedBytes(bytesOfText(text), XLIFF, chunk);
        try {
          expect(copy.read(0, copy.size).toString('utf8')).toBe(oracle(text));
        } finally {
          copy.close();
        }
      }),
      { numRuns: 400 },
    );
  });

  it('leaves no copy behind once closed', () => {
    const copy = unprefixedBytes(bytesOfText(`<ns0:xliff xmlns:ns0="${XLIFF}"></ns0:xliff>`), XLIFF);
    const open = fs.readdirSync('/proc/self/fd').map((fd) => {
      try {
        return fs.readlinkSync(`/proc/self/fd/${fd}`);
      } catch {
        return '';
      }
    });
    const folders = open.filter((link) => link.endsWith('unprefixed.xlf'));
    expect(folders.length).toBe(1);
    copy.close();
    expect(fs.existsSync(folders[0]!)).toBe(false);
  });
});
