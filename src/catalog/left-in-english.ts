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
 * "Microsoft 365 Domestic Calling Plan for US and Canada", are kept in English on purpose).
 */
function isProse(markdown: string, allow: readonly string[]): boolean {
  let text = plainText(parseInline(markdown).filter((node) => node.type !== 'inlineCode'));
  for (const name of longestFirst(allow)) if (text.includes(name)) text = text.split(name).join(' ');
  // Words are tokens of letters only: identifiers and GUIDs (8ddd0364-…) are not prose.
  const words = text.split(/\s+/).filter((token) => /^["“(]*\p{L}[\p{L}'’-]*[.,;:!?)”"]*$/u.test(token));
  const lower = words.filter((w) => /^\p{Ll}/u.test(w)).length;
  return lower >= 4 && lower / words.length >= 0.5;
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
 */
export function leftInEnglish(target: string, source: string, allow: readonly string[] = PRODUCT_NAMES): boolean {
  return sameText(target, source) && isProse(source, allow);
}
