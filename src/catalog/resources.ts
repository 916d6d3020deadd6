/**
 * i18next resources of one article from its documents in every locale. Keys come from the
 * canonical document's structure, so every locale's string of segment n shares one key; the
 * other locales need only their segments (a scan), not a structure of their own. en-US comes
 * from the English halves of the pairs (or from an en-US plain article).
 */
import type { Document } from '../model/document.js';
import { segmentLabels } from '../parse/labels.js';
import { codeKey, labelKey, segmentKeys } from './keys.js';

export const SOURCE_LOCALE = 'en-US';

export type Messages = Record<string, string>;

export interface ArticleResources {
  canonical: Document;
  keys: Map<number, string>;
  /** locale → key → markdown */
  messages: Map<string, Messages>;
}

/** The locale whose document names the keys: en-US if there is one, else the first side-by-side one. */
export function canonicalDocument<T extends Pick<Document, 'locale' | 'sxs'>>(documents: readonly T[]): T {
  const sorted = [...documents].sort((a, b) => a.locale.localeCompare(b.locale));
  return sorted.find((d) => d.locale === SOURCE_LOCALE) ?? sorted.find((d) => d.sxs) ?? sorted[0]!;
}

/** `canonical` must be fully parsed; `others` may be scan-only documents. */
export function buildResources(canonical: Document, others: readonly Document[] = []): ArticleResources {
  const keys = segmentKeys(canonical);
  const messages = new Map<string, Messages>();
  const put = (locale: string, key: string, value: string | undefined) => {
    if (value === undefined || value.trim() === '') return;
    if (!messages.has(locale)) messages.set(locale, {});
    const bucket = messages.get(locale)!;
    if (!(key in bucket)) bucket[key] = value;
  };
  const steps = canonical.procedures.flatMap((p) => p.steps);
  // Canonical first, so its English wins where two documents disagree.
  for (const document of [canonical, ...others]) {
    const english = document.sxs || document.locale === SOURCE_LOCALE;
    // One string of this document in both languages: the translation, and the English it came from.
    const pair = (key: string, target: string | undefined, source: string | undefined) => {
      if (document.locale !== SOURCE_LOCALE) put(document.locale, key, target);
      if (english) put(SOURCE_LOCALE, key, source);
    };
    const byNumber = new Map(document.segments.map((s) => [s.n, s]));
    for (const segment of document.segments) pair(keys.get(segment.n) ?? `text.${segment.n}`, segment.target, segment.source);
    for (const step of steps) {
      // Labels of this locale, where the canonical structure says the step's sentences are.
      for (const n of new Set(step.labels.map((l) => l.n))) {
        const segment = byNumber.get(n);
        if (!segment) continue;
        for (const label of segmentLabels(segment)) pair(labelKey(keys.get(n)!, label.index), label.target, label.source);
      }
      if (document !== canonical) continue;
      // Commands are not translated: other locales fall back to these.
      for (const block of step.blocks) {
        if (block.type === 'code') pair(codeKey(step.key, block.index), block.value, block.value);
      }
    }
  }
  return { canonical, keys, messages };
}
