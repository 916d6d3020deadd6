/**
 * What a piece of work asked the locale's glossary, with the answers: the part of the rest of the
 * content that the result of parsing one article depends on. A cached result is used only while
 * the content still gives every one of these answers.
 *
 * An answer is what the pairing of labels decided from the counts, not the counts: the order of
 * a label's known translations, whether a lead leads to buttons. An article added elsewhere adds
 * to the counts of common labels ("Submit" seen 52 times, not 51) without changing what any
 * other article's labels are paired with, and so without parsing them again. The decision is
 * made on the document's own lessons and its locale's together, so the question keeps the
 * document's own entry, to make it again on the locale as it is now.
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

/** One question and its answer, as plain data: the decision, and the document's own entry (JSON). */
export type Question = [locale: string, kind: 'term' | 'lead', key: string, answer: string, own: string | undefined];

/** The decision pairing takes from an entry, as a string that compares exactly. */
function decision(kind: Question[1], entry: Translations | LeadCounts | undefined): string {
  return kind === 'term' ? JSON.stringify(translationOrder(entry as Translations | undefined)) : String(leadsToAction(entry as LeadCounts | undefined));
}

function ownJson(entry: Translations | LeadCounts | undefined): string | undefined {
  return entry === undefined ? undefined : JSON.stringify(entry instanceof Map ? [...entry] : entry);
}

/** The answer to a question on the locale's glossary as it is now. */
function answerNow(glossary: GlossaryLookup | undefined, [, kind, key, , own]: Question): string {
  if (kind === 'term') {
    const mine = own === undefined ? undefined : new Map(JSON.parse(own) as [string, number][]);
    return decision(kind, mergedTranslations([mine, glossary?.terms.get(key)]));
  }
  return decision(kind, mergedLeads([own === undefined ? undefined : (JSON.parse(own) as LeadCounts), glossary?.leads.get(key)]));
}

/**
 * The glossary as the work sees it, each question written down once. Asked through a document
 * (`under`), a question keeps that document's own entry; asked directly, it has none.
 */
export function recording(locale: string, glossary: GlossaryLookup | undefined, questions: Map<string, Question>): GlossaryLookup | undefined {
  if (!glossary) return undefined;
  const seen = (own: GlossaryLookup | undefined): GlossaryLookup => {
    const merged = own ? mergeGlossaries(own, glossary) : glossary;
    const asked = <T extends Translations | LeadCounts>(kind: Question[1], key: string, found: T | undefined): T | undefined => {
      const mine = ownJson(kind === 'term' ? own?.terms.get(key) : own?.leads.get(key));
      const id = idOf(locale, kind, key, mine);
      if (!questions.has(id)) questions.set(id, [locale, kind, key, decision(kind, found), mine]);
      return found;
    };
    return {
      terms: { get: (key) => asked('term', key, merged.terms.get(key)) },
      leads: { get: (key) => asked('lead', key, merged.leads.get(key)) },
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

export function stillAnswered(questions: readonly Question[], glossaryOf: (locale: string) => GlossaryLookup | undefined): boolean {
  return questions.every((q) => answerNow(glossaryOf(q[0]), q) === q[3]);
}
