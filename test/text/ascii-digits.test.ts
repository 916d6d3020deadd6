/**
 * Digits of every script ICU numbers with (the oracle: Intl.NumberFormat writes 0–9 in each
 * numbering system) are read as ASCII; other text is left as it is.
 */
import { describe, expect, it } from 'vitest';
import { asciiDigits } from '../../src/text/ascii-digits.js';

const SYSTEMS = ['arab', 'arabext', 'bali', 'beng', 'deva', 'fullwide', 'gujr', 'guru', 'khmr', 'knda', 'laoo', 'limb', 'mlym', 'mong', 'mymr', 'orya', 'tamldec', 'telu', 'thai', 'tibt', 'mathbf', 'mathmono'];

describe('asciiDigits', () => {
  it('reads each digit of every numbering system ICU writes as its ASCII digit', () => {
    for (const system of SYSTEMS) {
      const format = new Intl.NumberFormat(`en-u-nu-${system}`, { useGrouping: false });
      for (let digit = 0; digit <= 9; digit++) expect([system, asciiDigits(format.format(digit))]).toEqual([system, String(digit)]);
      expect(asciiDigits(format.format(1234567890))).toBe('1234567890');
    }
  });

  it('leaves text without such digits as it is, the same string', () => {
    const text = 'Sélectionnez **Enregistrer** (2 fois) — 选择“保存”。';
    expect(asciiDigits(text)).toBe(text);
    expect(asciiDigits('ⅻ ½ ² ①')).toBe('ⅻ ½ ² ①');
  });
});
