/**
 * A number written in figures, as the numbers rule reads it in any language: its separators
 * (6,000, 6 000, 6.000, 100'000, ٢٫٥) and where its decimal point is.
 */

/** The separators of a number, as the numbers rule reads them (6,000, 6 000, 6.000, 100'000, ٢٫٥). */
export const NUMBER = '\\d+(?:[.,\\u066b\\u066c]\\d+|[\\u00a0\\u202f\\u2009 \'\\u2019]\\d{3}(?!\\d))*';

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
