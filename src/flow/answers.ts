/**
 * `--answers <file>`: what a run without a terminal enters, by input name, in JSON or YAML
 * (`company-name: Contoso`, `offers: [Azure plan]`, `licenses: 5`). Read into a Map, so no name
 * (`__proto__` included) reaches an object's prototype.
 */
import fs from 'node:fs';
import { yaml } from '../text/lazy-modules.js';
import { suggest } from '../text/suggest.js';
import { problemText, type ProblemPlace } from '../text/problem-line.js';
import { readFailure } from '../runtime/read-failure.js';

export type Answers = Map<string, string | string[]>;

export class AnswersError extends Error {}

/** Where each answer of a file read is (`file:line:column`), for what is said of it later. */
const placesOf = new WeakMap<Answers, Map<string, ProblemPlace>>();

export function readAnswers(file: string): Answers {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    throw new AnswersError(problemText({ file }, 'error', `the answers file: ${readFailure(error) ?? (error as Error).message}`, 'docflow:answers'));
  }
  const YAML = yaml();
  const lineCounter = new YAML.LineCounter();
  const document = YAML.parseDocument(text, { lineCounter, uniqueKeys: true });
  const at = (offset: number): ProblemPlace => {
    const place = lineCounter.linePos(offset);
    return { file, line: place.line, column: place.col };
  };
  const [first] = document.errors;
  if (first) throw new AnswersError(problemText(at(first.pos[0]), 'error', `not valid JSON or YAML: ${first.message.split('\n')[0]}`, 'docflow:answers'));
  let data: unknown;
  try {
    data = document.toJS({ maxAliasCount: 100 });
  } catch (error) {
    // An alias to no anchor, or aliases that would expand without end.
    throw new AnswersError(problemText({ file }, 'error', `not valid JSON or YAML: ${(error as Error).message.split('\n')[0]}`, 'docflow:answers'));
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) throw new AnswersError(problemText({ file }, 'error', 'expected a mapping of input name → answer', 'docflow:answers'));
  const answers: Answers = new Map();
  const places = new Map<string, ProblemPlace>();
  if (YAML.isMap(document.contents)) for (const { key } of document.contents.items) if (YAML.isScalar(key)) places.set(String(key.value), at(key.range?.[0] ?? 0));
  placesOf.set(answers, places);
  for (const [name, value] of Object.entries(data as Record<string, unknown>)) {
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') answers.set(name, String(value));
    else if (Array.isArray(value) && value.every((v) => typeof v === 'string' || typeof v === 'number')) answers.set(name, value.map(String));
    else {
      // Where the wrong value is, not the top of the file.
      const node = document.get(name, true) as { range?: [number, number, number] } | undefined;
      throw new AnswersError(problemText(at(node?.range?.[0] ?? 0), 'error', `the answer for “${name}” must be text, a number or a list`, 'docflow:answers'));
    }
  }
  return answers;
}

/**
 * Warnings for answers no step of the run asks for (a misspelt name is otherwise taken for
 * nothing, and the real one reported missing or left to its default): one line each, at the
 * answer's place, naming the input it is closest to.
 */
export function unaskedAnswers(answers: Answers, asked: readonly string[], file: string): string[] {
  const known = new Set(asked);
  return [...answers.keys()]
    .filter((name) => !known.has(name))
    .map((name) => {
      const meant = suggest(name, asked);
      return problemText(placesOf.get(answers)?.get(name) ?? { file }, 'warning', `no step asks for “${name}”${meant ? `; did you mean “${meant}”?` : ''}`, 'docflow:unknown-answer');
    });
}
