/**
 * Numbers written with a word that multiplies them: "1 million", "20 K", "100 万", "2,5 millions",
 * and the word alone, as a translation writes one million ("מיליון", "un million", "百万"). Each is
 * found with its value as a digit string, so that "1 million" and "1 000 000" are one number.
 * `billion` is a thousand millions in English and a million millions in French, German, Spanish
 * and Dutch: each language has its own words, and a language without a table has none.
 */

import { NUMBER, decimalPoint } from './written-number.js';
import { cjkNumbers } from './cjk-numerals.js';

interface Table {
  /** Word → the power of ten it multiplies by. */
  words: Record<string, number>;
  /** Written against the word before it (CJK): no word boundaries. */
  glued?: boolean;
  /** A run of words alone is 1 of it when its largest word is at least this (万 yes, 十 "very" no). */
  bareFrom?: number;
  /** Letters a word may carry in front (Hebrew's ב ל מ ה ו ש כ: "למיליון"). */
  prefix?: string;
}

const TABLES: Record<string, Table> = {
  en: { words: { thousand: 3, million: 6, billion: 9, trillion: 12 } },
  fr: { words: { mille: 3, million: 6, millions: 6, milliard: 9, milliards: 9, billion: 12, billions: 12 }, bareFrom: 3 },
  de: { words: { tausend: 3, million: 6, millionen: 6, mio: 6, milliarde: 9, milliarden: 9, mrd: 9, billion: 12, billionen: 12 }, bareFrom: 3 },
  es: { words: { mil: 3, millón: 6, millon: 6, millones: 6, billón: 12, billones: 12 }, bareFrom: 3 },
  pt: { words: { mil: 3, milhão: 6, milhões: 6, bilhão: 9, bilhões: 9, bilião: 12, biliões: 12 }, bareFrom: 3 },
  it: { words: { mille: 3, mila: 3, milione: 6, milioni: 6, miliardo: 9, miliardi: 9 }, bareFrom: 3 },
  nl: { words: { duizend: 3, miljoen: 6, miljard: 9, biljoen: 12 }, bareFrom: 3 },
  ru: { words: { тысяча: 3, тысячи: 3, тысяч: 3, тыс: 3, миллион: 6, миллиона: 6, миллионов: 6, млн: 6, миллиард: 9, миллиарда: 9, миллиардов: 9, млрд: 9 }, bareFrom: 3 },
  he: { words: { אלף: 3, אלפים: 3, מיליון: 6, מיליארד: 9 }, bareFrom: 3, prefix: '[ובלמהשכ]{1,2}' },
  ar: { words: { ألف: 3, آلاف: 3, مليون: 6, ملايين: 6, مليار: 9 }, bareFrom: 3, prefix: '[وبلف]' },
  ko: { words: { 천: 3, 만: 4, 억: 8, 조: 12 }, glued: true },
  // Chinese and Japanese place words are read with their numerals (cjk-numerals): 20 K is left.
  zh: { words: {}, glued: true },
  ja: { words: {}, glued: true },
};

/** "20 K", "10k": a thousand in every language, after a number only. */
const K = 'k';

export interface ScaledNumber {
  index: number;
  length: number;
  /** Its value's digits ("1000000"). */
  digits: string;
}

export interface ScaleFinder {
  find(text: string): ScaledNumber[];
}

const finders = new Map<string, ScaleFinder | undefined>();

/**
 * The finder of a language's scaled numbers (`english`: the source, whose `.` is always a decimal
 * point), or none for a language without a table, whose numbers are read as before.
 */
export function scaleFinder(locale: string | undefined, english: boolean): ScaleFinder | undefined {
  const language = (english ? 'en' : locale?.split(/[-_]/)[0] ?? '').toLowerCase();
  const id = `${language}:${english}`;
  if (!finders.has(id)) finders.set(id, TABLES[language] && oneAfterOther(english ? undefined : cjkNumbers(language), makeFinder(TABLES[language], english)));
  return finders.get(id);
}

/** The numbers of `first`, then those of `then` in the text left (so that none is read twice). */
function oneAfterOther(first: ScaleFinder | undefined, then: ScaleFinder): ScaleFinder {
  if (!first) return then;
  return {
    find(text) {
      const found = first.find(text);
      const left = found.reduce((blanked, n) => blanked.slice(0, n.index) + ' '.repeat(n.length) + blanked.slice(n.index + n.length), text);
      return [...found, ...then.find(left)];
    },
  };
}

function makeFinder(table: Table, english: boolean): ScaleFinder {
  const words = Object.keys(table.words).sort((a, b) => b.length - a.length).join('|');
  // The number's own boundary is the numbers rule's: in the English no letter before it; in a
  // translation no Latin one (CJK writes 达100万 with no space).
  const before = english ? '(?<![\\p{L}\\d.,])' : '(?<![A-Za-z\\d.,])';
  const start = table.glued ? '' : `(?<![\\p{L}\\d])${table.prefix ? `(?:${table.prefix}(?=${words}))?` : ''}`;
  const end = table.glued ? '(?![A-Za-z\\d])' : '(?![\\p{L}\\d])';
  const pattern = new RegExp(
    `(?:${before}(${NUMBER})[ \\u00a0\\u202f-]?)?(${words ? `${start}(?:${words})(?:[ \\u00a0\\u202f]?(?:${words}))*|` : ''}${K})${end}`,
    'giu',
  );
  const word = new RegExp(words, 'giu');
  return {
    find(text) {
      const found: ScaledNumber[] = [];
      for (const match of text.matchAll(pattern)) {
        const [whole, number, run] = match as unknown as [string, string | undefined, string];
        const exponents = run.toLowerCase() === K ? [3] : [...run.matchAll(word)].map((w) => table.words[w[0].toLowerCase()] ?? 0);
        if (number === undefined && (run.toLowerCase() === K || table.bareFrom === undefined || Math.max(...exponents) < table.bareFrom)) continue;
        const digits = scaled(number ?? '1', exponents.reduce((sum, e) => sum + e, 0), english);
        if (digits !== undefined) found.push({ index: match.index!, length: whole.length, digits });
      }
      return found;
    },
  };
}

/**
 * A number times ten to `exponent`, as digits. The English's `.` is a decimal point; in a
 * translation the last `.` or `,` is one unless exactly three digits follow it (1,5 million; 1.000
 * millones), and U+066B always is. A value with more decimals than the word has places is none.
 */
function scaled(number: string, exponent: number, english: boolean): string | undefined {
  const point = decimalPoint(number, english);
  const whole = (point === -1 ? number : number.slice(0, point)).replace(/\D/g, '');
  const fraction = point === -1 ? '' : number.slice(point + 1).replace(/\D/g, '');
  if (fraction.length > exponent) return undefined;
  return (whole + fraction + '0'.repeat(exponent - fraction.length)).replace(/^0+(?=\d)/, '');
}
