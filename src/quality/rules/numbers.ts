/**
 * Numbers of the English kept in the translation, whatever the locale's separators (6,000, 6 000
 * and 6.000 are one number) and digits (٦٬٠٠٠, ６); digits inside link targets and code do not count.
 */
import { plainText, parseInline } from '../../parse/inline.js';
import { missing } from '../markup.js';
import type { SegmentRule } from '../rule.js';
import { asciiDigits } from '../../text/ascii-digits.js';

// Digits joined by group or decimal separators are one number; compare their digits only. In the
// English, digits inside a name ("21Vianet", which zh-CN calls 世纪互联) are part of the name; in
// the translation, a number may carry the language's ordinal ending (1er, 1.º).
// A space or an apostrophe groups thousands only before exactly three digits ("18 750", the
// Swiss "100'000" and "100’000"), not between a day and a year ("5 2020"). Times (7:30 PM is 19:30 elsewhere) and versions (v1.16.1) are left out.
// Arabic script separates decimals with U+066B and groups with U+066C; digits of any script are
// read as ASCII first (asciiDigits).
const NUMBER = '\\d+(?:[.,\\u066b\\u066c]\\d+|[\\u00a0\\u202f\\u2009 \'\\u2019]\\d{3}(?!\\d))*';
const STANDALONE = new RegExp(`(?<![\\p{L}\\d.,])${NUMBER}(?![\\p{L}\\d])`, 'gu');
// In the translation only Latin letters glue to a number: CJK writes 1月15日 and 16位 with no space.
const WITH_ENDING = new RegExp(`(?<![A-Za-z\\d.,])${NUMBER}(?!\\d)`, 'gu');

function numbers(markdown: string, pattern: RegExp): string[] {
  const text = asciiDigits(plainText(parseInline(markdown).filter((node) => node.type !== 'inlineCode')))
    .replace(/\b\d{1,2}:\d{2}(?:\s?[ap]\.?m\.?)?/gi, ' ')
    .replace(/\bv?\d+(?:\.\d+){2,}\S*/g, ' ');
  return (text.match(pattern) ?? []).map((n) => n.replace(/\D/g, '').replace(/^0+(?=\d)/, ''));
}

export const numbersKept: SegmentRule = {
  id: 'numbers',
  // Info: on the corpus most misses are legitimate rewordings (1-dimensional → 一维, four → quatre).
  severity: 'info',
  description: 'every number of the English in the translation',
  check(segment) {
    const lost = missing(numbers(segment.source, STANDALONE), numbers(segment.target, WITH_ENDING));
    return lost.length > 0 ? [`numbers of the English missing: ${lost.join(', ')}`] : [];
  },
};
