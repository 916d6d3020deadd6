/**
 * sameText walks two strings side by side (it is asked for every sentence against its English):
 * it must say exactly what comparing their spacing-free copies says, for any spacing.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sameText, spacingFree } from '../../src/text/same-text.js';

// Every character `\s` matches, and a few that it does not (zero-width space, letters).
const SPACES = ['\t', '\n', '\v', '\f', '\r', ' ', '\u00a0', '\u1680', '\u2000', '\u200a', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff'];
const piece = fc.oneof(fc.constantFrom(...SPACES, '\u200b', 'a', 'b', 'é', '中'), fc.string({ maxLength: 3 }));
const text = fc.array(piece, { maxLength: 12 }).map((parts) => parts.join(''));

describe('sameText', () => {
  it('says what the spacing-free copies say, whatever the spacing', () => {
    fc.assert(
      fc.property(text, text, (a, b) => {
        expect(sameText(a, b)).toBe(spacingFree(a) === spacingFree(b));
      }),
      { numRuns: 5000 },
    );
  });

  it('takes a run of spaces as one, ends trimmed, and undefined as empty', () => {
    expect(sameText(' Select  the\u00a0button.\n', 'Select the button.')).toBe(true);
    expect(sameText('Select the button.', 'Select thebutton.')).toBe(false);
    expect(sameText('Select ', 'Select x')).toBe(false);
    expect(sameText(undefined, ' \t')).toBe(true);
    expect(sameText('x', undefined)).toBe(false);
  });

  it('treats every character \\s matches as a space, and no other', () => {
    for (let code = 0; code < 0x10000; code++) {
      const c = String.fromCharCode(code);
      expect(sameText(`a${c}b`, 'a b'), code.toString(16)).toBe(/\s/.test(c));
    }
  });
});
