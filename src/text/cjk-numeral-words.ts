/**
 * Chinese and Japanese words that are written with a numeral but say no number: 进一步
 * “further”, 唯一 “unique”, 统一 “unify”, 下一步 “next”, 一覧 “list”. Read character by
 * character, each was a 1 of the translation, which then stood for a 1 the English has and the
 * translation dropped. The numeral in them is no number; the same characters elsewhere are
 * (一个, 第一, 一年, 三分之一). Each list is of words seen in the zh-cn corpus's translations,
 * checked against ICU's word breaks (Intl.Segmenter): 886 of the 970 numbers these words took
 * there stand in a longer word than a numeral; the others are a determiner before 一 (这一,
 * 任一, 下一 “next”), which English writes with no figure. Japanese: its UI words.
 */
const WORDS: Record<string, string> = {
  zh: [
    '进一步', '進一步', '唯一', '统一', '統一', '同一', '单一', '單一', '一些', '一致', '一起', '一旦', '一样', '一樣', '一直', '一般', '一系列', '一定',
    '一切', '逐一', '一律', '一部分', '一方面', '一下', '一同', '一并', '一併', '一体', '一體', '万一', '萬一',
    '独一无二', '獨一無二', '一线', '一線',
    // 零 of 零售 “retail”, 零件 “part”, 零星 “sporadic”.
    '零售', '零件', '零星', '零散',
    // “next”, “previous”: 下一步, 下一个, 上一页.
    '下一', '上一',
    // Determiners: this, that, every, another, any, a certain; “one of” (not 三分之一, a third).
    '这一', '這一', '那一', '每一', '另一', '任一', '某一', '(?<!分)之一',
    // 十分 “very” (not 十分钟, ten minutes); 千万 “by all means” before a warning (not 一千万).
    '十分(?![钟鐘])', '(?<![一二两兩三四五六七八九十百\\d\\s])千万(?=[不别別要])',
  ].join('|'),
  ja: ['一覧', '一部', '一緒', '一般', '統一', '唯一', '同一', '一致', '一時的', '一時停止', '一括', '一意', '一連', '一切', '一旦', '万一', '一方', '一度に'].join('|'),
};

const patterns = new Map<string, RegExp | undefined>();

/** The text with each such word's characters made spaces (the same length: places in it stay). */
export function withoutNumeralWords(text: string, language: string): string {
  if (!patterns.has(language)) patterns.set(language, WORDS[language] === undefined ? undefined : new RegExp(WORDS[language], 'gu'));
  const words = patterns.get(language);
  return words ? text.replace(words, (word) => ' '.repeat(word.length)) : text;
}
