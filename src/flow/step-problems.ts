/**
 * The parser's problems that sit in a step, in the reader's language: shown under the step
 * (the terminal UI and the plain walkthrough), so a reader meets a broken sentence where it is,
 * not as text that silently mixes languages or goes missing.
 */
import type { Article } from '../catalog/workspace.js';
import type { WorkflowStep } from '../model/workflow.js';
import { problemLine, severity } from '../text/problem-line.js';

/**
 * Lines `file:line:column severity message docflow:rule-id` of the warnings and errors on the
 * step's lines in the file the reader's language comes from (the reference article's where that
 * language has no file of its own): from its number's line, or its first sentence's, to its last
 * sentence's. A sentence the parser could not pair has no place of its own; it sits on those lines.
 */
export function stepProblems(article: Article, step: WorkflowStep, locale: string): string[] {
  const { places, canonical } = article.resources;
  const own = places.get(locale);
  const reference = !own || locale === canonical.locale;
  const here = own ?? places.get(canonical.locale) ?? new Map();
  // The step's number is on its line in the reference article only.
  const lines = reference ? [step.line] : [];
  let path = reference ? canonical.path : undefined;
  // A step's keys are `<step key>.<segment>…` (`proc-1.step-2.111`); the dot keeps step-1 from step-10.
  const prefix = `${step.key}.`;
  for (const [key, place] of here) {
    if (!key.startsWith(prefix)) continue;
    path ??= place.path;
    if (place.path === path) lines.push(place.line);
  }
  const file = path === undefined ? undefined : article.files.find((f) => f.path === path);
  if (!file || lines.length === 0) return [];
  const [first, last] = [Math.min(...lines), Math.max(...lines)];
  return file.messages.filter((m) => severity(m) !== 'info' && m.line != null && m.line >= first && m.line <= last).map((m) => problemLine(file.path, m));
}

/**
 * The overlay's mistakes (an unknown key, a missing field, a step or label the article lacks):
 * told when its flow opens, since the declaration they spoil is left out and the flow runs
 * without it (a `branchs:` typo was a branch that never showed, without a word).
 */
export function overlayProblems(article: Article): string[] {
  const overlay = article.files.at(-1)!;
  return overlay.messages.filter((m) => severity(m) !== 'info').map((m) => problemLine(overlay.path, m));
}
