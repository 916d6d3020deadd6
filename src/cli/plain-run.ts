/**
 * A flow as plain text, one step after another: for a pipe, CI, `--plain`, `TERM=dumb` and
 * screen readers (`--accessible`). Each step is printed; what a step asks for comes from
 * `--answers <file>` or, line by line, from standard input; a missing or invalid answer is an
 * error and exit 1, never a silent default. With a person at the keyboard (stdin a terminal) it
 * asks, and after each step reads Enter (next), b (back), a branch number or q.
 */
import { createActor } from 'xstate';
import type { Translator } from '../catalog/i18n.js';
import { endLines, headLines, stepLines } from '../checklist/walkthrough.js';
import type { Answers } from '../flow/answers.js';
import { createFlowMachine } from '../flow/machine.js';
import { validateInput } from '../flow/validate-input.js';
import type { StepInput, Workflow, WorkflowStep } from '../model/workflow.js';
import { inputLabel } from '../text/input-label.js';
import { CliError, print, warn, type Io } from './io.js';
import type { LineReader } from './line-reader.js';

export interface PlainRun {
  answers: Answers;
  lines: LineReader;
  /** A person types the answers: ask for each, and for the way on after each step. */
  ask: boolean;
  /** Turns the terminal's echo off (true) and on again, for a secret typed by a person. */
  hideInput?: (hidden: boolean) => void;
  /** The article's problems in a step (`file:line:column … docflow:rule`), told as it is printed. */
  problems?: (workflow: Workflow, step: WorkflowStep) => readonly string[];
}

export async function runPlain(io: Io, workflow: Workflow, tr: Translator, run: PlainRun): Promise<void> {
  const say = (lines: readonly string[]) => print(io, lines.join('\n'));
  // Prompts go where a person sees them even when the output is piped to a file.
  const prompt = (text: string) => io.stderr.write(text);
  const actor = createActor(createFlowMachine(workflow)).start();
  say(headLines(workflow, tr));
  // The steps the reader went through: a branch to the end (`goto: done`) leaves the others undone, and the end says which.
  const shown = new Set<number>();
  for (;;) {
    const state = String(actor.getSnapshot().value);
    const step = workflow.steps.find((s) => s.id === state);
    if (!step || actor.getSnapshot().status === 'done') break;
    shown.add(step.number);
    say(['', ...stepLines(workflow, step, tr, { blanks: false })]);
    // On standard error, in the format of every problem: a walkthrough piped to a file stays clean.
    for (const problem of run.problems?.(workflow, step) ?? []) warn(io, problem);
    for (const input of step.inputs ?? []) {
      const value = await answer(workflow, step, input, tr, run, prompt);
      if (input.type !== 'secret') actor.send({ type: 'SET', name: input.name, value });
    }
    if (!run.ask) {
      actor.send({ type: 'NEXT' });
      continue;
    }
    const way = await nextWay(step, tr, run, prompt);
    if (way === 'quit') return;
    actor.send(way === 'back' ? { type: 'BACK' } : typeof way === 'number' ? { type: 'CHOOSE', choice: way } : { type: 'NEXT' });
  }
  say(endLines(workflow, tr, workflow.steps.map((step) => step.number).filter((number) => !shown.has(number))));
}

async function nextWay(step: WorkflowStep, tr: Translator, run: PlainRun, prompt: (text: string) => void): Promise<'next' | 'back' | 'quit' | number> {
  for (;;) {
    prompt(`${tr.t('plain.prompt')} › `);
    const line = await run.lines.next();
    if (line === undefined) return 'quit';
    const typed = line.trim().toLowerCase();
    if (typed === '') return 'next';
    if (typed === 'b' && step.number > 1) return 'back';
    if (typed === 'q') return 'quit';
    const digit = Number(typed);
    if (Number.isInteger(digit) && digit >= 1 && digit <= step.choices.length) return digit - 1;
  }
}

/** One input's value: from the answers file, else a line; checked as the terminal UI checks it. */
async function answer(workflow: Workflow, step: WorkflowStep, input: StepInput, tr: Translator, run: PlainRun, prompt: (text: string) => void): Promise<string | string[]> {
  const label = inputLabel(input, workflow.slug, tr);
  const where = { label, step: step.number, name: input.name };
  for (;;) {
    const given = run.answers.get(input.name);
    let raw: string | string[] | undefined = given;
    if (raw === undefined) {
      if (run.ask) prompt(`${label}${input.choices ? ` (${input.choices.map((c, i) => `${i + 1} ${c}`).join(', ')})` : ''}: `);
      raw = input.type === 'secret' && run.ask && run.hideInput ? await unseen(run, prompt) : await run.lines.next();
    }
    if (raw === undefined) throw new CliError(tr.t('errors.missing-answer', where), 1);
    const value = chosen(input, raw);
    const reason = problem(input, value, tr);
    if (reason === undefined) return value as string | string[];
    // A person types again; a file or a pipe cannot.
    if (!run.ask || given !== undefined) throw new CliError(tr.t('errors.invalid-answer', { ...where, reason }), 1);
    prompt(`${reason}\n`);
  }
}

/**
 * A secret typed without echo: the terminal in raw mode for one line, so it does not show what is
 * typed; Backspace edits, Ctrl+C stops the run.
 */
async function unseen(run: PlainRun, prompt: (text: string) => void): Promise<string | undefined> {
  run.hideInput!(true);
  let line: string | undefined;
  try {
    line = await run.lines.next();
  } finally {
    run.hideInput!(false);
    prompt('\n');
  }
  if (line === undefined) return undefined;
  if (line.includes('\u0003')) throw new CliError('interrupted', 1);
  let typed = '';
  for (const char of line) typed = char === '\u007f' || char === '\b' ? [...typed].slice(0, -1).join('') : typed + char;
  return typed;
}

/** Why an answer cannot be taken, in the reader's language; undefined when it can. */
function problem(input: StepInput, value: ReturnType<typeof chosen>, tr: Translator): string | undefined {
  if (typeof value === 'object' && 'unknown' in value) return tr.t('errors.not-a-choice', { value: value.unknown, choices: (input.choices ?? []).join(', ') });
  const invalid = validateInput(input, value);
  return invalid ? tr.t(invalid.key, invalid.values) : undefined;
}

/** A one-of or many-of answer by choice text or number (`2`, `1, 3`); other types as typed. */
function chosen(input: StepInput, raw: string | string[]): string | string[] | { unknown: string } {
  if (input.type !== 'one-of' && input.type !== 'many-of') return Array.isArray(raw) ? raw.join(', ') : raw;
  const choices = input.choices ?? [];
  const parts = (Array.isArray(raw) ? raw : input.type === 'many-of' ? raw.split(',') : [raw]).map((part) => part.trim()).filter(Boolean);
  const picked: string[] = [];
  for (const part of parts) {
    const byNumber = /^\d+$/.test(part) ? choices[Number(part) - 1] : undefined;
    const byText = choices.find((choice) => choice.toLowerCase() === part.toLowerCase());
    const choice = byNumber ?? byText;
    if (choice === undefined) return { unknown: part };
    picked.push(choice);
  }
  return input.type === 'one-of' ? (picked[0] ?? '') : picked;
}
