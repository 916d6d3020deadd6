/**
 * A flow as plain text, one step after another: for a pipe, CI, `--plain`, `TERM=dumb` and
 * screen readers (`--accessible`). Each step is printed; what a step asks for comes from
 * `--answers <file>` or, line by line, from standard input; a missing or invalid answer is an
 * error and exit 1, never a silent default. With a person at the keyboard (stdin a terminal) it
 * asks, and after each step reads Enter (next), b (back), a branch number or q; their run is
 * saved after every step, as the terminal UI saves it, and offered again the next time.
 */
import type { Translator } from '../catalog/i18n.js';
import { endLines, headLines, stepLines, type AroundOptions } from '../checklist/walkthrough.js';
import type { Answers } from '../flow/answers.js';
import type { FlowValues } from '../flow/machine.js';
import type { ResumePlan } from '../flow/resume.js';
import type { SavedRuns } from '../flow/run-recorder.js';
import { startActor } from '../flow/start-actor.js';
import { validateInput } from '../flow/validate-input.js';
import type { FlowEntry, StepInput, Workflow, WorkflowStep } from '../model/workflow.js';
import { flowTitle } from '../text/flow-text.js';
import type { LinkedArticle } from '../text/flow-markup.js';
import { plainMessage } from '../text/inline-runs.js';
import { inputLabel } from '../text/input-label.js';
import { displayWidth } from '../text/display-width.js';
import { sanitize } from '../text/sanitize.js';
import { wrapPlain } from '../text/wrap-plain.js';
import { promptRoad, type Prompt } from './prompt-road.js';
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
  /** Saved runs, for a person at the keyboard: offered to resume, kept after every step. */
  runs?: SavedRuns;
  /** The procedures the flow's links lead to, told at its end as the done screen offers them. */
  related?: (workflow: Workflow) => readonly FlowEntry[];
  /** The procedure a link in a step (the intro, the epilogue) opens, named after its address. */
  linked?: (workflow: Workflow, url: string) => FlowEntry | undefined;
  /** The procedure a link the flow's overlay declares opens. */
  declared?: (workflow: Workflow, target: string) => FlowEntry | undefined;
  /** The command that opens one of them. */
  command?: (id: string) => string;
  /** The article a link leads to, whose title a link with no words shows. */
  article?: LinkedArticle;
  /** The columns the text wraps to now (a terminal's, which can be resized), or none (a pipe, a file). */
  width?: () => number | undefined;
}

export async function runPlain(io: Io, workflow: Workflow, tr: Translator, run: PlainRun): Promise<void> {
  // Wrapped to the terminal, when there is one: a dumb one folded lines in the middle of words.
  const fitted = (text: string) => {
    const width = run.width?.();
    return width ? wrapPlain(text, width) : text;
  };
  const say = (lines: readonly string[]) => print(io, fitted(sanitize(lines.join('\n'))));
  // Prompts go where a person sees them even when the output is written to a file, and after the
  // step they ask about (prompt-road.ts); wrapped too, the space or line end after them kept.
  const road = promptRoad(io);
  const prompt: Prompt = (text) => {
    const asked = text.trimEnd();
    return road(fitted(sanitize(asked)) + text.slice(asked.length));
  };
  // The intro's and the epilogue's links name the procedures they open, as a step's do. Wrapped to
  // a terminal, a paragraph no longer ends a line: blocks are set apart by a blank line, as on the screen.
  const around = () => ({ ...(run.article ? { article: run.article } : {}), linked: (url: string) => run.linked?.(workflow, url), spaced: run.width?.() !== undefined });
  say(headLines(workflow, tr, around()));
  const start = run.runs ? await resumeOrNot(run.runs.plan(workflow), workflow, tr, run, prompt) : {};
  const actor = startActor(workflow, start);
  const recorder = run.runs?.recorder(workflow, start.from);
  if (recorder) actor.subscribe((snapshot) => recorder.update(actor.getPersistedSnapshot(), String(snapshot.value), tr.language));
  try {
    const shown = await walk(io, workflow, tr, run, actor, say, prompt, around);
    if (shown === undefined) return;
    // A resumed run's steps done before are its own: the recorder knows them.
    say(endLines(workflow, tr, recorder ? recorder.notDone() : workflow.steps.map((step) => step.number).filter((number) => !shown.has(number)), around()));
    const related = run.related?.(workflow) ?? [];
    // No key opens them here: each with the command that does.
    if (related.length > 0) say(['', tr.t('done.related'), ...related.flatMap((flow) => [`  • ${plainMessage(flowTitle(flow, tr))}`, ...(run.command ? [`    ${run.command(flow.id)}`] : [])])]);
  } finally {
    // Finished, or left (q, the end of input, an error): the record is written; a left run is offered again.
    recorder?.close();
    // The flow is let go: another docflow may open it now.
    run.runs?.keep?.([]);
  }
}

type FlowActor = ReturnType<typeof startActor>;


