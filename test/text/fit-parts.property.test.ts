/**
 * A line's parts cut to a width: never wider, a wide character never split, the text kept a
 * prefix of what was given with `…` after it when cut (the oracle: the parts joined).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import stringWidth from 'string-width';
import { displayWidth, fitParts } from '../../src/text/display-width.js';

const part = fc.string({ unit: fc.constantFrom('a', 'é', ' ', '中', '文', '—', 'ש', '\u0301', '🚀'), maxLength: 30 });

describe('parts of a line cut to a width', () => {
  it('are never wider than the width, and are what was given, or a prefix of it and an ellipsis (fixed seed)', () => {
    fc.assert(
      fc.property(fc.array(part, { minLength: 1, maxLength: 4 }), fc.integer({ min: 2, max: 60 }), (parts, width) => {
        const cut = fitParts(parts, width);
        expect(cut).toHaveLength(parts.length);
        const whole = parts.join('');
        const joined = cut.join('');
        if (displayWidth(whole) <= width) expect(cut).toEqual(parts);
        else {
          expect(displayWidth(joined)).toBeLessThanOrEqual(width);
          expect(joined.endsWith('…')).toBe(true);
          expect(whole.startsWith(joined.slice(0, -1))).toBe(true);
          // As much as fits: the next character would not have.
          const next = [...whole.slice(joined.length - 1)][0]!;
          expect(displayWidth(joined) + displayWidth(next)).toBeGreaterThan(width);
        }
      }),
      { seed: 20261204, numRuns: 2000 },
    );
  });

  it('does not let a wide character cross the edge (a Chinese title at 40 columns)', () => {
    const [title, steps] = fitParts(['注册世纪互联中国云解决方案提供商经销商', '  5 步'], 38);
    expect(title).toBe('注册世纪互联中国云解决方案提供商经销…');
    expect(displayWidth(title!)).toBe(37);
    expect(steps).toBe('');
  });

  it('counts the marks of every script as no column, as the terminal (and string-width, which Ink measures with) does', () => {
    const texts = [
      'หลังจากที่คุณตรวจทานการยืนยันแล้ว ให้เลือกเสร็จสิ้น', // Thai vowels and tone marks above and below
      'أضف عملاءً جدداً في مركز الشركاء', // Arabic tanwin
      'साइन इन करें', // Devanagari virama and candrabindu
      'שָׁלוֹם בְּ־עוֹלָם', // Hebrew points, and the maqaf, a hyphen of one column
    ];
    for (const text of texts) expect(displayWidth(text), text).toBe(stringWidth(text));
    // A Thai sentence cut to 40 columns fills them, never cut a sixth short.
    const [cut] = fitParts(['หลังจากที่คุณตรวจทานการยืนยันและคัดลอกบัญชีผู้ใช้ผู้ดูแลระบบและรหัสผ่านแล้ว'], 40);
    expect(stringWidth(cut!)).toBe(40);
  });

  it('counts every invisible format character as no column, as the terminal and string-width do: a Hebrew title that fits is not cut', () => {
    // Isolates around the English names (FSI…PDI, as translation tools write them), a byte order
    // mark left inside a line, the Arabic letter mark: each was a column, and the picker cut a
    // title of 78 columns in a row of 80 ("… Preview עכשי…").
    const title = 'ייצוא פלחים ונתונים אחרים אל \u2068LiveRamp®\u2069 ואל \u2068Azure Synapse\u2069 במהדורת Preview עכשיו';
    for (const text of [title, 'a\u2066b\u2067c\u2069', 'x\uFEFFy', 'مرحبا\u061C 42', 'C#\u200E \u200F(Preview)']) expect(displayWidth(text), text).toBe(stringWidth(text));
    expect(fitParts([title], 80)).toEqual([title]);
  });

  it('counts emoji and the ideographs past U+FFFF two columns, as the terminal and string-width do, and never splits an emoji', () => {
    // A title with an emoji was measured a column short per emoji: the picker's row ran past the pane.
    for (const text of ['Déployer 🚀 maintenant', 'Terminé ✔️', '👩‍💻 Développeur', '🇫🇷 France', '𠀀𠀁 字']) expect(displayWidth(text), text).toBe(stringWidth(text));
    const [cut] = fitParts(['ab🚀cd'], 4);
    expect(cut).toBe('ab…');
    // A joined emoji or a flag is one picture: kept whole or cut whole.
    expect(fitParts(['x👩‍💻yz'], 4)).toEqual(['x👩‍💻…']);
    expect(fitParts(['🇫🇷🇩🇪'], 3)).toEqual(['🇫🇷…']);
  });
});
