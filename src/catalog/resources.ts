/**
 * i18next resources of one article from its documents in every locale. Keys come from one
 * canonical document's structure, so every locale's strings of segment n share one key; en-US
 * comes from the English halves of the pairs (or from an en-US plain article).
 */
import type { Document } from '../model/document.js';
import { codeKey, labelKey, segmentKeys } from './keys.js';

export const SOURCE_LOCALE = 'en-US';

export type Messages = Record<string, string>;

export interface ArticleResources {
  canonical: Document;
  keys: Map<number, string>;
  /** locale → key → markdown */
  messages: Map<string, Messages>;
}

/** The document whose structure names the keys: en-US if there is one, else the first sxs one. */
export function canonicalDocument(documents: readonly Document[]): Document {
  const sorted = [...documents].sort((a, b) => a.locale.localeCompare(b.locale));
  return (
    sorted.find((d) => d.locale === SOURCE_LOCALE) ?? sorted.find((d) => d.sxs) ?? sorted[0]!
  );
}

export function buildResources(documents: readonly Document[]): ArticleResources {
  const canonical = canonicalDocument(documents);
  const keys = segmentKeys(canonical);
  const messages = new Map<string, Messages>();
  const put = (locale: string, key: string, value: string | undefined) => {
    if (value === undefined || value.trim() === '') return;
    if (!messages.has(locale)) messages.set(locale, {});
    const bucket = messages.get(locale)!;
    if (!(key in bucket)) bucket[key] = value;
  };
  // Canonical first, so its English wins where two documents disagree.
  for (const document of [canonical, ...documents.filter((d) => d !== canonical)]) {
    const own = document === canonical ? keys : segmentKeys(document);
    const english = document.sxs || document.locale === SOURCE_LOCALE;
    const keyOf = (n: number) => keys.get(n) ?? own.get(n)!;
    // One string of this document in both languages: the translation, and the English it came from.
    const pair = (key: string, target: string | undefined, source: string | undefined) => {
      if (document.locale !== SOURCE_LOCALE) put(document.locale, key, target);
      if (english) put(SOURCE_LOCALE, key, source);
    };
    for (const segment of document.segments) pair(keyOf(segment.n), segment.target, segment.source);
    for (const step of document.procedures.flatMap((p) => p.steps)) {
      for (const block of step.blocks) {
        if (block.type === 'code') pair(codeKey(step.key, block.index), block.value, block.value);
      }
      for (const label of step.labels) pair(labelKey(keyOf(label.n), label.index), label.target, label.source);
    }
  }
  return { canonical, keys, messages };
}
