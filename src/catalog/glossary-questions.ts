/**
 * What a piece of work asked the locale's glossary, with the answers: the part of the rest of the
 * content that the result of parsing one article depends on. A cached result is used only while
 * the content still gives every one of these answers.
 */
import type { GlossaryLookup } from '../parse/labels.js';

/** One question and its answer, as plain data. */
export type Question = [locale: string, kind: 'term' | 'lead', key: string, answer: string | undefined];

/** The answer to a question, as a string that compares exactly. */
export function answer(glossary: GlossaryLookup | undefined, kind: Question[1], key: string): string | undefined {
  const found = kind === 'term' ? glossary?.terms.get(key) : glossary?.leads.get(key);
  return found === undefined ? undefined : JSON.stringify(found instanceof Map ? [...found] : found);
}

/** The glossary as the work sees it, each question written down once. */
export function recording(locale: string, glossary: GlossaryLookup | undefined, questions: Map<string, Question>): GlossaryLookup | undefined {
  if (!glossary) return undefined;
  const asked = (kind: Question[1], key: string) => {
    const id = `${locale}\0${kind}\0${key}`;
    if (!questions.has(id)) questions.set(id, [locale, kind, key, answer(glossary, kind, key)]);
  };
  return {
    terms: { get: (key) => (asked('term', key), glossary.terms.get(key)) },
    leads: { get: (key) => (asked('lead', key), glossary.leads.get(key)) },
  };
}

/** Adds questions asked elsewhere (a cached parse's) to a record. */
export function addQuestions(questions: Map<string, Question>, more: readonly Question[]): void {
  for (const q of more) questions.set(`${q[0]}\0${q[1]}\0${q[2]}`, q);
}

export function stillAnswered(questions: readonly Question[], glossaryOf: (locale: string) => GlossaryLookup | undefined): boolean {
  return questions.every((q) => answer(glossaryOf(q[0]), q[1], q[2]) === q[3]);
}
