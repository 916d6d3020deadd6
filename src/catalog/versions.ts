/**
 * Which English version an article's locales were translated from, and which is the newest:
 * the reference that keys, en-US strings and staleness are measured against.
 *
 * `content/en-US/<slug>.md` is the reference where it exists. Otherwise the newest side-by-side
 * version: the latest `ms.lasthandoff` (the day the English was handed off for translation),
 * then the most recent `ms.sourcegitcommit` date is not known, so ties go to the version more
 * locales share (`ms.openlocfilehash`), then to locale order, so the choice is deterministic.
 */
import type { Document } from '../model/document.js';
import { compareNames } from '../text/name-order.js';

export const SOURCE_LOCALE = 'en-US';

/** `ms.lasthandoff` as a sortable number (MM/DD/YYYY in the corpus; ISO dates too); 0 when absent. */
export function handoffTime(document: Pick<Document, 'frontmatter'>): number {
  const raw = String(document.frontmatter['ms.lasthandoff'] ?? '');
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(raw.trim());
  const time = us ? Date.UTC(Number(us[3]), Number(us[1]) - 1, Number(us[2])) : Date.parse(raw);
  return Number.isFinite(time) ? time : 0;
}

/** The hash of the English file a translation was made from, when the file says. */
export function englishVersion(document: Pick<Document, 'frontmatter'>): string | undefined {
  const hash = document.frontmatter['ms.openlocfilehash'];
  return typeof hash === 'string' && hash !== '' ? hash : undefined;
}

/** True when two documents were translated from the same English file. */
export function sameEnglish(a: Pick<Document, 'frontmatter'>, b: Pick<Document, 'frontmatter'>): boolean {
  const x = englishVersion(a);
  return x !== undefined && x === englishVersion(b);
}

/** The reference document: en-US if there is one, else the newest side-by-side version. */
export function canonicalDocument<T extends Pick<Document, 'locale' | 'sxs' | 'frontmatter'>>(documents: readonly T[]): T {
  const sorted = [...documents].sort((a, b) => compareNames(a.locale, b.locale));
  const english = sorted.find((d) => d.locale === SOURCE_LOCALE);
  if (english) return english;
  const sxs = sorted.filter((d) => d.sxs);
  if (sxs.length === 0) return sorted[0]!;
  const shared = (d: T) => sxs.filter((other) => sameEnglish(d, other)).length;
  return [...sxs].sort((a, b) => handoffTime(b) - handoffTime(a) || shared(b) - shared(a) || compareNames(a.locale, b.locale))[0]!;
}
