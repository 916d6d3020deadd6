/**
 * Ink's cut of a line to its width (src/text/truncate-line.ts): cli-truncate's for text of
 * visible characters, and the terminal's columns for text with invisible format characters (a
 * right-to-left mark takes none) or wide ones (never across the edge).
 */
import cliTruncate from 'cli-truncate';
import fc from 'fast-check';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import truncateLine from '../../src/text/truncate-line.js';

// eslint-disable-next-line no-control-regex
const SGR = /\u001B\[[\d;]*m/g;
const plain = (text: string) => text.replace(SGR, '');

describe('a line cut as Ink cuts it', () => {
  it('is cli-truncate’s line for text of visible narrow characters, styled or not (fixed seed)', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'é', 'Ж', 'ש', ' ', '.', '\u001B[1m', '\u001B[22m', '\u001B[33m', '\u001B[39m'), maxLength: 40 });
    fc.assert(
      fc.property(text, fc.integer({ min: 0, max: 30 }), (line, columns) => {
        expect(plain(truncateLine(line, columns))).toBe(plain(cliTruncate(line, columns)));
      }),
      { seed: 20261207, numRuns: 1000 },
    );
  });

  it('counts no column for an invisible format character: the line runs to the edge', () => {
    const rlm = '\u200f';
    const line = `${rlm}(CLV)${rlm} ${rlm}(AI)${rlm} \u2066חיזוי\u2069 של ערך\u200b אורך\u2060 החיים\ufeff של\u061c הלקוח`;
    for (const columns of [10, 20, 30]) {
      const cut = truncateLine(line, columns);
      expect(cut.endsWith('…')).toBe(true);
      expect(stringWidth(cut)).toBe(columns);
    }
  });

  it('never lets a wide character cross the edge', () => {
    expect(truncateLine('选择客户选择客户', 6)).toBe('选择…');
    expect(stringWidth(truncateLine('a选择客户选择客户', 6))).toBe(6);
  });

  it('closes the styles the kept text opened, the ellipsis in the last one', () => {
    expect(truncateLine('\u001B[1mbold words\u001B[22m and more', 6)).toBe('\u001B[1mbold …\u001B[22m');
  });

  it('cuts each line of several, and leaves a line that fits as it is', () => {
    expect(truncateLine('short\na longer line', 8)).toBe('short\na longe…');
  });
});
