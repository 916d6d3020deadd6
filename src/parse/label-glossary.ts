/**
 * What a body of translated content says about its UI labels, learned from its unambiguous
 * sentences (one bold label in the English, one marked translation): the translations of each
 * label (the product's glossary, as far as the content shows it), and the words that lead to a
 * label the reader acts on ("sélectionnez", "选择"). Both help pair labels where a sentence alone
 * cannot tell.
 */
import type { Segment } from '../model/document.js';
import { boldRuns, parseInline } from './inline.js';
import { candidates, normal } from './label-candidates.js';

export interface Glossary {
  /** English label (normalized) → its translations, with how often each was seen. */
  terms: Map<string, Translations>;
  /** Leads of translated labels, with how often each was seen before a button and before a name. */
  leads: Map<string, LeadCounts>;
}

// Words of grammar, which tie the label to another phrase than the verb's: "select the customer
// from the **Customer details** list", "select the tab for the **Recurring**", "select the
// checkbox to **Enable data sharing**", "select the issue type and **Review solutions**".
const GRAMMAR = String.raw`about|above|after|and|as|at|before|below|between|but|by|for|from|if|in|into|is|are|near|next|nor|of|off|on|onto|or|out|over|than|that|then|these|this|those|through|to|under|until|via|when|which|while|who|with|within|without|you|it|they|them|the|a|an|your|their|its|his|her|each|any|another|all|some|select|choose|click|open`;
/**
 * A word that describes the label (MODIFIER), not a word of grammar; up to two of them (MODIFIERS)
 * may stand between its determiner and it: "select the blue **My Profile** icon", "selecting the
 * chosen **Transfer request ID**", "select a new **Role**" (the label was a name: no button's
 * translation).
 */
export const MODIFIER = String.raw`(?!(?:${GRAMMAR})\s)[\p{L}-]+\s+`;
export const MODIFIERS = String.raw`(?:${MODIFIER}){0,2}`;

// What may stand between the verb and the label: "on", "either", "both", "one of", then a
// determiner: an article, a possessive ("select their **Country/Region**", "select its **Quick
// links**"), a demonstrative or a quantifier, a possessive noun ("select the customer's **Company
// name**") and modifiers. Only "the" and "on" were: 57 bold labels of the shared corpus were names.
const DETERMINER = String.raw`(?:(?:on|either|both|one\s+of)\s+)?(?:the|a|an|your|their|its|his|her|this|that|these|those|each|any|another)\s+(?:[\p{L}-]+['’]s\s+)?${MODIFIERS}|(?:on|either)\s+`;

// English phrasing that tells the reader to act on the label that follows. Not "enter": what is
// entered is a field or a value (see FILL in labels.ts), never a button that leads on.
export const ACTION = new RegExp(String.raw`\b(select|selecting|click|clicking|choose|tap|press|pick|open|go to|navigate to|sign in to|then)\s+(?:${DETERMINER})?["“]?$`, 'iu');

export function emptyGlossary(): Glossary {
  return { terms: new Map(), leads: new Map() };
}

export function learnGlossary(segments: readonly Segment[], glossary: Glossary = emptyGlossary()): Glossary {
  for (const segment of segments) {
    if (!segment.source.includes('**') || segment.source === segment.target) continue;
    const source = boldRuns(parseInline(segment.source));
    if (source.length !== 1) continue;
    const { bold, quoted } = candidates(segment.target);
    const only = bold.length === 1 ? bold[0] : bold.length === 0 && quoted.length === 1 ? quoted[0] : undefined;
    if (!only || !/\p{L}/u.test(only.text)) continue;
    const key = normal(source[0]!.text);
    const entry = glossary.terms.get(key) ?? new Map<string, number>();
    entry.set(only.text, (entry.get(only.text) ?? 0) + 1);
    glossary.terms.set(key, entry);
    if (only.lead) {
      const seen = glossary.leads.get(only.lead) ?? { action: 0, name: 0 };
      seen[ACTION.test(source[0]!.before) ? 'action' : 'name']++;
      glossary.leads.set(only.lead, seen);
    }
  }
  return glossary;
}

/** Adds what `from` learned to `into` (learning file by file, then adding, equals learning all at once). */
export function absorbGlossary(into: Glossary, from: Glossary): Glossary {
  for (const [source, targets] of from.terms) {
    const entry = into.terms.get(source) ?? new Map<string, number>();
    for (const [target, count] of targets) entry.set(target, (entry.get(target) ?? 0) + count);
    into.terms.set(source, entry);
  }
  for (const [lead, seen] of from.leads) {
    const sum = into.leads.get(lead) ?? { action: 0, name: 0 };
    into.leads.set(lead, { action: sum.action + seen.action, name: sum.name + seen.name });
  }
  return into;
}

