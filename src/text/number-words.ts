/**
 * Small numbers written as words, as translators write them ("quatre", "zweite", "трёх", "חמש",
 * "الثاني", "两", "두"): the English's 4 is the translation's "quatre". Up to twelve, cardinals and
 * ordinals with their usual inflections, in the languages lint is run on; a language without a
 * table reads figures alone, as before. A word that also means something else ("un" is also "a",
 * "neuf" also "new") may stand for its number: the numbers rule is a hint (info), and a miss
 * said wrongly costs the translator more than one left unsaid.
 */

export interface WordNumber {
  index: number;
  length: number;
  digits: string;
}

export interface NumberWords {
  find(text: string): WordNumber[];
}

/** A language's words: value → forms; `stems` take `endings`; `prefix`: letters a word may carry in front (he, ar). */
interface Table {
  words: Record<number, string>;
  stems?: Record<number, string>;
  endings?: string;
  prefix?: string;
  /** Words that run on into the next (CJK), with no word boundaries. */
  glued?: boolean;
}

const RU_ADJECTIVE = 'ый|ий|ой|ая|яя|ое|ее|ые|ие|ого|его|ому|ему|ым|им|ом|ем|ую|юю|ых|их|ыми|ими';

const TABLES: Record<string, Table> = {
  fr: {
    words: { 0: 'zéro', 1: 'un une premier premiers première premières', 2: 'deux second seconde', 3: 'trois', 4: 'quatre', 5: 'cinq', 6: 'six', 7: 'sept', 8: 'huit', 9: 'neuf', 10: 'dix', 11: 'onze', 12: 'douze' },
    stems: { 2: 'deuxième', 3: 'troisième', 4: 'quatrième', 5: 'cinquième', 6: 'sixième', 7: 'septième', 8: 'huitième', 9: 'neuvième', 10: 'dixième', 11: 'onzième', 12: 'douzième' },
    endings: 's',
  },
  de: {
    words: { 0: 'null', 1: 'ein eine einen einem einer eines eins', 2: 'zwei beide beiden', 3: 'drei', 4: 'vier', 5: 'fünf', 6: 'sechs', 7: 'sieben', 8: 'acht', 9: 'neun', 10: 'zehn', 11: 'elf', 12: 'zwölf' },
    stems: { 1: 'erst', 2: 'zweit', 3: 'dritt', 4: 'viert', 5: 'fünft', 6: 'sechst', 7: 'siebt', 8: 'acht', 9: 'neunt', 10: 'zehnt', 11: 'elft', 12: 'zwölft' },
    endings: 'e|er|es|en|em',
  },
  es: {
    words: { 0: 'cero', 1: 'un uno una primer tercer', 2: 'dos', 3: 'tres', 4: 'cuatro', 5: 'cinco', 6: 'seis', 7: 'siete', 8: 'ocho', 9: 'nueve', 10: 'diez', 11: 'once', 12: 'doce' },
    stems: { 1: 'primer', 2: 'segund', 3: 'tercer', 4: 'cuart', 5: 'quint', 6: 'sext', 7: 'séptim', 8: 'octav', 9: 'noven', 10: 'décim' },
    endings: 'o|a|os|as',
  },
  pt: {
    words: { 0: 'zero', 1: 'um uma', 2: 'dois duas', 3: 'três', 4: 'quatro', 5: 'cinco', 6: 'seis', 7: 'sete', 8: 'oito', 9: 'nove', 10: 'dez', 11: 'onze', 12: 'doze' },
    stems: { 1: 'primeir', 2: 'segund', 3: 'terceir', 4: 'quart', 5: 'quint', 6: 'sext', 7: 'sétim', 8: 'oitav', 9: 'non', 10: 'décim' },
    endings: 'o|a|os|as',
  },
  it: {
    words: { 0: 'zero', 1: 'un uno una', 2: 'due', 3: 'tre', 4: 'quattro', 5: 'cinque', 6: 'sei', 7: 'sette', 8: 'otto', 9: 'nove', 10: 'dieci', 11: 'undici', 12: 'dodici' },
    stems: { 1: 'prim', 2: 'second', 3: 'terz', 4: 'quart', 5: 'quint', 6: 'sest', 7: 'settim', 8: 'ottav', 9: 'non', 10: 'decim' },
    endings: 'o|a|i|e',
  },
  nl: {
    words: { 0: 'nul', 1: 'een één eerste', 2: 'twee tweede', 3: 'drie derde', 4: 'vier vierde', 5: 'vijf vijfde', 6: 'zes zesde', 7: 'zeven zevende', 8: 'acht achtste', 9: 'negen negende', 10: 'tien tiende', 11: 'elf elfde', 12: 'twaalf twaalfde' },
  },
  ru: {
    words: {
      0: 'ноль нуля', 1: 'один одна одно одного одной одному одним одном одну одни', 2: 'два две двух двум двумя оба обе',
      3: 'три трех трёх трем трём тремя третий третья третье третьи третьего третьей третьему третьим третьем третью третьих третьими',
      4: 'четыре четырех четырёх четырем четырём четырьмя', 5: 'пять пяти пятью', 6: 'шесть шести шестью', 7: 'семь семи семью', 8: 'восемь восьми восемью восьмью',
      9: 'девять девяти девятью', 10: 'десять десяти десятью', 11: 'одиннадцать одиннадцати', 12: 'двенадцать двенадцати',
    },
    stems: { 1: 'перв', 2: 'втор', 4: 'четверт четвёрт', 5: 'пят', 6: 'шест', 7: 'седьм', 8: 'восьм', 9: 'девят', 10: 'десят', 11: 'одиннадцат', 12: 'двенадцат' },
    endings: RU_ADJECTIVE,
  },
  he: {
    words: {
      1: 'אחד אחת ראשון ראשונה ראשונים', 2: 'שניים שתיים שני שתי שנייה', 3: 'שלושה שלוש שלושת שלישי שלישית', 4: 'ארבעה ארבע ארבעת רביעי רביעית',
      5: 'חמישה חמש חמשת חמישי חמישית', 6: 'שישה שש ששת שישי שישית', 7: 'שבעה שבע שבעת שביעי שביעית', 8: 'שמונה שמונת שמיני שמינית',
      9: 'תשעה תשע תשעת תשיעי תשיעית', 10: 'עשרה עשר עשרת עשירי עשירית',
    },
    prefix: '[ובלמהשכ]{1,2}',
  },
  ar: {
    words: {
      1: 'واحد واحدة أحد إحدى أول أولى', 2: 'اثنان اثنين اثنتان اثنتين ثاني ثانية', 3: 'ثلاثة ثلاث ثالث ثالثة', 4: 'أربعة أربع رابع رابعة',
      5: 'خمسة خمس خامس خامسة', 6: 'ستة ست سادس سادسة', 7: 'سبعة سبع سابع سابعة', 8: 'ثمانية ثماني ثمان ثامن ثامنة', 9: 'تسعة تسع تاسع تاسعة', 10: 'عشرة عشر عاشر عاشرة',
    },
    // Accusative ending (ثانياً), the article and the joined conjunctions and prepositions (والثاني).
    endings: 'اً|ًا|ا',
    prefix: '[وفبل]?ال|[وفبل]',
  },
  ko: {
    words: { 1: '하나 한 첫', 2: '둘 두', 3: '셋 세', 4: '넷 네', 5: '다섯', 6: '여섯', 7: '일곱', 8: '여덟', 9: '아홉', 10: '열' },
  },
};

