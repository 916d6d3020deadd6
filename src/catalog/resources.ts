/**
 * i18next resources of one article from its documents in every locale. Keys come from the
 * canonical document's structure, so every locale's string of segment n shares one key; the
 * other locales need only their segments (a scan), not a structure of their own. en-US comes
 * from the English halves of the pairs (or from an en-US plain article).
 */
import type { Block, Document, Label } from '../model/document.js';
import { learnGlossary, mergeGlossaries, segmentLabels, type Glossary } from '../parse/labels.js';
import { documentKeys, labelKey, type DocumentKeys } from './keys.js';

export const SOURCE_LOCALE = 'en-US';

export type Messages = Record<string, string>;

export interface ArticleResources {
  canonical: Document;
  keys: DocumentKeys;
  /** locale → key → markdown */
  messages: Map<string, Messages>;
}

/** The locale whose document names the keys: en-US if there is one, else the first side-by-side one. */
export function canonicalDocument<T extends Pick<Document, 'locale' | 'sxs'>>(documents: readonly T[]): T {
  const sorted = [...documents].sort((a, b) => a.locale.localeCompare(b.locale));
  return sorted.find((d) => d.locale === SOURCE_LOCALE) ?? sorted.find((d) => d.sxs) ?? sorted[0]!;
}

/**
 * `canonical` must be fully parsed; `others` may be scan-only documents. `glossaryOf` gives the
 * UI-label translations the rest of the content uses in a locale, to pair labels by meaning.
 */
export function buildResources(
  canonical: Document,
  others: readonly Document[] = [],
  glossaryOf: (locale: string) => Glossary | undefined = () => undefined,
): ArticleResources {
  const keys = documentKeys(canonical);
  const messages = new Map<string, Messages>();
  const put = (locale: string, key: string, value: string | undefined) => {
    if (value === undefined || value.trim() === '') return;
    if (!messages.has(locale)) messages.set(locale, {});
    const bucket = messages.get(locale)!;
    if (!(key in bucket)) bucket[key] = value;
  };
  const steps = canonical.procedures.flatMap((p) => p.steps);
  const labelled = new Map<number, Label[]>();
  for (const label of steps.flatMap((step) => step.labels)) labelled.set(label.n, [...(labelled.get(label.n) ?? []), label]);
  // Text outside pairs is the same in every language: en-US holds it, the others fall back to it.
  for (const [part, key] of keys.parts) {
    if ('literal' in part) put(SOURCE_LOCALE, key, (part as { literal: string }).literal);
    else if ((part as Block).type === 'code') put(SOURCE_LOCALE, key, (part as Block & { type: 'code' }).value);
  }
  // Canonical first, so its English wins where two documents disagree.
  for (const document of [canonical, ...others]) {
    const english = document.sxs || document.locale === SOURCE_LOCALE;
    // One string of this document in both languages: the translation, and the English it came from.
    const pair = (key: string, target: string | undefined, source: string | undefined) => {
      if (document.locale !== SOURCE_LOCALE) put(document.locale, key, target);
      if (english) put(SOURCE_LOCALE, key, source);
    };
    for (const segment of document.segments) pair(keys.segments.get(segment.n) ?? `text.${segment.n}`, segment.target, segment.source);
    // Labels of this locale, where the canonical structure says the steps' sentences are.
    // The canonical document's labels were paired when it was parsed; the others' are paired here.
    const glossary = document === canonical ? undefined : mergeGlossaries(learnGlossary(document.segments), glossaryOf(document.locale));
    for (const segment of document.segments) {
      const own = labelled.get(segment.n);
      if (!own) continue;
      const labels = document === canonical ? own : segmentLabels(segment, glossary);
      for (const label of labels) pair(labelKey(keys.segments.get(segment.n)!, label.index), label.target, label.source);
    }
    // Image alt text: each file's own, in its own language (sxs files translate it without a pair).
    for (const [part, key] of keys.parts) {
      if ((part as Block).type !== 'image') continue;
      if (document.sxs && document.locale === SOURCE_LOCALE) continue;
      put(document.locale, key, document.images[(part as Block & { type: 'image' }).ordinal]?.alt);
    }
  }
  return { canonical, keys, messages };
}
