/**
 * One English, one translation: among the places a locale translates the same English (a
 * sentence, a UI label), the ones that differ from the usual translation.
 */
export interface Occurrence {
  /** The file and place of the sentence. */
  path: string;
  line: number;
  column: number;
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
  // Keys once per occurrence, lists grown in place: a locale has tens of thousands of sentences.
  const byEnglish = new Map<string, { occurrence: Occurrence; translation: string }[]>();
  for (const occurrence of list) {
    if ((occurrence.english.match(/\p{L}+/gu) ?? []).length < options.minimumWords) continue;
    const english = key(occurrence.english);
    let group = byEnglish.get(english);
    if (!group) byEnglish.set(english, (group = []));
    group.push({ occurrence, translation: key(occurrence.translation) });
  }
  const out: Inconsistency[] = [];
  for (const occurrences of byEnglish.values()) {
    const counts = new Map<string, number>();
    for (const o of occurrences) counts.set(o.translation, (counts.get(o.translation) ?? 0) + 1);
    if (counts.size < 2) continue;
    const [usual, usualCount] = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]!;
    // A tie has no usual translation to point to: every variant is reported against the first.
    const first = occurrences.find((x) => x.translation === usual)!.occurrence.translation;
    for (const o of occurrences) {
      if (o.translation !== usual) out.push({ occurrence: o.occurrence, usual: first, usualCount, ways: counts.size });
    }
  }
  return out;
}
