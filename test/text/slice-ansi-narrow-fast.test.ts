/**
 * The bundle answers "one column" for a grapheme of one code unit below U+1100 without asking
 * slice-ansi's tests (scripts/slice-ansi-narrow-fast.mjs). This holds that answer to what those
 * tests would say: no such code point is fullwidth or wide (is-fullwidth-code-point, which
 * slice-ansi asks), a regional indicator, or an emoji by presentation.
 */
import fc from 'fast-check';
import isFullwidthCodePoint from 'is-fullwidth-code-point';
import sliceAnsi from 'slice-ansi';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a build script, plain JavaScript.
import { NARROW_BELOW, sliceAnsiNarrowFast } from '../../scripts/slice-ansi-narrow-fast.mjs';
import { bundledText, importText } from '../bundled.js';

describe('slice-ansi, one code unit below U+1100', () => {
  it('is never wide, a regional indicator or an emoji, so one column is what slice-ansi would say', () => {
    const wide: string[] = [];
    for (let code = 0; code < (NARROW_BELOW as number); code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      if (isFullwidthCodePoint(code) || /\p{Emoji_Presentation}/u.test(String.fromCharCode(code)) || (code >= 0x1f1e6 && code <= 0x1f1ff)) wide.push(code.toString(16));
    }
    expect(wide).toEqual([]);
    // And the first code points past the line are what the tests are for.
    expect(isFullwidthCodePoint(NARROW_BELOW as number)).toBe(true);
  });

  it('slices any text as slice-ansi itself does, once rewritten', async () => {
    const code = await bundledText("export { default } from 'slice-ansi';", [sliceAnsiNarrowFast]);
    expect(code).toContain(`< ${NARROW_BELOW as number}) return 1;`);
    const rewritten = (await importText<{ default: typeof sliceAnsi }>(code)).default;
    const piece = fc.oneof(fc.string({ unit: 'grapheme' }), fc.constantFrom('\u001B[1m', '\u001B[22m', '\u001B[31m', '\u001B[39m', 'é', '中文', '👍🏽', '#\uFE0F\u20E3', '🇫🇷', '\u1100', '\u10FF', '─'));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), fc.nat(30), fc.nat(30), (pieces, start, length) => {
        const text = pieces.join('');
        expect(rewritten(text, start, start + length)).toBe(sliceAnsi(text, start, start + length));
      }),
      { numRuns: 2000 },
    );
  });
});
