/**
 * Dates written in figures, read as their day, month and year rather than as numbers. The English
 * writes them month first (2/11/17, 10/1): a translation may write that month as a word (“1er
 * octobre”, “1. Oktober”, “1 октября”) and the year in full (“2017 年”, 11/2/2017), so the month
 * is not asked for, and a two-digit year is also that year with its century. A translation's
 * day-first dates with dots (11.02.2017, 10.02.18: German, Russian…) are three numbers, where
 * they read as one (“11022017”) or as a version.
 */

/** A number of a date: its digits, the same year in full where it has two, and where it stands. */
export interface DatePart {
  digits: string;
  also?: string;
  index: number;
}

// Month 1–12, day 1–31, a year of 2 or 4 figures; no figure, slash or decimal on either side.
const MONTH_FIRST = /(?<![\d/]|\d[.,])(1[0-2]|0?[1-9])\/(3[01]|[12]\d|0?[1-9])(?:\/(\d{4}|\d{2}))?(?![\d/]|[.,]\d)/g;
const DOTTED = /(?<!\d|\d[.,])(3[01]|[12]\d|0?[1-9])\.(1[0-2]|0?[1-9])\.(\d{4}|\d{2})(?!\d|[.,]\d)/g;

const number = (figures: string) => figures.replace(/^0+(?=\d)/, '');
const year = (figures: string, index: number): DatePart =>
  figures.length === 2 ? { digits: number(figures), also: `20${figures}`, index } : { digits: figures, index };

/**
 * The dates of a sentence's text as the numbers they hold, and the text with them blanked so that
 * their figures are not read again. `english`: the source, whose dates are month first.
 */
export function takeDates(text: string, english: boolean): { parts: DatePart[]; text: string } {
  const parts: DatePart[] = [];
  const blanked = text.replace(english ? MONTH_FIRST : DOTTED, (whole, a: string, b: string, y: string | undefined, index: number) => {
    // The English's month is left to the translation's words: only its day and year are asked for.
    if (!english) parts.push({ digits: number(a), index }, { digits: number(b), index });
    else parts.push({ digits: number(b), index });
    if (y !== undefined) parts.push(year(y, index));
    return ' '.repeat(whole.length);
  });
  return { parts, text: blanked };
}