// Chinese and Japanese numerals up to 99 (十二, 两, 二十): the larger ones are scale-words' (百, 千, 万).
const CJK_DIGITS: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 兩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const CJK = /([〇零一二两兩三四五六七八九])?十([一二三四五六七八九])?|([〇零一二两兩三四五六七八九])/gu;

const finders = new Map<string, NumberWords | undefined>();

/** The number words of a translation's language, or none where no table is known. */
export function numberWords(locale: string | undefined): NumberWords | undefined {
  const language = (locale?.split(/[-_]/)[0] ?? '').toLowerCase();
  if (!finders.has(language)) finders.set(language, language === 'zh' || language === 'ja' ? cjkFinder() : TABLES[language] && wordFinder(TABLES[language]));
  return finders.get(language);
}

function wordFinder(table: Table): NumberWords {
  const values = new Map<string, number>();
  for (const [value, forms] of Object.entries(table.words)) for (const form of forms.split(' ')) values.set(form, Number(value));
  for (const [value, stems] of Object.entries(table.stems ?? {})) for (const stem of stems.split(' ')) values.set(stem, Number(value));
  const stems = new Set(Object.values(table.stems ?? {}).flatMap((s) => s.split(' ')));
  const forms = [...values.keys()].sort((a, b) => b.length - a.length);
  const word = forms.map((form) => (stems.has(form) ? `${form}(?:${table.endings})?` : table.endings && !table.stems ? `${form}(?:${table.endings})?` : form)).join('|');
  const pattern = new RegExp(`(?<![\\p{L}\\p{M}])(${table.prefix ? `(?:${table.prefix})?` : ''})(${word})(?![\\p{L}\\p{M}])`, 'giu');
  const form = new RegExp(`^(?:${forms.join('|')})`, 'iu');
  return {
    find(text) {
      const found: WordNumber[] = [];
      for (const match of text.matchAll(pattern)) {
        const stem = form.exec(match[2]!)![0].toLowerCase();
        found.push({ index: match.index!, length: match[0].length, digits: String(values.get(stem)) });
      }
      return found;
    },
  };
}

function cjkFinder(): NumberWords {
  return {
    find(text) {
      const found: WordNumber[] = [];
      for (const match of text.matchAll(CJK)) {
        const [whole, tens, ones, alone] = match;
        // 十二 is 12, 二十 20, 二十五 25; a digit alone is itself.
        const value = alone ? CJK_DIGITS[alone]! : (tens ? CJK_DIGITS[tens]! : 1) * 10 + (ones ? CJK_DIGITS[ones]! : 0);
        found.push({ index: match.index!, length: whole.length, digits: String(value) });
      }
      return found;
    },
  };
}
