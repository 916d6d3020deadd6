/**
 * Chinese and Japanese numbers as those languages write them, each read whole as one value:
 * numerals with their place words (三十五, 一千二百万, 两千, 一千零五, 三亿五千万, 第三), figures
 * with a place word (1.2 万, 3千, 1,000万, 1万2千, 1万5000), and a year digit by digit (二〇二一).
 * Read a character at a time they were other numbers: 三十五 was 30 and 5, 一千二百万 1000 and
 * 2000000. Two digits side by side are a range, not a number (三四天 is 3 or 4 days, 一两个 1 or
 * 2); a place word alone is no number but 十 (十天) and 万 and above (百万, as 1 million is
 * written), nor after 数, 几 or 上 (数百万 is "millions").
 */
import { NUMBER, decimalPoint } from './written-number.js';
import { withoutNumeralWords } from './cjk-numeral-words.js';

export interface CjkNumber {
  index: number;
  length: number;
  /** Its value's digits ("12000000"). */
  digits: string;
}

export interface CjkNumbers {
  find(text: string): CjkNumber[];
}

const DIGITS: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 兩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

interface Language {
  /** Its language code (`zh`, `ja`). */
  code: string;
  /** Place word → its power of ten. */
  places: Record<string, number>;
  /** Place words alone are a number from this place up (Japanese 百 and 千 are 100 and 1000; Chinese 百 alone is rather 百分比's), and 十 always. */
  bareFrom: number;
  /** What makes a place word a unit's prefix, not a number's (千克 kg, 千字节 KB, 千兆 giga, 万维网 the Web). */
  unitAfter?: string;
}

// Chinese 兆 is mega (兆字节 MB), Japanese 兆 a million millions.
const LANGUAGES: Record<string, Language> = {
  zh: { code: 'zh', places: { 十: 1, 百: 2, 千: 3, 万: 4, 萬: 4, 亿: 8, 億: 8 }, bareFrom: 4, unitAfter: '[克米瓦字兆赫焦卡位]|维网' },
  ja: { code: 'ja', places: { 十: 1, 百: 2, 千: 3, 万: 4, 萬: 4, 億: 8, 兆: 12 }, bareFrom: 1 },
};

/** A place word from 万 up multiplies all before it (一千二百万); 十, 百 and 千 only the digit before them. */
const GROUP = 4;
/** Words that make a place word alone an amount without a number: 数百万 “millions”, 几千 “thousands”, 上万 “tens of thousands”. */
const SOME = /[数數几幾上]$/u;

const finders = new Map<string, CjkNumbers | undefined>();

/** The reader of a Chinese or Japanese translation's numbers, or none for another language. */
export function cjkNumbers(language: string): CjkNumbers | undefined {
  if (!finders.has(language)) finders.set(language, LANGUAGES[language] && makeReader(LANGUAGES[language]));
  return finders.get(language);
}

type Token = { figures: string } | { digit: number } | { place: number };

function makeReader(language: Language): CjkNumbers {
  const place = `[${Object.keys(language.places).join('')}]${language.unitAfter ? `(?!${language.unitAfter})` : ''}`;
  const digit = `[${Object.keys(DIGITS).join('')}]`;
  // Figures belong to a CJK number before a place word (3千, 1.2 万) or after a place word from
  // 万 up (1万5000); elsewhere they are the numbers rule's own. No Latin letter or figure before
  // them, as for the rule's numbers (CJK writes 达100万 with no space).
  const figuresBefore = `${NUMBER}[ \\u00a0\\u202f]?(?=${place})`;
  const big = Object.keys(language.places).filter((word) => language.places[word]! >= GROUP).join('');
  const run = new RegExp(
    `(?:(?<![A-Za-z\\d.,])${figuresBefore}|${digit}|${place})(?:${figuresBefore}|${digit}|${place})*(?:(?<=[${big}])${NUMBER}(?!\\d|[.,]\\d))?`,
    'gu',
  );
  const token = new RegExp(`(${NUMBER})[ \\u00a0\\u202f]?|(${digit})|(.)`, 'gsu');
  const tokensOf = (match: RegExpMatchArray): Placed[] =>
    [...match[0].matchAll(token)].map((part) => {
      const [whole, figures, numeral, word] = part;
      const read: Token = figures !== undefined ? { figures } : numeral !== undefined ? { digit: DIGITS[numeral]! } : { place: language.places[word!]! };
      return { token: read, index: match.index! + part.index!, length: whole.length };
    });
  return {
    find(given) {
      const found: CjkNumber[] = [];
      // Words written with a numeral that say no number (进一步, 唯一) are none of these.
      const text = withoutNumeralWords(given, language.code);
      for (const match of text.matchAll(run)) {
        for (const number of numbersOf(tokensOf(match))) {
          const first = number.tokens[0]!;
          const last = number.tokens[number.tokens.length - 1]!;
          if (isAmount(number.tokens, text.slice(0, first.index), language)) found.push({ index: first.index, length: last.index + last.length - first.index, digits: number.digits });
        }
      }
      return found;
    },
  };
}

