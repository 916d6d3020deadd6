/**
 * i18next resources of one article from its documents in every locale. Keys come from the
 * reference document's structure (the newest English, see versions.ts); every other locale's
 * segment is matched to it (align.ts), so its translation lands under the same key even when it
 * was made from an older English. en-US comes from the reference's English halves.
 *
 * Beside each translation the resources keep the English it was made from and the kind of
 * translation (HT/MT from the front matter): what provenance and staleness need.
 */
import type { Block, Document, Label } from '../model/document.js';
import { documentGlossary, ownLessons, segmentLabels, type GlossaryLookup, type LessonBook } from '../parse/labels.js';
import { alignSegments } from './align.js';
import { documentKeys, labelKey, type DocumentKeys } from './keys.js';
import { PlaceIndex } from './place-index.js';
import { isPlainTranslation } from './place-alignment.js';
import { canonicalDocument, sameEnglish, SOURCE_LOCALE } from './versions.js';

export { canonicalDocument, SOURCE_LOCALE };

export type Messages = Record<string, string>;

/** How a locale's strings were made, as its article says. */
export interface LocaleOrigin {
  /** `ms.translationtype`: human (HT) or machine (MT) translation. */
  translation: 'HT' | 'MT';
  /** `ms.lasthandoff`, as written. */
  handoff?: string;
  /** The article file. */
  path: string;
}

export interface ArticleResources {
  canonical: Document;
  keys: DocumentKeys;
  /** locale → key → markdown */
  messages: Map<string, Messages>;
  /**
   * locale → key → the English that locale's string was translated from, where it is not the
   * reference's en-US string (most are: a long article's copy of them was 6 MB more to hold).
   */
  sources: Map<string, Messages>;
  origins: Map<string, LocaleOrigin>;
  /** locale → key → where that locale's sentence is in its article file */
  places: Map<string, PlaceIndex>;
  /** locale → that version's segment number → the reference's (other versions only). */
  alignments: Map<string, ReadonlyMap<number, number>>;
  /** locale → the UI labels of its steps' sentences as paired there (no target: unpaired). */
  labels: Map<string, LocaleLabel[]>;
}

export interface LocaleLabel {
  /** The label's message key. */
  key: string;
  /** The segment number in that locale's own file. */
  n: number;
  source: string;
  target?: string;
}

export type { Place } from './place-index.js';

/**
 * `canonical` must be fully parsed; `others` may be scan-only documents. `glossaryOf` gives the
 * UI-label translations the rest of the content uses in a locale, to pair labels by meaning.
 */
