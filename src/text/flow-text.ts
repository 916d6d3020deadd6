/**
 * How a flow presents itself, as markdown in one locale: shared by the picker, the header, the
 * list, the walkthrough and the checklist so that they all say it the same way.
 */
import { isEnglish, type Translator } from '../catalog/i18n.js';
import type { FlowEntry } from '../model/workflow.js';
import { plainMessage } from './inline-runs.js';
import { pivotKey } from '../catalog/pivot-titles.js';
import { listOf, listSeparator } from './list-of.js';
import { languageName, languageOf } from './locale-names.js';
import { hasWordsToTranslate } from '../catalog/left-in-english.js';

/** "Article title", or "Article title — Procedure title" for an article with several procedures. */
export function flowTitle(flow: Pick<FlowEntry, 'id' | 'slug' | 'titleKey' | 'procedureTitleKeys' | 'tabKeys' | 'pivot'>, tr: Translator): string {
  const article = (flow.titleKey && tr.text(flow.slug, flow.titleKey)) || flow.slug;
  const procedure = procedureTitle(flow, tr);
  if (flow.id === flow.slug || !procedure) return article;
  // A tab of a group that stands in no section of its own: the article's tab ("Install (Bash)").
  if (flow.tabKeys !== undefined && flow.tabKeys === flow.procedureTitleKeys.length) return tr.t('flow.pivot', { title: article, pivot: procedure });
  return `${article} — ${procedure}`;
}

/**
 * The procedure's heading, its sentences in turn ("A." and "Purchase the subscription"); empty
 * without one. A procedure in a zone pivot says which ("Create the VM (windows)"): the same
 * heading in two pivots read as one procedure twice.
 */
export function procedureTitle(flow: Pick<FlowEntry, 'slug' | 'procedureTitleKeys' | 'tabKeys' | 'pivot'>, tr: Translator): string {
  return withPivot(withTab((keys) => keys.map((key) => tr.text(flow.slug, key)).filter(Boolean).join(' '), flow, tr), flow, tr);
}

/**
 * A procedure's heading said by `say`: in a DocFX tab, the section its tab group stands in with
 * the tab, as a zone pivot is ("Install (Bash)"), where the tab alone read as a procedure named
 * Bash; the tab alone where the group stands in no section.
 */
export function withTab(say: (keys: readonly string[]) => string, { procedureTitleKeys: keys, tabKeys }: Pick<FlowEntry, 'procedureTitleKeys' | 'tabKeys'>, tr: Translator): string {
  if (tabKeys === undefined) return say(keys);
  const section = say(keys.slice(0, keys.length - tabKeys));
  const tab = say(keys.slice(keys.length - tabKeys));
  return section && tab ? tr.t('flow.pivot', { title: section, pivot: tab }) : section || tab;
}

/**
 * A procedure's title with the zone pivot it stands in, or the pivot alone where it has no
 * heading of its own: by the docset's title for it ("Azure CLI"), else by its id.
 */
export function withPivot(title: string, { slug, pivot }: Pick<FlowEntry, 'slug' | 'pivot'>, tr: Translator): string {
  if (!pivot) return title;
  const named = tr.text(slug, pivotKey(pivot)) || pivot;
  return title ? tr.t('flow.pivot', { title, pivot: named }) : named;
}

/** "S’applique à : Espace partenaires…", from the article's own label and items; undefined without. */
export function appliesToLine(flow: FlowEntry, tr: Translator): string | undefined {
  const [label, ...items] = flow.appliesToKeys.map((key) => tr.text(flow.slug, key));
  if (!label) return undefined;
  // One line holds the label and its items ("**Applies to**: Partner Center | …"): as written.
  if (items.length === 0) return plainMessage(label);
  // The label is "**Applies to**" or "Applies to:"; the punctuation of the language it is shown in
  // goes between: a French reader of an untranslated article read "Applies to : …".
  const shownIn = tr.origin(flow.slug, flow.appliesToKeys[0]!);
  // The items as the language they show in lists them ("夥伴中心、雲端…").
  const itemsIn = tr.origin(flow.slug, flow.appliesToKeys[1]!) ?? tr.language;
  return tr.t('label-value', { label: plainMessage(label).replace(/\s*[:：]\s*$/, ''), value: items.join(listSeparator(itemsIn)), ...(shownIn ? { lng: shownIn } : {}) });
}

/**
 * "Not translated yet. Language of the text: English.", when the article's title shows in
 * another language than the reader's (i18next's fallback): the screen speaks the reader's
 * language and the steps another, and nothing else says why. Undefined when it is theirs.
 */
export function untranslatedLine(flow: FlowEntry, tr: Translator): string | undefined {
  const shown = flow.titleKey && tr.origin(flow.slug, flow.titleKey);
  if (!shown || languageOf(shown) === languageOf(tr.language)) return undefined;
  return tr.t('flow.untranslated', { language: languageName(shown, tr.language) });
}

/**
 * The same line under a step (or the intro) whose sentences show in another language than the
 * reader's while the title is theirs: an article with no English, whose reader's version lacks
 * the step, shows the reference's; a translation with a sentence missing shows the English.
 * Undefined when the header says it already (the whole article is in another language).
 */
export function untranslatedPartLine(flow: FlowEntry, keys: readonly string[], tr: Translator): string | undefined {
  if (untranslatedLine(flow, tr)) return undefined;
  const reader = languageOf(tr.language);
  // English with no word to translate (a path, a name kept in English) is no language's; the
  // words test knows English only: another language's sentence with a letter is that language's.
  const worded = (code: string, text: string) => (isEnglish(code) ? hasWordsToTranslate(text) : /\p{L}/u.test(text));
  const foreign = (key: string) => {
    const code = tr.origin(flow.slug, key);
    return code !== undefined && languageOf(code) !== reader && worded(code, tr.text(flow.slug, key)) ? code : undefined;
  };
  const shown = keys.map(foreign).find((code) => code !== undefined);
  return shown && tr.t('flow.untranslated', { language: languageName(shown, tr.language) });
}

/**
 * The end of a flow of `steps` steps: "Terminé : les 4 étapes sont effectuées.", or, with steps
 * the reader did not go through (`notDone`, by number), how many were done and which were not.
 */
export function doneLine(steps: number, tr: Translator, notDone: readonly number[] = []): string {
  if (notDone.length === 0) return tr.t('done.message', { count: steps });
  return tr.t('done.partial', { done: steps - notDone.length, count: steps, steps: listOf(notDone.map(String), tr.language) });
}
