/**
 * i18next resources of one article from its documents in every locale. Keys come from one
 * canonical document's structure, so every locale's strings of segment n share one key; en-US
 * comes from the English halves of the pairs (or from an en-US plain article).
 */
import type { Document } from '../model/document.js';
import { labelKey, segmentKeys } from './keys.js';

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
    for (const segment of document.segments) {
      const key = keys.get(segment.n) ?? own.get(segment.n)!;
      if (document.locale !== SOURCE_LOCALE) put(document.locale, key, segment.target);
      if (english) put(SOURCE_LOCALE, key, segment.source);
    }
    for (const procedure of document.procedures) {
      for (const step of procedure.steps) {
        for (const label of step.labels) {
          const key = labelKey(keys.get(label.n) ?? own.get(label.n)!, label.index);
          if (document.locale !== SOURCE_LOCALE) put(document.locale, key, label.target);
          if (english) put(SOURCE_LOCALE, key, label.source);
        }
      }
    }
  }
  return { canonical, keys, messages };
}
