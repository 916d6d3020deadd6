/**
 * The sentences and labels the content rules compare, held out of the heap by group
 * (spill-buckets.ts): a group's members all come back together, and the rules run a bucket of
 * groups at a time (their findings do not depend on the order of a group's members).
 */
import { settleMemory } from '../runtime/memory-budget.js';
import { SpillBuckets, type SpillLimits } from '../runtime/spill-buckets.js';
import type { ArticleFindings, GroupFinding } from './lint-state.js';
import { keptKey, keyFrom, type Located } from './packed-occurrences.js';

type Kind = 'sentence' | 'label';
type Record = [kind: 0 | 1, locale: string, path: string, line: number, column: number, english: string, translation: string, englishKey: string | 0, translationKey: string | 0, words: number];

export type Compare = (sentences: readonly Located[], labels: readonly Located[]) => GroupFinding[];

export class OccurrenceSpill {
  private readonly buckets: SpillBuckets;

  /** `limits` and `folder` as SpillBuckets takes them: how much is held before spilling, and where. */
  constructor(limits?: SpillLimits, folder?: string) {
    this.buckets = new SpillBuckets(limits, folder);
  }

  /** An article's sentences and labels, or those of the groups `keep` names. Returns the group of each, sentences first. */
  add(found: Pick<ArticleFindings, 'sentences' | 'labels'>, keep?: (group: number) => boolean): Int32Array {
    const groups = new Int32Array(found.sentences.length + found.labels.length);
    let index = 0;
    const put = (kind: Kind, located: Located) => {
      const group = (groups[index++] = groupOf(kind, located));
      if (!keep || keep(group)) this.buckets.add(group, JSON.stringify(record(kind, located)));
    };
    for (const located of found.sentences) put('sentence', located);
    for (const located of found.labels) put('label', located);
    return groups;
  }

  /** The content rules over everything added, a bucket of groups at a time (findings in no set order); the folder goes after. */
  compare(compare: Compare): GroupFinding[] {
    const out: GroupFinding[] = [];
    try {
      for (const lines of this.buckets.buckets()) {
        const sentences: Located[] = [];
        const labels: Located[] = [];
        for (const line of lines) {
          const r = JSON.parse(line) as Record;
          (r[0] === 0 ? sentences : labels).push(located(r));
        }
        for (const finding of compare(sentences, labels)) out.push(finding);
        // A bucket's records are garbage once compared: kept within the memory budget.
        settleMemory();
      }
    } finally {
      this.buckets.close();
    }
    return out;
  }

  close(): void {
    this.buckets.close();
  }
}

/** The group a sentence or label is compared in: its kind, locale and English, hashed (FNV-1a). */
export function groupOf(kind: Kind, [locale, occurrence]: Located): number {
  let hash = kind === 'sentence' ? 0x811c9dc5 : 0x050c5d1f;
  for (const text of [locale, occurrence.englishKey]) {
    for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
    hash = Math.imul(hash ^ 0, 0x01000193);
  }
  return hash | 0;
}

function record(kind: Kind, [locale, o]: Located): Record {
  return [kind === 'sentence' ? 0 : 1, locale, o.path, o.line, o.column, o.english, o.translation, keptKey(o.englishKey, o.english), keptKey(o.translationKey, o.translation), o.words];
}

function located([, locale, path, line, column, english, translation, englishKey, translationKey, words]: Record): Located {
  return [locale, { path, line, column, english, translation, englishKey: keyFrom(englishKey, english), translationKey: keyFrom(translationKey, translation), words }];
}
