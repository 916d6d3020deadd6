/**
 * The lint of a content set kept between runs, so that a run after some articles changed lints
 * only those and compares again only the sentences they share a group with.
 *
 * The content rules compare each English across every article of a locale; reading back every
 * article's sentences to do that cost a one-article change 0.55 s on 370 articles. What is kept
 * instead, for the last run over the same articles: each article's key, glossary questions and
 * own findings, the groups (hashes of kind, locale and English) its sentences and labels fall in,
 * and the content rules' findings with their group. A group no changed (or removed) article
 * falls in, before or after, has the same members and so the same findings. The groups that do
 * are compared again, from the changed articles and the unchanged ones that share one of them
 * (their per-article memos). A hash collision only widens what is compared again.
 */
import type { Cache } from '../catalog/cache.js';
import type { Question } from '../catalog/content-questions.js';
import type { Located } from './packed-occurrences.js';
import { OccurrenceSpill } from './occurrence-spill.js';

export type Finding = [rule: string, path: string, reason: string, line: number, column: number];

/** A content rule's finding and the group whose members made it. */
export type GroupFinding = [group: number, finding: Finding];

/** What one article gives the lint, before severities: its findings and what the content rules compare. */
export interface ArticleFindings {
  findings: Finding[];
  sentences: Located[];
  labels: Located[];
  questions: Question[];
}

/** What the lint does, for the run to call on the articles it must look at. */
export interface Linter {
  /** One article's findings (from its own memo when it has not changed). */
  article(slug: string, key: string): ArticleFindings;
  /** Whether the locales still answer an article's glossary questions as they did. */
  answered(questions: readonly Question[]): boolean;
  /** The content rules over these sentences and labels. */
  compare(sentences: readonly Located[], labels: readonly Located[]): GroupFinding[];
}

/** A run's findings, under every input of the run: while the same, they are the answer as they are. */
interface LintFindings {
  everything: string;
  findings: Finding[];
}

/** What a run after a change starts from (kept apart: a run where nothing changed does not read it). */
interface LintState {
  slugs: string[];
  keys: string[];
  questions: Question[][];
  own: Finding[][];
  groups: Int32Array[];
  content: GroupFinding[];
}

/** The run's articles, each with its memo key, and a key of everything the run reads. */
export interface LintRun {
  slugs: readonly string[];
  keys: readonly string[];
  everything: string;
}

/** The lint of a run's articles, from what was kept for the last run over them (`scope`) and what changed since. */
export function lintAgain(cache: Cache, scope: readonly string[], run: LintRun, linter: Linter): Finding[] {
  const findingsKey = cache.key('lint-findings', ...scope);
  const last = cache.get<LintFindings>(findingsKey);
  if (last?.everything === run.everything) return last.findings;
  const stateKey = cache.key('lint-state', ...scope);
  const before = cache.get<LintState>(stateKey);
  const state: LintState = { slugs: [...run.slugs], keys: [...run.keys], questions: [], own: [], groups: [], content: [] };
  const was = new Map(before?.slugs.map((slug, n) => [slug, n]));
  const affected = new Set<number>();
  const touch = (groups: Int32Array) => groups.forEach((group) => affected.add(group));
  let compared: GroupFinding[];
  // A changed article's groups are all compared again: its sentences go to the comparison as
  // it is linted, out of the heap; an unchanged one's are read again from its memo once every
  // changed group is known.
  const spill = new OccurrenceSpill();
  const fresh = new Set<number>();
  try {
    run.slugs.forEach((slug, n) => {
      const at = was.get(slug);
      was.delete(slug);
      if (before && at !== undefined && before.keys[at] === run.keys[n] && linter.answered(before.questions[at]!)) {
        state.questions.push(before.questions[at]!);
        state.own.push(before.own[at]!);
        state.groups.push(before.groups[at]!);
        return;
      }
      if (before && at !== undefined) touch(before.groups[at]!);
      const found = linter.article(slug, run.keys[n]!);
      fresh.add(n);
      const groups = spill.add(found);
      touch(groups);
      state.questions.push(found.questions);
      state.own.push(found.findings);
      state.groups.push(groups);
    });
    // Articles gone since: their groups lose members.
    for (const at of was.values()) touch(before!.groups[at]!);
    run.slugs.forEach((slug, n) => {
      if (fresh.has(n) || !state.groups[n]!.some((group) => affected.has(group))) return;
      spill.add(linter.article(slug, run.keys[n]!), (group) => affected.has(group));
    });
    compared = spill.compare(linter.compare);
  } finally {
    spill.close();
  }
  const kept = (before?.content ?? []).filter(([group]) => !affected.has(group));
  state.content = [...kept, ...compared].sort((a, b) => byPlace(a[1], b[1]));
  cache.set(stateKey, state);
  const findings = [...state.own.flat(), ...state.content.map(([, finding]) => finding)];
  cache.set(findingsKey, { everything: run.everything, findings } satisfies LintFindings);
  return findings;
}

const RULE_ORDER = ['inconsistent-translation', 'label-glossary'];

/** The content rules' findings in one order however they were found: by file, rule, place, text. */
export function byPlace(a: Finding, b: Finding): number {
  return (
    compare(a[1], b[1]) || RULE_ORDER.indexOf(a[0]) - RULE_ORDER.indexOf(b[0]) || a[3] - b[3] || a[4] - b[4] || compare(a[2], b[2])
  );
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