/**
 * Files' lessons known in this run, by path (a Map will do): asked before a file is learned
 * from, and told what it taught once it is, so that no file is read twice for them.
 */
export interface LessonBook {
  get(file: string): Glossary | undefined;
  set(file: string, lessons: Glossary): unknown;
}

/** A file's own lessons: known to the book, else learned from its segments and told to it. */
export function ownLessons(path: string, segments: readonly Segment[], book: LessonBook | undefined): Glossary {
  const own = book?.get(path) ?? learnGlossary(segments);
  book?.set(path, own);
  return own;
}

/** A label's translations, with how often each was seen. */
export type Translations = Map<string, number>;
/** How often a lead was seen before a button and before a name. */
export interface LeadCounts {
  action: number;
  name: number;
}

/** What pairing labels asks of a glossary: a label's translations, a lead's counts. */
export interface GlossaryLookup {
  terms: Pick<Glossary['terms'], 'get'>;
  leads: Pick<Glossary['leads'], 'get'>;
  /**
   * The glossary a document pairs its labels on, with its own lessons before these (see
   * documentGlossary). A recorder of questions gives its own, to write down what the pairing
   * decides (content-questions.ts).
   */
  under?(own: GlossaryLookup | undefined): GlossaryLookup;
}

/**
 * One glossary from several (a document's own, then its content set's for the same locale),
 * merged per entry when asked: copying a whole locale's glossary for each document cost more
 * than pairing its labels.
 */
export function mergeGlossaries(...glossaries: readonly (GlossaryLookup | undefined)[]): GlossaryLookup {
  const layers = glossaries.filter((g): g is GlossaryLookup => g !== undefined);
  const terms = new Map<string, Translations | undefined>();
  const leads = new Map<string, LeadCounts | undefined>();
  return {
    terms: {
      get(source) {
        if (!terms.has(source)) terms.set(source, mergedTranslations(layers.map((g) => g.terms.get(source))));
        return terms.get(source);
      },
    },
    leads: {
      get(lead) {
        if (!leads.has(lead)) leads.set(lead, mergedLeads(layers.map((g) => g.leads.get(lead))));
        return leads.get(lead);
      },
    },
  };
}

/** The glossary a document's labels are paired on: what it teaches itself, then what its locale does. */
export function documentGlossary(own: GlossaryLookup | undefined, locale: GlossaryLookup | undefined): GlossaryLookup {
  return locale?.under ? locale.under(own) : mergeGlossaries(own, locale);
}

/** A label's translations over layers, summed; the first layer's first seen first (sorting keeps ties in that order). */
export function mergedTranslations(found: readonly (Translations | undefined)[]): Translations | undefined {
  let entry: Translations | undefined;
  for (const targets of found) {
    if (!targets) continue;
    entry ??= new Map();
    for (const [target, count] of targets) entry.set(target, (entry.get(target) ?? 0) + count);
  }
  return entry;
}

/** A lead's counts over layers, summed. */
export function mergedLeads(found: readonly (LeadCounts | undefined)[]): LeadCounts | undefined {
  let sum: LeadCounts | undefined;
  for (const seen of found) if (seen) sum = { action: (sum?.action ?? 0) + seen.action, name: (sum?.name ?? 0) + seen.name };
  return sum;
}

/** A label's translations, the most frequent first: all that pairing takes from their counts. */
export function translationOrder(entry: Translations | undefined): string[] {
  return entry ? [...entry.entries()].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length).map(([t]) => t) : [];
}

/** A lead used before buttons, and seldom before names: all that pairing takes from its counts. */
export function leadsToAction(seen: LeadCounts | undefined): boolean {
  return seen !== undefined && seen.action >= 3 && seen.action >= 3 * seen.name;
}

/** Known translations of a label, the most frequent first. */
export function knownTranslations(glossary: GlossaryLookup | undefined, source: string): string[] {
  return translationOrder(glossary?.terms.get(normal(source)));
}

/** True when the mark's lead is a word this content uses before buttons, and seldom before names. */
export function actionLed(glossary: GlossaryLookup | undefined, lead: string): boolean {
  return lead !== '' && leadsToAction(glossary?.leads.get(lead));
}
