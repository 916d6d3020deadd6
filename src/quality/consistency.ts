/**
 * One English, one translation: among the places a locale translates the same English (a
 * sentence, a UI label), the ones that differ from the usual translation.
 */
import { ownCopy } from '../text/own-copy.js';

export interface Occurrence {
  /** The file and place of the sentence. */
  path: string;
  line: number;
  column: number;
  english: string;
  translation: string;
  /** The two compared as the rule compares them (spaces folded, case too for labels): made once per article, kept with its lint. */
  englishKey: string;
  translationKey: string;
  /** Words of the English: short sentences are not compared. */
  words: number;
}

export interface Inconsistency {
  occurrence: Occurrence;
  usual: string;
  usualCount: number;
  ways: number;
}

const SPACES = /\s+/g;
const NOT_FOLDED = /\s\s|[^\S ]|^\s|\s$/;
const WORD = /\p{L}+/gu;

export function occurrence(at: Pick<Occurrence, 'path' | 'line' | 'column'>, sourceText: string, targetText: string, caseSensitive: boolean, copy = true): Occurrence {
  // Kept across every article of the content: copies, not views on each article's text; not
  // when the strings are their own already (`copy` false: a long article's, whose copies
  // doubled its sentences in memory, 30 MB of the 20 MB article's lint).
  const english = copy ? ownCopy(sourceText) : sourceText;
  const translation = copy ? ownCopy(targetText) : targetText;
  const key = (text: string) => {
    const spaced = NOT_FOLDED.test(text) ? text.replace(SPACES, ' ').trim() : text;
    return caseSensitive ? spaced : spaced.toLowerCase();
  };
  // Fields named one by one: tens of thousands of these are kept, and each made by a spread had
  // a hidden class of its own (10 MB of them on 370 articles).
  const { path, line, column } = at;
  return { path, line, column, english, translation, englishKey: key(english), translationKey: key(translation), words: english.match(WORD)?.length ?? 0 };
}

export function ruleOccurrences(list: readonly Occurrence[], minimumWords: number): Inconsistency[] {
  // Lists grown in place: a locale has tens of thousands of sentences.
  const byEnglish = new Map<string, Occurrence[]>();
  for (const o of list) {
    if (o.words < minimumWords) continue;
    const group = byEnglish.get(o.englishKey);
    if (group) group.push(o);
    else byEnglish.set(o.englishKey, [o]);
  }
  const out: Inconsistency[] = [];
  for (const occurrences of byEnglish.values()) {
    if (occurrences.length < 2) continue;
    const counts = new Map<string, number>();
    for (const o of occurrences) counts.set(o.translationKey, (counts.get(o.translationKey) ?? 0) + 1);
    if (counts.size < 2) continue;
    const [usual, usualCount] = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))[0]!;
    // A tie has no usual translation to point to: every variant is reported against the first.
    // The usual one as it is written first in the content (by file and place), not as the
    // occurrences came: a lint, a merge of shards and a lint after a change must say the same.
    const first = occurrences.filter((x) => x.translationKey === usual).reduce((a, b) => (byPlace(b, a) < 0 ? b : a)).translation;
    for (const o of occurrences) {
      if (o.translationKey !== usual) out.push({ occurrence: o, usual: first, usualCount, ways: counts.size });
    }
  }
  return out;
}

function byPlace(a: Occurrence, b: Occurrence): number {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : a.line - b.line || a.column - b.column;
}
