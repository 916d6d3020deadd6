/**
 * What a piece of work asked of the rest of the content, with the answers: the locale's glossary
 * (how labels pair) and whether an article exists (where its links lead: an article's related
 * procedures, an overlay's links). A cached result is used only while the content still gives
 * every one of these answers.
 *
 * What must hold is what the pairing of labels decided from the counts, not the counts: the
 * order of a label's known translations, whether a lead leads to buttons. An article added
 * elsewhere adds to the counts of common labels ("Submit" seen 52 times, not 51) without changing
 * what any other article's labels are paired with, and so without parsing them again. A
 * question keeps the counts it was answered with and the document's own entry (the decision is
 * made on both, merged): the same counts hold at once; other counts hold if the decision made on
 * them is the same.
 */
import {
  leadsToAction,
  mergedLeads,
  mergedTranslations,
  mergeGlossaries,
  translationOrder,
  type GlossaryLookup,
  type LeadCounts,
  type Translations,
} from '../parse/label-glossary.js';

/**
 * One question and its answer, as plain data: the locale's entry as it was (JSON), and the
 * document's own, which the pairing merged with it; for `article`, the slug asked about (`key`)
 * and whether the content had it (`counts` set when it did).
 */
export type Question = [locale: string, kind: 'term' | 'lead' | 'article', key: string, counts: string | undefined, own: string | undefined];

type GlossaryKind = 'term' | 'lead';

function entryOf(glossary: GlossaryLookup | undefined, kind: GlossaryKind, key: string): Translations | LeadCounts | undefined {
  return kind === 'term' ? glossary?.terms.get(key) : glossary?.leads.get(key);
}

function entryJson(entry: Translations | LeadCounts | undefined): string | undefined {
  return entry === undefined ? undefined : JSON.stringify(entry instanceof Map ? [...entry] : entry);
}

/** What pairing decides on the document's own entry and the locale's (JSON), merged as documentGlossary merges them. */
function decision(kind: GlossaryKind, own: string | undefined, counts: string | undefined): string {
  if (kind === 'term') {
    const entry = (json: string | undefined) => (json === undefined ? undefined : new Map(JSON.parse(json) as [string, number][]));
    return JSON.stringify(translationOrder(mergedTranslations([entry(own), entry(counts)])));
  }
  const entry = (json: string | undefined) => (json === undefined ? undefined : (JSON.parse(json) as LeadCounts));
  return String(leadsToAction(mergedLeads([entry(own), entry(counts)])));
}

/**
 * An entry's JSON, made once per entry: a warm run checks every cached article's questions, and
 * the common labels are asked by most of them. An entry is not changed once its glossary is
 * learned (a glossary given a new entry gives a new object).
 */
const entriesJson = new WeakMap<object, string>();

function currentJson(glossary: GlossaryLookup | undefined, kind: GlossaryKind, key: string): string | undefined {
  const entry = entryOf(glossary, kind, key);
  if (entry === undefined) return undefined;
  let json = entriesJson.get(entry);
  if (json === undefined) entriesJson.set(entry, (json = entryJson(entry)!));
  return json;
}

/** Whether the locale's glossary as it is now gives the question's answer. */
function answers(glossary: GlossaryLookup | undefined, [, kind, key, counts, own]: Question & { 1: GlossaryKind }): boolean {
  const now = currentJson(glossary, kind, key);
  // Other counts may still make the same decision: the order of the translations, a lead's kind.
  return now === counts || decision(kind, own, now) === decision(kind, own, counts);
}

/**
 * The glossary as the work sees it, each question written down once. Asked through a document
 * (`under`), a question keeps that document's own entry; asked directly, it has none.
 */
export function recording(locale: string, glossary: GlossaryLookup | undefined, questions: Map<string, Question>): GlossaryLookup | undefined {
  if (!glossary) return undefined;
  const seen = (own: GlossaryLookup | undefined): GlossaryLookup => {
    const merged = own ? mergeGlossaries(own, glossary) : glossary;
    // The parse asks about a label once per sentence it is in: written down the first time.
    const asked = new Set<string>();
    const ask = (kind: GlossaryKind, key: string) => {
      const question = `${kind}\0${key}`;
      if (asked.has(question)) return;
      asked.add(question);
      const mine = entryJson(entryOf(own, kind, key));
      const id = idOf(locale, kind, key, mine);
      if (!questions.has(id)) questions.set(id, [locale, kind, key, entryJson(entryOf(glossary, kind, key)), mine]);
    };
    return {
      terms: { get: (key) => (ask('term', key), merged.terms.get(key)) },
      leads: { get: (key) => (ask('lead', key), merged.leads.get(key)) },
    };
  };
  return { ...seen(undefined), under: seen };
}

/** Adds questions asked elsewhere (a cached parse's) to a record. */
export function addQuestions(questions: Map<string, Question>, more: readonly Question[]): void {
  for (const q of more) questions.set(idOf(q[0], q[1], q[2], q[4]), q);
}

/** A question's identity: one per entry asked, for each document's own entry. */
function idOf(locale: string, kind: Question[1], key: string, own: string | undefined): string {
  return `${locale}\0${kind}\0${key}\0${own ?? ''}`;
}

/**
 * Whether an article exists, as the work sees it: each slug asked about written down once with
 * the answer (a link to an article added or removed since changes what the work made).
 */
export function recordingArticles(has: (slug: string) => boolean, questions: Map<string, Question>): { has: (slug: string) => boolean } {
  return {
    has: (slug) => {
      const exists = has(slug);
      questions.set(idOf('', 'article', slug, undefined), ['', 'article', slug, exists ? 'yes' : undefined, undefined]);
      return exists;
    },
  };
}

/**
 * Whether the content as it is now gives every answer: the locales' glossaries, and which articles
 * exist (without `has`, a question about an article is not answered: work that asked one is redone).
 */
export function stillAnswered(questions: readonly Question[], glossaryOf: (locale: string) => GlossaryLookup | undefined, has?: (slug: string) => boolean): boolean {
  return questions.every((q) => (q[1] === 'article' ? has?.(q[2]) === (q[3] !== undefined) : answers(glossaryOf(q[0]), q as Question & { 1: GlossaryKind })));
}
