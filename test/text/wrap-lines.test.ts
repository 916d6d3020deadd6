/**
 * Ink's wrapping (src/text/wrap-lines.ts): wrap-ansi's lines for text with spaces between its
 * words, and for the languages that write none, lines cut between words or characters as those
 * languages cut them, never inside a grapheme, nothing lost, no line wider than the pane.
 */
import fc from 'fast-check';
import stringWidth from 'string-width';
import wrapAnsi from 'wrap-ansi';
import { describe, expect, it } from 'vitest';
import wrapLines from '../../src/text/wrap-lines.js';

const INK = { trim: false, hard: true };
// eslint-disable-next-line no-control-regex
const SGR = /\u001B\[[\d;]*m/g;
const plain = (text: string) => text.replace(SGR, '');
const graphemes = (text: string) => Array.from(new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text), (s) => s.segment);

const THAI =
  'ถ้าคุณต้องการให้บริการโซลูชันแก่ลูกค้าที่มีบัญชีลูกค้าและการสมัครใช้งานผ่านสถานการณ์หลายช่องทางหรือหลายพันธมิตรอยู่แล้ว คุณควรขอความสัมพันธ์ผู้ค้าปลีกกับลูกค้ารายนั้น';
const JAPANESE = 'ダッシュボードメニューで顧客を選択し、顧客の追加を選択します。「更新」を選択し、次に「送信」を選択します。';