/** The steps one after another, until the end (the steps shown) or the reader leaves (undefined). */
async function walk(io: Io, workflow: Workflow, tr: Translator, run: PlainRun, actor: FlowActor, say: (lines: readonly string[]) => void, prompt: Prompt, around: () => AroundOptions): Promise<Set<number> | undefined> {
  // The steps the reader went through: a branch to the end (`goto: done`) leaves the others undone, and the end says which.
  const shown = new Set<number>();
  for (;;) {
    const state = String(actor.getSnapshot().value);
    const step = workflow.steps.find((s) => s.id === state);
    if (!step || actor.getSnapshot().status === 'done') break;
    shown.add(step.number);
    say(['', ...stepLines(workflow, step, tr, { blanks: false, ...around(), declared: (target) => run.declared?.(workflow, target), ...(run.command ? { command: run.command } : {}) })]);
    // In the format of every problem, on standard error: a walkthrough written to a file stays
    // clean. A person reads them after the step, by the prompts' road (down a pipe, after it).
    const problems = run.problems?.(workflow, step) ?? [];
    for (const problem of problems) await (run.ask ? prompt(`${problem}\n`) : warn(io, problem));
    for (const input of step.inputs ?? []) {
      const value = await answer(workflow, step, input, tr, run, prompt, actor.getSnapshot().context.values);
      if (input.type !== 'secret') actor.send({ type: 'SET', name: input.name, value });
    }
    if (!run.ask) {
      actor.send({ type: 'NEXT' });
      continue;
    }
    const way = await nextWay(step, tr, run, prompt);
    if (way === 'quit') return undefined;
    actor.send(way === 'back' ? { type: 'BACK' } : typeof way === 'number' ? { type: 'CHOOSE', choice: way } : { type: 'NEXT' });
  }
  return shown;
}

async function nextWay(step: WorkflowStep, tr: Translator, run: PlainRun, prompt: Prompt): Promise<'next' | 'back' | 'quit' | number> {
  for (;;) {
    // Only the keys this step takes: "1–9 choose" on a step without branches offered nothing.
    const keys = [tr.t('plain.key-next'), ...(step.number > 1 ? [tr.t('plain.key-back')] : []), ...(step.choices.length > 0 ? [tr.t('plain.key-choose', { keys: step.choices.length > 1 ? `1–${step.choices.length}` : '1' })] : []), tr.t('plain.key-quit')];
    await prompt(`${keysLine(keys, run.width?.())} › `);
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

/**
 * The keys a step takes, wrapped to `width` between keys, never inside one ("q" over "quitter"),
 * as the screen's key hints wrap; the prompt's " › " kept on the last line.
 */
function keysLine(keys: readonly string[], width: number | undefined): string {
  if (!width) return keys.join(' · ');
  const lines: string[] = [];
  for (const key of keys) {
    const last = lines.at(-1);
    if (last !== undefined && displayWidth(`${last} · ${key} › `) <= width) lines[lines.length - 1] = `${last} · ${key}`;
    else lines.push(key);
  }
  // A line ends with the separator, as the screen's hints do.
  return lines.join(' ·\n');
}

/**
 * Whether a saved run goes on: what changed is told, and a person says Enter (resume) or n
 * (start over), as the terminal UI asks them.
 */
async function resumeOrNot(plan: ResumePlan, workflow: Workflow, tr: Translator, run: PlainRun, prompt: Prompt): Promise<ResumePlan> {
  if (plan.notice) await prompt(`${tr.t(plan.notice.key, plan.notice.values)}\n`);
  if (!plan.from) return {};
  await prompt(`${tr.t('resume.prompt', { step: plan.step ?? 1, total: workflow.steps.length })} (${tr.t('resume.keys.resume')}, ${tr.t('resume.keys.restart')}) › `);
  const line = await run.lines.next();
  return line?.trim().toLowerCase() === 'n' ? {} : plan;
}

/**
 * One input's value: from the answers file, else a line; checked as the terminal UI checks it.
 * A value entered before (a step come back to, a resumed run) is shown, and an empty line keeps it.
 */
async function answer(workflow: Workflow, step: WorkflowStep, input: StepInput, tr: Translator, run: PlainRun, prompt: Prompt, values: FlowValues): Promise<string | string[]> {
  const label = inputLabel(input, workflow.slug, tr);
  const where = { label, step: step.number, name: input.name };
  const before = input.type === 'secret' ? undefined : values[input.name];
  const shown = Array.isArray(before) ? before.join(', ') : before;
  for (;;) {
    const given = run.answers.get(input.name);
    let raw: string | string[] | undefined = given;
    if (raw === undefined) {
      // Asked with the locale's punctuation, as the screen shows it (“Nom de la société : ”).
      if (run.ask) await prompt(tr.t('label-value', { label: `${label}${input.choices ? ` (${input.choices.map((c, i) => `${i + 1} ${c}`).join(', ')})` : ''}${shown ? ` [${shown}]` : ''}`, value: '' }));
      raw = input.type === 'secret' && run.ask && run.hideInput ? await unseen(run, prompt) : await run.lines.next();
      if (run.ask && before !== undefined && raw?.trim() === '') raw = before;
    }
    if (raw === undefined) throw new CliError(tr.t('errors.missing-answer', where), 1);
    const value = chosen(input, raw);
    const reason = problem(input, value, tr);
    if (reason === undefined) return value as string | string[];
    // A person types again; a file or a pipe cannot.
    if (!run.ask || given !== undefined) throw new CliError(tr.t('errors.invalid-answer', { ...where, reason }), 1);
    await prompt(`${reason}\n`);
  }
}

/**
 * A secret typed without echo: the terminal in raw mode for one line, so it does not show what is
 * typed; Backspace edits, Ctrl+C stops the run.
 */
async function unseen(run: PlainRun, prompt: Prompt): Promise<string | undefined> {
  run.hideInput!(true);
  let line: string | undefined;
  try {
    line = await run.lines.next();
  } finally {
    run.hideInput!(false);
    await prompt('\n');
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
