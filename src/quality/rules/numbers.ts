/**
 * Numbers of the English kept in the translation, whatever the locale's separators (6,000, 6 000
 * and 6.000 are one number), digits (٦٬٠٠٠, ６) and words of scale (1 million is מיליון, 100 万
 * and 1 000 000); digits inside link targets and code do not count.
 */
import { plainText, parseInline } from '../../parse/inline.js';
import type { SegmentRule } from '../rule.js';
import { asciiDigits } from '../../text/ascii-digits.js';
import { scaleFinder, type ScaleFinder } from '../../text/scale-words.js';
import { NUMBER, decimalPoint } from '../../text/written-number.js';
import { takeDates } from '../../text/numeric-dates.js';
import { numberWords, type NumberWords } from '../../text/number-words.js';

// Digits joined by group or decimal separators are one number; compare their digits only. In the
// English, digits inside a name ("21Vianet", which zh-CN calls 世纪互联) are part of the name; in
// the translation, a number may carry the language's ordinal ending (1er, 1.º).
// A space or an apostrophe groups thousands only before exactly three digits ("18 750", the
// Swiss "100'000" and "100’000"), not between a day and a year ("5 2020"). Times (7:30 PM is 19:30 elsewhere) and versions (v1.16.1) are left out.
// Arabic script separates decimals with U+066B and groups with U+066C; digits of any script are
// read as ASCII first (asciiDigits).
// An English ordinal is its number: the 11th is the 11 (11-е, 11., le 11) of the translation; a
// 3rd party is no count (tiers, Drittanbieter, сторонний), nor are the figures a name ends with
// after a hyphen (COVID-19: 新冠, SHA-256).
const STANDALONE = new RegExp(`(?<![\\p{L}\\d.,]|\\p{L}-)${NUMBER}(?:st|nd|rd|th)?(?![\\p{L}\\d]|(?<=3rd)[ -]part)`, 'gu');
// In the translation only Latin letters glue to a number: CJK writes 1月15日 and 16位 with no space.
const WITH_ENDING = new RegExp(`(?<![A-Za-z\\d.,])${NUMBER}(?!\\d)`, 'gu');

/** A number of a sentence: its value's digits (and a year's in full), and how a finding shows it. */
interface Found {
  digits: string;
  also?: string;
  /** Signed (-3.87, $-4.00): a credit, which the translation must not make a charge. */
  negative?: boolean;
  shown: string;
  index: number;
}

// A minus against a number (a currency sign may stand between: $-4.00, -$4), after a space or an
// opening bracket, an equals sign or a direction mark (‎-1): not a dash between words or figures (10-12, COVID-19, “75 - 100”, “rebate - 40%”).
const MINUS = /(?:^|[\s([=:$€£¥\p{Cf}])[-−][$€£¥]?$/u;

function numbers(markdown: string, pattern: RegExp, scales: ScaleFinder | undefined, english: boolean, words?: NumberWords): Found[] {
  // Dates before versions: 11.02.2017 is a day, a month and a year, not a version.
  const dates = takeDates(asciiDigits(plainText(parseInline(markdown).filter((node) => node.type !== 'inlineCode'))).replace(/\b\d{1,2}:\d{2}(?:\s?[ap]\.?m\.?)?/gi, ' '), english);
  let text = dates.text.replace(/\bv?\d+(?:\.\d+){2,}\S*/g, ' ');
  // Round the clock (24/7, 24 X 7) is a word of its own in many languages: 全天候, rund um die Uhr.
  if (english) text = text.replace(/\b24 ?[/xX×] ?7\b/g, ' ');
  const found: Found[] = dates.parts.map((part) => ({ ...part, shown: part.digits }));
  // A number with its word of scale is one value ("1 million": 1000000), blanked so that its
  // digits are not read again.
  for (const scaled of scales?.find(text) ?? []) {
    found.push({ digits: scaled.digits, shown: text.slice(scaled.index, scaled.index + scaled.length), index: scaled.index });
    text = text.slice(0, scaled.index) + ' '.repeat(scaled.length) + text.slice(scaled.index + scaled.length);
  }
  for (const match of text.matchAll(pattern)) {
    for (const [number, index] of english ? englishNumbers(match[0], match.index!) : [[match[0], match.index!] as const]) {
      const digits = number.replace(/\D/g, '').replace(/^0+(?=\d)/, '');
      const negative = MINUS.test(text.slice(Math.max(0, index - 3), index));
      found.push({ digits, also: wholeOf(number, english), negative, shown: negative ? `-${digits}` : digits, index });
    }
  }
  // The translation's small numbers written as words ("quatre", "zweite", "两").
  for (const word of words?.find(text) ?? []) found.push({ digits: word.digits, shown: word.digits, index: word.index });
  return found.sort((a, b) => a.index - b.index);
}

/**
 * The English's numbers in what reads as one in any language: English groups thousands by three,
 * so a comma before other figures parts two numbers (“March 31,2021” is 31 and 2021, not 312021).
 */
function englishNumbers(number: string, index: number): [string, number][] {
  const parts: [string, number][] = [];
  let start = 0;
  for (const comma of number.matchAll(/,(?!\d{3}(?!\d))/g)) {
    parts.push([number.slice(start, comma.index), index + start]);
    start = comma.index! + 1;
  }
  parts.push([number.slice(start), index + start]);
  return parts;
}

/** A number whose decimals are all zeros ($4.00, 48,00) is also its whole part (4 $, 48). */
function wholeOf(number: string, english: boolean): string | undefined {
  const point = decimalPoint(number, english);
  if (point === -1 || /[^0]/.test(number.slice(point + 1).replace(/\D/g, ''))) return undefined;
  return number.slice(0, point).replace(/\D/g, '').replace(/^0+(?=\d)/, '');
}

/** The English's numbers the translation has none for, each translated number standing for one (a year as 17 or 2017, a credit as a credit). */
function unmatched(source: readonly Found[], target: readonly Found[]): Found[] {
  const left = [...target];
  const values = (n: Found) => (n.also === undefined ? [n.digits] : [n.digits, n.also]);
  return source.filter((number) => {
    const at = left.findIndex((other) => (!number.negative || other.negative) && values(other).some((value) => values(number).includes(value)));
    if (at === -1) return true;
    left.splice(at, 1);
    return false;
  });
}

export const numbersKept: SegmentRule = {
  id: 'numbers',
  // Info: on the corpus most misses are legitimate rewordings (24/7 → 全天候, 360-degree → complète).
  severity: 'info',
  description: 'every number of the English in the translation',
  check(segment, document) {
    // The English's words of scale are read only where the translation's are known: elsewhere
    // "1 million" is the 1 the translation keeps, as before.
    const target = scaleFinder(document.locale, false);
    const english = target && scaleFinder(document.locale, true);
    const lost = unmatched(numbers(segment.source, STANDALONE, english, true), numbers(segment.target, WITH_ENDING, target, false, numberWords(document.locale)));
    return lost.length > 0 ? [`numbers of the English missing: ${lost.map((n) => n.shown).join(', ')}`] : [];
  },
};