export function buildResources(
  canonical: Document,
  others: readonly Document[] = [],
  glossaryOf: (locale: string) => GlossaryLookup | undefined = () => undefined,
  /** Files' label lessons learned in this run (see LessonBook). */
  lessons?: LessonBook,
): ArticleResources {
  const keys = documentKeys(canonical);
  const messages = new Map<string, Messages>();
  const sources = new Map<string, Messages>();
  const origins = new Map<string, LocaleOrigin>();
  const places = new Map<string, PlaceIndex>();
  const alignments = new Map<string, ReadonlyMap<number, number>>();
  const labelsOf = new Map<string, LocaleLabel[]>();
  const bucket = (map: Map<string, Messages>, locale: string) => {
    if (!map.has(locale)) map.set(locale, {});
    return map.get(locale)!;
  };
  // A translation's English is kept only where it is not en-US's string, which the reference has
  // put before (a long article's copy of all 100,000, sifted at the end, was garbage to collect).
  const put = (locale: string, key: string, value: string | undefined, source?: string) => {
    if (value === undefined || value.trim() === '') return;
    const target = bucket(messages, locale);
    if (key in target) return;
    target[key] = value;
    if (source !== undefined && locale !== SOURCE_LOCALE && !isEnglish(key, source)) bucket(sources, locale)[key] = source;
  };
  const isEnglish = (key: string, source: string) => {
    const enUs = messages.get(SOURCE_LOCALE);
    return enUs !== undefined && Object.hasOwn(enUs, key) && enUs[key] === source;
  };
  const labelled = labelsBySegment(canonical);
  const english = new Map(canonical.segments.map((s) => [s.n, s.source]));
  // Text outside pairs is the same in every language: en-US holds it, the others fall back to it.
  for (const [part, key] of keys.parts) {
    if ('literal' in part) put(SOURCE_LOCALE, key, (part as { literal: string }).literal);
    else if ((part as Block).type === 'code') put(SOURCE_LOCALE, key, (part as Block & { type: 'code' }).value);
  }
  // The reference first, so its English is en-US.
  for (const document of [canonical, ...others]) {
    const reference = document === canonical;
    if (document.locale !== SOURCE_LOCALE) {
      const type = String(document.frontmatter['ms.translationtype'] ?? '').toUpperCase();
      const handoff = document.frontmatter['ms.lasthandoff'];
      origins.set(document.locale, {
        translation: type === 'MT' ? 'MT' : 'HT',
        ...(handoff !== undefined ? { handoff: String(handoff) } : {}),
        path: document.path,
      });
    }
    // Only a file with English in it gives en-US its strings: a plain French article's are French.
    const englishHalves = reference && (document.sxs || document.locale === SOURCE_LOCALE);
    const aligned = reference ? undefined : alignSegments(document, canonical);
    if (aligned) alignments.set(document.locale, aligned);
    // Translated from the same English file: whatever its copy of the English says, it is current.
    const current = reference || sameEnglish(document, canonical);
    const numberOf = (n: number) => (aligned ? aligned.get(n) : n);
    // Paired by place with a reference that has no English either: its labels are its own bold words.
    const byPlace = !reference && isPlainTranslation(document) && isPlainTranslation(canonical);
    const ownLabels = byPlace ? labelsBySegment(document) : undefined;
    const glossary = reference ? undefined : ownAndLocaleGlossary(document, glossaryOf, lessons);
    // A locale has places when it has a segment the reference numbers.
    if (document.segments.some((segment) => numberOf(segment.n) !== undefined)) {
      if (!places.has(document.locale)) places.set(document.locale, new PlaceIndex(keys.segments));
      places.get(document.locale)!.add(document, aligned);
    }
    for (const segment of document.segments) {
      const n = numberOf(segment.n);
      if (n === undefined) continue;
      const key = keys.segments.get(n) ?? `text.${n}`;
      if (englishHalves) put(SOURCE_LOCALE, key, segment.source);
      if (document.locale !== SOURCE_LOCALE) put(document.locale, key, segment.target, current ? (english.get(n) ?? segment.source) : segment.source);
      // Labels where the steps' sentences are: from the English the reference has, or by place.
      const own = labelled.get(n);
      if (!own) continue;
      const labels = reference ? own : byPlace ? placedLabels(ownLabels!.get(segment.n), own) : segment.source === english.get(n) ? segmentLabels(segment, glossary) : undefined;
      if (!labels) continue;
      for (const label of labels) {
        const id = labelKey(keys.segments.get(n)!, label.index);
        if (document.locale !== SOURCE_LOCALE) {
          if (!labelsOf.has(document.locale)) labelsOf.set(document.locale, []);
          labelsOf.get(document.locale)!.push({ key: id, n: segment.n, source: label.source, ...(label.target !== undefined ? { target: label.target } : {}) });
        }
        if (englishHalves) put(SOURCE_LOCALE, id, label.source);
        if (document.locale !== SOURCE_LOCALE) put(document.locale, id, label.target, label.source);
      }
    }
    // Image alt text: each file's own, in its own language (sxs files translate it without a pair).
    for (const [part, key] of keys.parts) {
      if ((part as Block).type !== 'image') continue;
      if (document.sxs && document.locale === SOURCE_LOCALE) continue;
      put(document.locale, key, document.images[(part as Block & { type: 'image' }).ordinal]?.alt);
    }
  }
  return { canonical, keys, messages, sources, origins, places, alignments, labels: labelsOf };
}

/** The UI labels of a document's steps, by the segment they sit in. */
function labelsBySegment(document: Document): Map<number, Label[]> {
  const labelled = new Map<number, Label[]>();
  for (const label of document.procedures.flatMap((p) => p.steps.flatMap((step) => step.labels))) {
    labelled.set(label.n, [...(labelled.get(label.n) ?? []), label]);
  }
  return labelled;
}

/** A sentence paired by place gives its own labels where it has as many as the reference's (else which is which is not known). */
function placedLabels(mine: readonly Label[] | undefined, reference: readonly Label[]): readonly Label[] | undefined {
  return mine && mine.length === reference.length ? mine : undefined;
}

/** A translation's labels are paired on what it teaches, then on what its locale does. */
function ownAndLocaleGlossary(
  document: Document,
  glossaryOf: (locale: string) => GlossaryLookup | undefined,
  lessons: LessonBook | undefined,
): GlossaryLookup {
  // This file's lessons first, told: learning the locale's glossary then need not read it again.
  const own = ownLessons(document.path, document.segments, lessons);
  return documentGlossary(own, glossaryOf(document.locale));
}
