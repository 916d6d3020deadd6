/**
 * The "Applies to" line of an article's opening, in each form articles write it: a label over a
 * list (`**Applies to**`, then `- Partner Center`), or the label and its items in one line
 * (`**Applies to**: Partner Center | …`, `*Applies to: Partner Center*`), in bold, italics or
 * neither. Only the label alone over a list was known: the one-line form was a paragraph of the
 * intro, and a plain translation's label, not in English, a bold line of it.
 *
 * A side-by-side article's English says which it is. A plain translation has no English beside
 * it: its label is known as Docs' localized repositories write it (the corpus and the fixtures'
 * articles: fr-FR, zh-CN, zh-TW, ja-JP, ko-KR, de-DE, nb-NO, th-TH), or as the content's own
 * side-by-side articles translate it (its glossary).
 */
import { knownTranslations, type GlossaryLookup } from './label-glossary.js';

export type AppliesToForm = 'label' | 'line';

const ENGLISH = 'Applies to';
const LABELS = ['applies to', 's’applique à', "s'applique à", '适用于', '適用於', '適用対象', '적용 대상', 'gilt für', 'gjelder for', 'นำไปใช้กับ'];
// Emphasis, escapes and spaces around the label.
const MARKUP = /[*_\\]/g;
const COLON = /^\s*[:：]\s*/;

/**
 * Whether a segment of the opening is the "Applies to" label alone (a list of items follows), or
 * the label and its items in one line; undefined when it is neither ("Applies to partners who…").
 */
export function appliesToForm(text: string, glossary?: GlossaryLookup): AppliesToForm | undefined {
  const plain = text.replace(MARKUP, '').trim();
  const lower = plain.toLowerCase();
  const labels = [...LABELS, ...knownTranslations(glossary, ENGLISH).map((t) => t.replace(MARKUP, '').trim().toLowerCase())];
  const label = labels.find((l) => l !== '' && lower.startsWith(l));
  if (label === undefined) return undefined;
  const rest = plain.slice(label.length);
  if (!/[\p{L}\p{N}]/u.test(rest)) return 'label';
  // Items after a colon; a letter right after the label is a sentence that starts so.
  return COLON.test(rest) ? 'line' : undefined;
}
