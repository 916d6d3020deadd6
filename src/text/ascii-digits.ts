/**
 * Decimal digits of any script as ASCII (`٥` `５` `५` → `5`): a translation may write its numbers
 * in its own digits (Arabic-Indic, Persian, full-width CJK, Devanagari), which are the same
 * numbers. Unicode keeps each script's ten digits contiguous, zero first, so a digit's value is
 * its distance from the start of its run, modulo ten (runs of several sets, as the mathematical
 * digits, are whole tens).
 */
const DIGIT = /\p{Nd}/u;
const NON_ASCII = /[^\x00-\x7f]/;
const values = new Map<string, string>();

export function asciiDigits(text: string): string {
  if (!NON_ASCII.test(text)) return text;
  return text.replace(/\p{Nd}/gu, (digit) => {
    if (digit <= '9' && digit >= '0') return digit;
    let value = values.get(digit);
    if (value === undefined) {
      const point = digit.codePointAt(0)!;
      let start = point;
      while (DIGIT.test(String.fromCodePoint(start - 1))) start--;
      value = String((point - start) % 10);
      values.set(digit, value);
    }
    return value;
  });
}
