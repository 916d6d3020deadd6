/**
 * Segments of one version of an article matched to the reference version's, by their English.
 * Two versions translated from the same English file (`ms.openlocfilehash`) share segment
 * numbers. Otherwise numbers drift (a step inserted in the new English renumbers everything
 * after it), so segments are matched by text: identical English first, in order (a longest
 * common subsequence), then, between two matches, sentences that changed a little (a reworded
 * step), in order. What matches nothing is a sentence the reference no longer has.
 */
import type { Document, Segment } from '../model/document.js';
import { similarity } from '../text/similarity.js';
import { sameEnglish } from './versions.js';
import { spacingFree } from '../text/same-text.js';
import { groupBy } from '../runtime/group-by.js';
import { alignByPlace, isPlainTranslation } from './place-alignment.js';

const normal = (s: Segment) => spacingFree(s.source);

/** other's segment number → reference segment number. */
export function alignSegments(other: Document, reference: Document): Map<number, number> {
  // A plain translation (the Japanese article of a localized repository, no pairs) has no English
  // to match by: its text is Japanese, its numbers count its blocks. Only its sentences that are
  // the reference's word for word are the same (a copy not translated yet). Matched as English, a
  // sentence that shares a product name with one of the reference's was taken for its translation,
  // made "stale" against it; with the same `ms.openlocfilehash`, block 105 became segment 105's.
  const plainTranslation = other !== reference && isPlainTranslation(other);
  // Nor has the reference, when no version of the article has English: where they stand is all.
  if (plainTranslation && isPlainTranslation(reference)) return alignByPlace(other, reference);
  if (!plainTranslation && (other === reference || sameEnglish(other, reference))) {
    const known = new Set(reference.segments.map((s) => s.n));
    return new Map(other.segments.filter((s) => known.has(s.n)).map((s) => [s.n, s.n]));
  }
  const a = other.segments.map(normal);
  const b = reference.segments.map(normal);
  const pairs = commonSubsequence(a, b);
  if (plainTranslation) return new Map(pairs.map(([i, j]) => [other.segments[i]!.n, reference.segments[j]!.n]));
  const map = new Map<number, number>();
  let lastA = -1;
  let lastB = -1;
  for (const [i, j] of [...pairs, [a.length, b.length] as const]) {
    // Between two identical sentences: reworded ones, matched in order when close enough.
    let k = lastB + 1;
    for (let g = lastA + 1; g < i && k < j; g++) {
      let best = -1;
      let score = 0.5;
      for (let h = k; h < j; h++) {
        const s = similarity(a[g]!, b[h]!);
        if (s > score) [best, score] = [h, s];
      }
      if (best >= 0) {
        map.set(other.segments[g]!.n, reference.segments[best]!.n);
        k = best + 1;
      }
    }
    if (i < a.length) map.set(other.segments[i]!.n, reference.segments[j]!.n);
    [lastA, lastB] = [i, j];
  }
  return map;
}

// Beyond this many cells the table would not fit a sane budget: match identical sentences greedily.
const TABLE_LIMIT = 4_000_000;

/** Index pairs of a longest common subsequence of two string lists (greedy in order when huge). */
function commonSubsequence(a: readonly string[], b: readonly string[]): [number, number][] {
  const n = a.length;
  const m = b.length;
  if (n * m > TABLE_LIMIT) return greedyMatches(a, b);
  // Suffix lengths, one row per element of a: articles hold hundreds of sentences, not thousands.
  const table = Array.from({ length: n + 1 }, () => new Uint16Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      table[i]![j] = a[i] === b[j] ? table[i + 1]![j + 1]! + 1 : Math.max(table[i + 1]![j]!, table[i]![j + 1]!);
    }
  }
  const pairs: [number, number][] = [];
  for (let i = 0, j = 0; i < n && j < m; ) {
    if (a[i] === b[j]) {
      pairs.push([i, j]);
      i++;
      j++;
    } else if (table[i + 1]![j]! >= table[i]![j + 1]!) i++;
    else j++;
  }
  return pairs;
}

function greedyMatches(a: readonly string[], b: readonly string[]): [number, number][] {
  const where = groupBy(b.keys(), (j) => b[j]!);
  const pairs: [number, number][] = [];
  let after = -1;
  a.forEach((text, i) => {
    const j = where.get(text)?.find((candidate) => candidate > after);
    if (j !== undefined) {
      pairs.push([i, j]);
      after = j;
    }
  });
  return pairs;
}
