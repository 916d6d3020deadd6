/**
 * Numbers written with a word that multiplies them: "1 million", "20 K", "100 万", "2,5 millions",
 * and the word alone, as a translation writes one million ("מיליון", "un million", "百万"). Each is
 * found with its value as a digit string, so that "1 million" and "1 000 000" are one number.
 * `billion` is a thousand millions in English and a million millions in French, German, Spanish
 * and Dutch: each language has its own words, and a language without a table has none.
 */

/** The separators of a number, as the numbers rule reads them (6,000, 6 000, 6.000, 100'000, ٢٫٥). */
export const NUMBER = '\\d+(?:[.,\\u066b\\u066c]\\d+|[\\u00a0\\u202f\\u2009 \'\\u2019]\\d{3}(?!\\d))*';

interface Table {
  /** Word → the power of ten it multiplies by. */
  words: Record<string, number>;
  /** Written against the word before it (CJK): no word boundaries. */
  glued?: boolean;
  /** A run of words alone is 1 of it when its largest word is at least this (万 yes, 十 "very" no). */
  bareFrom?: number;
  /** Letters a word may carry in front (Hebrew's ב ל מ ה ו ש כ: "למיליון"). */
  prefix?: string;
  /** Digits written as characters before a word (一百万, 两千). */
  numerals?: Record<string, number>;
  /** What makes a word a unit's prefix, not a number's (千克 kg, 千字节 KB, 千兆 giga). */
  unitAfter?: string;
}

const CJK_NUMERALS = { 一: 1, 二: 2, 两: 2, 兩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

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
  zh: { words: { 十: 1, 百: 2, 千: 3, 万: 4, 萬: 4, 亿: 8, 億: 8 }, glued: true, bareFrom: 4, numerals: CJK_NUMERALS, unitAfter: '[克米瓦字兆赫焦卡位]' },
  ja: { words: { 十: 1, 百: 2, 千: 3, 万: 4, 億: 8, 兆: 12 }, glued: true, bareFrom: 4, numerals: CJK_NUMERALS },
  ko: { words: { 천: 3, 만: 4, 억: 8, 조: 12 }, glued: true },
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
  if (!finders.has(id)) finders.set(id, TABLES[language] && makeFinder(TABLES[language], english));
  return finders.get(id);
}

function makeFinder(table: Table, english: boolean): ScaleFinder {
  const words = Object.keys(table.words).sort((a, b) => b.length - a.length).join('|');
  const numerals = table.numerals ? `|[${Object.keys(table.numerals).join('')}]` : '';
  // The number's own boundary is the numbers rule's: in the English no letter before it; in a
  // translation no Latin one (CJK writes 达100万 with no space).
  const before = english ? '(?<![\\p{L}\\d.,])' : '(?<![A-Za-z\\d.,])';
  const start = table.glued ? '' : `(?<![\\p{L}\\d])${table.prefix ? `(?:${table.prefix}(?=${words}))?` : ''}`;
  const end = table.glued ? `(?![A-Za-z\\d]${table.unitAfter ? `|${table.unitAfter}` : ''})` : '(?![\\p{L}\\d])';
  const pattern = new RegExp(
    `(?:${before}(${NUMBER}${numerals})[ \\u00a0\\u202f-]?)?(${start}(?:${words})(?:[ \\u00a0\\u202f]?(?:${words}))*|${K})${end}`,
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
        const digits = scaled(number ?? '1', exponents.reduce((sum, e) => sum + e, 0), english, table.numerals);
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
function scaled(number: string, exponent: number, english: boolean, numerals: Record<string, number> | undefined): string | undefined {
  const numeral = numerals?.[number];
  if (numeral !== undefined) return String(numeral) + '0'.repeat(exponent);
  const point = decimalPoint(number, english);
  const whole = (point === -1 ? number : number.slice(0, point)).replace(/\D/g, '');
  const fraction = point === -1 ? '' : number.slice(point + 1).replace(/\D/g, '');
  if (fraction.length > exponent) return undefined;
  return (whole + fraction + '0'.repeat(exponent - fraction.length)).replace(/^0+(?=\d)/, '');
}

/**
 * Where a number's decimal point is, or -1: the English's `.`; in a translation the last `.` or
 * `,` unless exactly three digits follow it (1,5; 1.000 is a thousand), and U+066B always.
 */
export function decimalPoint(number: string, english: boolean): number {
  if (english) return number.lastIndexOf('.');
  const at = Math.max(number.lastIndexOf('.'), number.lastIndexOf(','), number.lastIndexOf('\u066b'));
  if (at === -1 || number[at] === '\u066b') return at;
  return /^\d{3}$/.test(number.slice(at + 1)) ? -1 : at;
}
