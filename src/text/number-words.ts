/**
 * Small numbers written as words, as translators write them ("quatre", "zweite", "трёх", "חמש",
 * "الثاني", "두"): the English's 4 is the translation's "quatre". Up to twelve, cardinals and
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

// Endings of ordinals: Russian adjectives', Spanish and Portuguese genders and numbers.
const RU_ADJECTIVE = 'ый|ий|ой|ая|яя|ое|ее|ые|ие|ого|его|ому|ему|ым|им|ом|ем|ую|юю|ых|их|ыми|ими';
const ROMANCE = 'o|a|os|as';

/**
 * A language's words, as `words / stems / endings / prefix`: words and stems are lists by value
 * from zero, `|` between values and a space between forms of one; a stem takes one of the
 * endings; a word may carry the prefix's letters in front (he, ar).
 */
const TABLES: Record<string, string> = {
  fr: 'zéro|un une premier premiers première premières|deux second seconde|trois tiers tierce|quatre|cinq|six|sept|huit|neuf|dix|onze|douze / ||deuxième|troisième|quatrième|cinquième|sixième|septième|huitième|neuvième|dixième|onzième|douzième / s',
  de: 'null|ein eine einen einem einer eines eins|zwei beide beiden|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf / |erst|zweit|dritt|viert|fünft|sechst|siebt|acht|neunt|zehnt|elft|zwölft / e|er|es|en|em',
  es: `cero|un uno una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce / |primer|segund|tercer|cuart|quint|sext|séptim|octav|noven|décim / ${ROMANCE}`,
  pt: `zero|um uma|dois duas|três|quatro|cinco|seis|sete|oito|nove|dez|onze|doze / |primeir|segund|terceir|quart|quint|sext|sétim|oitav|non|décim / ${ROMANCE}`,
  it: 'zero|un uno una|due|tre|quattro|cinque|sei|sette|otto|nove|dieci|undici|dodici / |prim|second|terz|quart|quint|sest|settim|ottav|non|decim / o|a|i|e',
  nl: 'nul|een één eerste|twee tweede|drie derde|vier vierde|vijf vijfde|zes zesde|zeven zevende|acht achtste|negen negende|tien tiende|elf elfde|twaalf twaalfde',
  ru:
    'ноль нуля|один одна одно одного одной одному одним одном одну одни|два две двух двум двумя оба обе|' +
    'три трех трёх трем трём тремя третий третья третье третьи третьего третьей третьему третьим третьем третью третьих третьими|' +
    'четыре четырех четырёх четырем четырём четырьмя|пять пяти пятью|шесть шести шестью|семь семи семью|восемь восьми восемью восьмью|' +
    'девять девяти девятью|десять десяти десятью|одиннадцать одиннадцати|двенадцать двенадцати' +
    ` / |перв|втор||четверт четвёрт|пят|шест|седьм|восьм|девят|десят|одиннадцат|двенадцат / ${RU_ADJECTIVE}`,
  he:
    '|אחד אחת ראשון ראשונה ראשונים|שניים שתיים שני שתי שנייה|שלושה שלוש שלושת שלישי שלישית|ארבעה ארבע ארבעת רביעי רביעית|חמישה חמש חמשת חמישי חמישית|' +
    'שישה שש ששת שישי שישית|שבעה שבע שבעת שביעי שביעית|שמונה שמונת שמיני שמינית|תשעה תשע תשעת תשיעי תשיעית|עשרה עשר עשרת עשירי עשירית /  /  / [ובלמהשכ]{1,2}',
  // Arabic's accusative ending (ثانياً) is one of its words', and the article with the joined conjunctions and prepositions (والثاني) their prefix.
  ar:
    '|واحد واحدة أحد إحدى أول أولى|اثنان اثنين اثنتان اثنتين ثاني ثانية|ثلاثة ثلاث ثالث ثالثة|أربعة أربع رابع رابعة|خمسة خمس خامس خامسة|ستة ست سادس سادسة|' +
    'سبعة سبع سابع سابعة|ثمانية ثماني ثمان ثامن ثامنة|تسعة تسع تاسع تاسعة|عشرة عشر عاشر عاشرة / ||||||||||| / اً|ًا|ا / [وفبل]?ال|[وفبل]',
  ko: '|하나 한 첫|둘 두|셋 세|넷 네|다섯|여섯|일곱|여덟|아홉|열',
};

const finders = new Map<string, NumberWords | undefined>();

/**
 * The number words of a translation's language, or none where no table is known. Chinese and
 * Japanese numerals (两, 十二, 第三) are read with their place words, as scale words are
 * (cjk-numerals).
 */
export function numberWords(locale: string | undefined): NumberWords | undefined {
  const language = (locale?.split(/[-_]/)[0] ?? '').toLowerCase();
  if (!finders.has(language)) finders.set(language, TABLES[language] === undefined ? undefined : wordFinder(TABLES[language]));
  return finders.get(language);
}

function wordFinder(table: string): NumberWords {
  const [words = '', stems = '', endings = '', prefix = ''] = table.split(' / ');
  // Each form with its value; a stem (and, in Arabic, every word) with its endings.
  const values = new Map<string, number>();
  const forms: string[] = [];
  const add = (list: string, withEndings: boolean) =>
    list.split('|').forEach((value, n) => {
      for (const form of value.split(' ').filter(Boolean)) {
        values.set(form, n);
        forms.push(withEndings && endings ? `${form}(?:${endings})?` : form);
      }
    });
  add(words, stems === '' || /^\|+$/.test(stems));
  add(stems, true);
  forms.sort((a, b) => b.length - a.length);
  const pattern = new RegExp(`(?<![\\p{L}\\p{M}])(${prefix ? `(?:${prefix})?` : ''})(${forms.join('|')})(?![\\p{L}\\p{M}])`, 'giu');
  const bare = new RegExp(`^(?:${[...values.keys()].sort((a, b) => b.length - a.length).join('|')})`, 'iu');
  return {
    find(text) {
      return [...text.matchAll(pattern)].map((match) => ({ index: match.index!, length: match[0].length, digits: String(values.get(bare.exec(match[2]!)![0].toLowerCase())) }));
    },
  };
}
