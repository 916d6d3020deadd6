/**
 * The bundle's ansi-tokenize (scripts/same-styles-fast.mjs) turns styled characters back into
 * text as the package does, for any mix of colours, intensities, links and resets.
 */
import { styledCharsFromTokens, styledCharsToString, tokenize } from '@alcalzone/ansi-tokenize';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a build script, plain JavaScript.
import { sameStylesFast } from '../../scripts/same-styles-fast.mjs';
import { bundledText, importText } from '../bundled.js';

describe('ansi-tokenize without the differences of equal styles', async () => {
  const code = await bundledText("export { styledCharsToString } from '@alcalzone/ansi-tokenize';", [sameStylesFast]);
  const rewritten = (await importText<{ styledCharsToString: typeof styledCharsToString }>(code)).styledCharsToString;

  it('is the rewritten function', () => {
    expect(code).toContain('sameStyles(chars[i - 1].styles, char.styles)');
  });

  it('gives the text the package gives, for any styled line', () => {
    const codes = ['\u001B[1m', '\u001B[2m', '\u001B[22m', '\u001B[3m', '\u001B[23m', '\u001B[31m', '\u001B[32m', '\u001B[39m', '\u001B[44m', '\u001B[49m', '\u001B[0m', '\u001B[38;5;12m', '\u001B[38;2;1;2;3m', '\u001B]8;;https://example.com\u0007', '\u001B]8;;\u0007'];
    const piece = fc.oneof(fc.constantFrom(...codes), fc.string({ unit: 'grapheme', maxLength: 5 }), fc.constantFrom('中文', 'é', ' '));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 16 }), (pieces) => {
        const chars = styledCharsFromTokens(tokenize(pieces.join('')));
        expect(rewritten(chars)).toBe(styledCharsToString(chars));
      }),
      { numRuns: 5000 },
    );
  });
});
