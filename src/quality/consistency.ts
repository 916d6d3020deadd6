/**
 * One English, one translation: among the places a locale translates the same English (a
 * sentence, a UI label), the ones that differ from the usual translation.
 */
import type { Document, Segment } from '../model/document.js';

export interface Occurrence {
  document: Document;
  segment: Segment;
  english: string;
  translation: string;
}

export interface Inconsistency {
  occurrence: Occurrence;
  usual: string;
  usualCount: number;
  ways: number;
}

export function ruleOccurrences(list: readonly Occurrence[], options: { minimumWords: number; caseSensitive: boolean }): Inconsistency[] {
  const key = (text: string) => {
    const spaced = text.replace(/\s+/g, ' ').trim();
    return options.caseSensitive ? spaced : spaced.toLowerCase();
  };
  const byEnglish = new Map<string, Occurrence[]>();
  for (const occurrence of list) {
    if ((occurrence.english.match(/\p{L}+/gu) ?? []).length < options.minimumWords) continue;
    const english = key(occurrence.english);
    byEnglish.set(english, [...(byEnglish.get(english) ?? []), occurrence]);
  }
  const out: Inconsistency[] = [];
  for (const occurrences of byEnglish.values()) {
    const counts = new Map<string, number>();
    for (const o of occurrences) counts.set(key(o.translation), (counts.get(key(o.translation)) ?? 0) + 1);
    if (counts.size < 2) continue;
    const [usual, usualCount] = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]!;
    // A tie has no usual translation to point to: every variant is reported against the first.
    for (const o of occurrences) {
      if (key(o.translation) !== usual) out.push({ occurrence: o, usual: occurrences.find((x) => key(x.translation) === usual)!.translation, usualCount, ways: counts.size });
    }
  }
  return out;
}