/** A token of a run and where it stands in the text. */
interface Placed {
  token: Token;
  index: number;
  length: number;
}

/**
 * Whether a number says how many: one of place words alone does only as 十 or from the
 * language's `bareFrom` up (百万 yes, Chinese 百 no), and not after 数, 几 or 上 (数百万).
 */
function isAmount(tokens: readonly Placed[], before: string, language: Language): boolean {
  if (!tokens.every(({ token }) => 'place' in token)) return true;
  if (SOME.test(before)) return false;
  const largest = Math.max(...tokens.map(({ token }) => (token as { place: number }).place));
  return (tokens.length === 1 && largest === 1) || largest >= language.bareFrom;
}

/**
 * The numbers of a run of numerals, place words and figures: one, unless two digits stand side by
 * side (a range, 三四; or a year digit by digit, 二〇二一, the run's only form then).
 */
function numbersOf(tokens: Placed[]): { tokens: Placed[]; digits: string }[] {
  if (tokens.every(({ token }) => 'digit' in token) && tokens.length > 1 && (tokens.length === 4 || tokens.some(({ token }) => 'digit' in token && token.digit === 0))) {
    return [{ tokens, digits: tokens.map(({ token }) => String((token as { digit: number }).digit)).join('').replace(/^0+(?=\d)/, '') }];
  }
  const numbers: Placed[][] = [[]];
  for (const [at, item] of tokens.entries()) {
    const before = tokens[at - 1]?.token;
    // 零 holds an empty place (一千零五): the digit after it is the same number's.
    if ('digit' in item.token && before && 'digit' in before && before.digit !== 0) numbers.push([]);
    numbers[numbers.length - 1]!.push(item);
  }
  return numbers.map((part) => ({ tokens: part, digits: valueOf(part.map(({ token }) => token)) }));
}

/**
 * The value of one number, as digits: 十, 百 and 千 multiply the digit before them (or 1: 十二),
 * a place from 万 up all that stands before it since a larger one (一千二百万; 三亿五千万 is
 * 3×10⁸ + 5000×10⁴), and a decimal before a place word is read exactly (1.2 万 is 12000).
 */
function valueOf(tokens: readonly Token[]): string {
  const decimals = Math.max(0, ...tokens.map((token) => ('figures' in token ? fractionOf(token.figures).length : 0)));
  const one = 10n ** BigInt(decimals);
  let total = 0n;
  let group = 0n;
  let pending: bigint | undefined;
  let largest = 0;
  for (const token of tokens) {
    if ('figures' in token) {
      const fraction = fractionOf(token.figures);
      pending = BigInt(wholeOf(token.figures) + fraction) * 10n ** BigInt(decimals - fraction.length);
    } else if ('digit' in token) {
      // 零 only holds an empty place (一千零五; 七亿零十七万, where 十 after it is still ten).
      if (token.digit !== 0) pending = BigInt(token.digit) * one;
    }
    else if (token.place < GROUP) {
      group += (pending ?? one) * 10n ** BigInt(token.place);
      pending = undefined;
    } else {
      const scale = 10n ** BigInt(token.place);
      const value = group + (pending ?? 0n);
      if (value === 0n) total = (total === 0n ? one : total) * scale;
      else if (total === 0n || token.place < largest) total += value * scale;
      else total = (total + value) * scale;
      largest = Math.max(largest, token.place);
      group = 0n;
      pending = undefined;
    }
  }
  const value = total + group + (pending ?? 0n);
  // A value that is not whole keeps its figures, as the rule compares a decimal's (1.5 is 15).
  return (value % one === 0n ? value / one : value).toString();
}

const pointOf = (figures: string) => decimalPoint(figures, false);
const wholeOf = (figures: string) => (pointOf(figures) === -1 ? figures : figures.slice(0, pointOf(figures))).replace(/\D/g, '');
const fractionOf = (figures: string) => (pointOf(figures) === -1 ? '' : figures.slice(pointOf(figures) + 1).replace(/\D/g, ''));