describe('text wrapped as Ink wraps it', () => {
  it('is wrap-ansi’s lines for text with spaces between its words, styled or not, but a line that is only the space a break fell on and a count parted from its word (fixed seed)', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'é', 'Ж', 'ש', '1', '.', '—', '\u001B[1m', '\u001B[22m', '\u001B[33m', '\u001B[39m'), minLength: 1, maxLength: 14 });
    fc.assert(
      fc.property(fc.array(word, { maxLength: 12 }), fc.constantFrom(' ', '  ', '\n'), fc.integer({ min: 1, max: 30 }), (words, space, columns) => {
        const text = words.join(space);
        // A count and the word after it stay together (the test below), where wrap-ansi parts them.
        fc.pre(!/(?:^|\s)[\d.]*\d (?=\p{L})/u.test(text));
        // Each line of the text wrapped alone, as wrap-ansi wraps it, without its wrapped lines (but the first) that show only a space.
        const expected = text
          .split('\n')
          .map((line) => wrapAnsi(line, columns, INK).split('\n').filter((wrapped, i) => i === 0 || plain(wrapped) !== ' ').join('\n'))
          .join('\n');
        expect(wrapLines(text, columns, INK)).toBe(expected);
      }),
      { seed: 20261206, numRuns: 1000 },
    );
  });

  it('cuts Thai between its words, never inside a grapheme (a tone mark stays on its letter), and loses nothing', () => {
    for (const columns of [10, 24, 38, 40, 61]) {
      const lines = wrapLines(THAI, columns, INK).split('\n');
      expect(lines.join('')).toBe(THAI);
      for (const line of lines) expect(stringWidth(line), line).toBeLessThanOrEqual(columns);
      // Where one line ends and the next begins is a grapheme boundary, and a word boundary.
      const words = new Set(Array.from(new Intl.Segmenter('th', { granularity: 'word' }).segment(THAI), (s) => s.index));
      let at = 0;
      for (const line of lines.slice(0, -1)) {
        at += line.length;
        expect(graphemes(THAI.slice(0, at)).concat(graphemes(THAI.slice(at)))).toEqual(graphemes(THAI));
        if (columns >= 24) expect(words.has(at), `${columns}: ${line}`).toBe(true);
      }
    }
    // At 38 columns wrap-ansi counted code points: อยู่ cut before its tone mark.
    expect(wrapAnsi(THAI, 38, INK).split('\n').some((line) => /^\p{M}/u.test(line))).toBe(true);
    expect(wrapLines(THAI, 38, INK).split('\n').some((line) => /^\p{M}/u.test(line))).toBe(false);
  });

  it('never begins a Japanese line with a closing mark (、。」) nor ends one with an opening mark (「)', () => {
    for (let columns = 6; columns <= 40; columns++) {
      const lines = wrapLines(JAPANESE, columns, INK).split('\n');
      expect(lines.join('')).toBe(JAPANESE);
      for (const line of lines) {
        expect(stringWidth(line)).toBeLessThanOrEqual(columns);
        expect(line, `${columns}`).not.toMatch(/^[、。」）ー]/u);
        expect(line, `${columns}`).not.toMatch(/[「（]$/u);
      }
    }
  });

  it('gives no line to the space a break falls on where the word before it fills its line (Inline showed that line empty)', () => {
    expect(wrapLines('ab cd ef', 2, INK).split('\n')).toEqual(['ab', 'cd', 'ef']);
    expect(wrapLines('(équivalent du numéro', 3, INK).split('\n').map(plain)).not.toContain(' ');
    expect(wrapLines('\u001B[1mab cd\u001B[22m', 2, INK).split('\n').map(plain)).toEqual(['ab', 'cd']);
    expect(wrapLines('ab 中文', 2, INK).split('\n')).toEqual(['ab', '中', '文']);
    // A line of the text that is a space is no break: it stays.
    expect(wrapLines('ab\n \ncd', 2, INK).split('\n')).toEqual(['ab', ' ', 'cd']);
  });

  it('never begins a French line with the ! ? : ; or » its space stands before, nor ends one with «', () => {
    const french = 'Aucune procédure ne correspond à « zzz ». Nom de la société : Contoso ; Quitter ? Oui !';
    // wrap-ansi breaks at every space: "« zzz" and "»." on two lines at 38 columns, as the picker showed them.
    expect(wrapAnsi(french, 38, INK).split('\n')[1]).toMatch(/^ ?»/u);
    const words = (text: string) => text.split(/\s+/u).filter(Boolean);
    for (const text of [french, `\u001B[1m${french}\u001B[22m`, `${french} é\u0301`]) {
      for (let columns = 12; columns <= 60; columns++) {
        const lines = wrapLines(text, columns, INK).split('\n').map(plain);
        expect(words(lines.join(' '))).toEqual(words(plain(text).normalize()));
        for (const line of lines) {
          expect(stringWidth(line)).toBeLessThanOrEqual(columns);
          expect(line, `${columns}`).not.toMatch(/^ ?[!?:;»]/u);
          expect(line, `${columns}`).not.toMatch(/« ?$/u);
        }
      }
    }
    // German's opening » (»Wort«) begins a word: a line may break before it.
    expect(wrapLines('Er sagte »Hallo« zu mir', 9, INK).split('\n')).toEqual(['Er sagte ', '»Hallo« ', 'zu mir']);
  });

  it('keeps a count with the word after it, in every script: no line ends with "(3" over "étapes)"', () => {
    // The list of procedures' counts in the UI's languages (locales/*/ui.json "list.steps"), and a document's.
    const counted = ['Ajouter un nouveau client  (3 étapes)', 'Neuen Kunden hinzufügen  (12 Schritte)', 'הוספת לקוח חדש  (3 שלבים)', 'إضافة عميل جديد  (3 خطوات)', 'เพิ่มลูกค้าใหม่  (3 ขั้นตอน)', '添加新客户  (3 步)', 'Réservez 1,5 Go pour 25 postes.'];
    for (const text of counted) {
      let parted = 0;
      // From the widest count and word, "(12 Schritte)": a narrower line cuts it as it cuts any word too wide.
      for (let columns = 13; columns <= 40; columns++) {
        const lines = wrapLines(text, columns, INK).split('\n');
        expect(lines.join('').replace(/\s/gu, '')).toBe(text.replace(/\s/gu, ''));
        lines.slice(0, -1).forEach((line, i) => {
          // A line that ends with a count, under which the next begins with a letter, parted them.
          if (/(?:^|[\s(])[\d.,]*\d\s*$/u.test(line) && /^\s*\p{L}/u.test(lines[i + 1]!)) parted++;
        });
      }
      expect(parted, text).toBe(0);
    }
    // wrap-ansi parted them, as the list showed them beside its 6 columns of indent at 24: the oracle that this is a rule of ours.
    expect(wrapAnsi(counted[0]!, 18, INK).split('\n')).toEqual(['Ajouter un nouveau', ' client  (3 ', 'étapes)']);
    expect(wrapLines(counted[0]!, 18, INK).split('\n')).toEqual(['Ajouter un nouveau', ' client  ', '(3 étapes)']);
  });

  it('keeps a style over the lines it runs on, as wrap-ansi does: each line opens it again', () => {
    const bold = `\u001B[1m${THAI}\u001B[22m`;
    const lines = wrapLines(bold, 30, INK).split('\n');
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.map(plain).join('')).toBe(THAI);
    for (const line of lines) expect(line.startsWith('\u001B[1m'), line).toBe(true);
  });
});
