/**
 * Two plain translations of an article that has no English anywhere (the Japanese and the Korean
 * file of two localized repositories, no side-by-side version beside them) share no text to be
 * matched by: each is the other's translation only by where its sentences stand. Their segments
 * are paired place by place, where the two are laid out alike: the title with the title, the
 * intro's n-th sentence with the intro's n-th when both intros have as many, and the steps only
 * when both have the same procedures of the same number of steps (a step more in one would pair
 * every step after it with the wrong one). Before, the Korean text was matched as if it were the
 * Japanese (none is), so a Korean reader was shown the Japanese.
 */
import type { Document } from '../model/document.js';
import { documentKeys } from './keys.js';
import { SOURCE_LOCALE } from './versions.js';

/** A version with no English in it: no pairs, in another language than en-US. */
export function isPlainTranslation(document: Pick<Document, 'sxs' | 'locale'>): boolean {
  return !document.sxs && document.locale !== SOURCE_LOCALE;
}

/** other's segment number → reference segment number, for places both lay out alike. */
export function alignByPlace(other: Document, reference: Document): Map<number, number> {
  const ours = segmentsByPlace(other);
  const theirs = segmentsByPlace(reference);
  const sameSteps = stepCounts(other) === stepCounts(reference);
  const map = new Map<number, number>();
  for (const [where, numbers] of theirs) {
    const mine = ours.get(where);
    if (!mine || mine.length !== numbers.length) continue;
    if (/^proc-\d+\.step-/.test(where) && !sameSteps) continue;
    mine.forEach((n, i) => map.set(n, numbers[i]!));
  }
  return map;
}

/** Each place (`intro`, `proc-1.step-2`) with its segment numbers in the order they stand. */
function segmentsByPlace(document: Document): Map<string, number[]> {
  const places = new Map<string, number[]>();
  for (const [n, key] of documentKeys(document).segments) {
    const where = key.slice(0, key.lastIndexOf('.'));
    if (!places.has(where)) places.set(where, []);
    places.get(where)!.push(n);
  }
  return places;
}

function stepCounts(document: Document): string {
  return document.procedures.map((procedure) => procedure.steps.length).join(',');
}
