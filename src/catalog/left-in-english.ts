/**
 * A translation that is its English: what `apply --create` writes for a sentence it has no
 * translation of. Names the product keeps in English (the allow-list), code, links and numbers
 * are not sentences to translate, so a sentence made only of them is not one.
 */
import { plainText, parseInline } from '../parse/inline.js';
import { sameText } from '../text/same-text.js';

/** Names the product keeps in English in every language, so a sentence of them is not untranslated. */
export const PRODUCT_NAMES: readonly string[] = [
  'Microsoft Partner Network', 'Microsoft Partner Center', 'Partner Center', 'Microsoft 365', 'Microsoft Azure', 'Azure Active Directory',
  'Azure AD', 'Azure', 'Office 365', 'Dynamics 365', 'Power BI', 'Power Apps', 'Power Automate', 'Microsoft Teams', 'Teams', 'Windows',
  'Microsoft', 'Customer Insights', 'AppSource', 'Marketplace', 'Visual Studio', 'GitHub', 'LinkedIn', 'Skype', 'Intune', 'Exchange',
  'SharePoint', 'OneDrive', 'Outlook', 'Xbox', 'Bing', 'Cloud Solution Provider', 'CSP', 'MPN', 'ISV', 'API', 'REST', 'JSON', 'CSV', 'PowerShell',
];

/**
 * Whether a text reads as a sentence to translate once names, code and URLs are taken out: at
 * least four lower-case words, and more of them than capitalized ones (product and offer names,
 * "Microsoft 365 Domestic Calling Plan for US and Canada", are kept in English on purpose). A
 * sentence that also reads as an offer's name however many small words it has is `name`: one
 * in a row of an offer table is not to translate (see isOfferName).
 */
function prose(markdown: string, allow: readonly string[]): false | 'sentence' | 'name' {
  const { nodes, text, words } = wordsOf(markdown, allow);
  const lower = words.filter((w) => /^\p{Ll}/u.test(w)).length;
  if (lower < 4 || lower / words.length < 0.5) return false;
  return isOfferName(nodes, text, words) ? 'name' : 'sentence';
}

/** A text's words once code and the names kept in English are taken out. */
function wordsOf(markdown: string, allow: readonly string[]): { nodes: ReturnType<typeof parseInline>; text: string; words: string[] } {
  const nodes = parseInline(markdown);
  let text = plainText(nodes.filter((node) => node.type !== 'inlineCode'));
  for (const name of longestFirst(allow)) if (text.includes(name)) text = text.split(name).join(' ');
  // Words are tokens of letters only: identifiers and GUIDs (8ddd0364-…) are not prose.
  const words = text.split(/\s+/).filter((token) => /^["“(]*\p{L}[\p{L}'’-]*[.,;:!?)”"]*$/u.test(token));
  return { nodes, text, words };
}

/**
 * Whether a text has a word to translate: one besides code, numbers, links' targets and the
 * names kept in English. The English `apply --create` wrote in a new locale's article is to
 * translate if it has one (a title, a label, “**Note**”), whatever its length.
 */
export function hasWordsToTranslate(markdown: string, allow: readonly string[] = PRODUCT_NAMES): boolean {
  return wordsOf(markdown, allow).words.length > 0;
}

/** Words that make a clause of a text: pronouns, auxiliaries and modals. An offer's name has none. */
const CLAUSE_WORDS = new Set(['i', 'you', 'your', 'we', 'our', 'they', 'their', 'it', 'its', 'he', 'she', 'this', 'these', 'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'do', 'does', 'did', 'can', 'cannot', 'could', 'will', 'would', 'must', 'should', 'may', 'might', 'shall', 'if', 'when', 'how', 'what', 'which', 'who', 'where', 'why']);

/**
 * Whether a cell of an offer table (a row with the offer's ID) is the offer's name, which its
 * translators may keep in English as the price list has it: “Microsoft Teams Calling Essentials
 * for US and Canada for faculty”, “Universal Print volume add-on (500 jobs) for faculty -
 * Windows” (the fr-fr corpus keeps them, zh-cn translates them). Alone, the words cannot tell: a
 * title such as “Microsoft Customer Agreements by region and language” reads the same, and its
 * translators translate it (325 such English sentences of the corpora). A name starts with
 * two capitalized words (the names the product keeps taken out first: “Partner Center lets you…”
 * is a sentence), ends without a stop, carries no markup (a UI label in bold is a sentence's),
 * and has no word that makes a clause (a pronoun, an auxiliary or a modal).
 */
function isOfferName(nodes: readonly { type: string }[], text: string, words: readonly string[]): boolean {
  if (!nodes.every((node) => node.type === 'text')) return false;
  if (/[.!?:;…]["”’)]*\s*$/u.test(text)) return false;
  const bare = words.map((word) => word.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, ''));
  if (!bare.slice(0, 2).every((word) => /^\p{Lu}/u.test(word)) || bare.length < 2) return false;
  return !bare.some((word) => CLAUSE_WORDS.has(word.toLowerCase()));
}

/** The names, longest first (a name inside a longer one is not taken out of it), sorted once per list. */
const sortedNames = new WeakMap<readonly string[], readonly string[]>();
function longestFirst(allow: readonly string[]): readonly string[] {
  let sorted = sortedNames.get(allow);
  if (!sorted) sortedNames.set(allow, (sorted = [...allow].sort((a, b) => b.length - a.length)));
  return sorted;
}

/**
 * Whether a translation is its English left as it was: the same text, and a sentence to
 * translate (not a name, code or a number). The catalog's state of a string (`status`, `export`)
 * and lint's `untranslated` rule (with a team's own names added) both ask this, so they agree.
 * `nameCell`: the sentence is a cell of a table row that carries an identifier (table-row.ts).
 */
export function leftInEnglish(target: string, source: string, allow: readonly string[] = PRODUCT_NAMES, nameCell = false): boolean {
  const left = englishLeft(target, source, allow);
  return left === 'sentence' || (left === 'name' && !nameCell);
}

/**
 * leftInEnglish asked once for both answers, where the sentence stands not known yet: false, it
 * is not its English left (wherever it stands); `sentence`, it is (wherever it stands); `name`,
 * it is, unless it is a cell of a table row that carries an identifier, where it reads as the
 * offer's name. Only `name` needs to know where the sentence stands (its file read for it).
 */
export function englishLeft(target: string, source: string, allow: readonly string[] = PRODUCT_NAMES): false | 'sentence' | 'name' {
  return sameText(target, source) && prose(source, allow);
}
