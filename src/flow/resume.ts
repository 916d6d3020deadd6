/**
 * Whether and where a flow resumes: at its saved snapshot when the article is unchanged; at the
 * same step when the article changed but still has it (found by what it says, so a step added or
 * removed before it does not move the reader to another one; by its place when it was only
 * reworded); otherwise from the start, with a reason the reader is told.
 */
import type { Workflow, WorkflowStep } from '../model/workflow.js';
import type { LoadedRun, SavedRun, StepDone } from './run-store.js';
import type { StepFingerprint } from './step-fingerprint.js';
import type { FlowValues } from './machine.js';
import { DONE } from './workflow.js';

export interface ResumePlan {
  /** The run to continue, when there is one. */
  from?: SavedRun;
  /** The saved snapshot, when the article is unchanged. */
  snapshot?: unknown;
  /** The state to start in, when the article changed but the step is still there. */
  startAt?: string;
  /** With `startAt`: what the reader had entered, for the inputs the article still asks for. */
  values?: FlowValues;
  /** The step number it resumes at. */
  step?: number;
  /** What the reader should know: ui key and values. */
  notice?: { key: 'resume.changed' | 'resume.gone' | 'resume.set-aside' | 'resume.open-elsewhere'; values: Record<string, string | number> };
}

export function planResume(workflow: Workflow, loaded: LoadedRun, contentHash: string, fingerprint: StepFingerprint = () => undefined): ResumePlan {
  if (loaded.problem) return { notice: { key: 'resume.set-aside', values: { problem: loaded.problem } } };
  const run = loaded.run;
  if (!run || run.at === DONE || run.outcome === 'finished') return {};
  if (run.contentHash === contentHash) {
    const same = workflow.steps.find((s) => s.key === run.at);
    if (same) return { from: run, snapshot: run.snapshot, step: same.number };
  }
  const step = changedStep(workflow, run.at, run.atStep, run.stepCount, fingerprint);
  // The run goes on from the step found: what it records next is from there, and the steps it
  // recorded are where they are now (the checklist of the run marks those).
  if (step) {
    const from = { ...run, at: step.key, steps: renumbered(workflow, run, fingerprint) };
    return { from, startAt: step.id, values: keptValues(workflow, run.snapshot), step: step.number, notice: { key: 'resume.changed', values: { step: step.number } } };
  }
  return { notice: { key: 'resume.gone', values: { step: run.steps.length + 1 } } };
}

/**
 * A step of the saved run in the changed article: the step that says the same; else, when the
 * flow has as many steps as before, the one in its place (it was reworded); none when steps were
 * added or removed and none says the same (its place now holds another step). A step saved
 * without a fingerprint (older docflow) is found by its place, as it was then.
 */
function changedStep(workflow: Workflow, key: string, says: string | undefined, stepCount: number | undefined, fingerprint: StepFingerprint): WorkflowStep | undefined {
  const inPlace = workflow.steps.find((s) => s.key === key);
  if (says === undefined) return inPlace;
  const same = workflow.steps.filter((s) => fingerprint(s) === says);
  // The same words in two steps ("Select Save."): the one in its place if it is one of them.
  if (same.length > 0) return same.find((s) => s === inPlace) ?? same[0];
  return stepCount === workflow.steps.length ? inPlace : undefined;
}

/** The steps the run recorded, each where it is in the changed article, or marked gone. */
function renumbered(workflow: Workflow, run: SavedRun, fingerprint: StepFingerprint): StepDone[] {
  return run.steps.map((done) => {
    if (done.gone || done.says === undefined) return done;
    const step = changedStep(workflow, done.key, done.says, run.stepCount, fingerprint);
    return step ? { ...done, key: step.key, number: step.number } : { ...done, gone: true };
  });
}

/**
 * The values of a saved snapshot that still fit the changed article: inputs it still declares,
 * strings or lists of strings (the file is not trusted to hold anything else).
 */
function keptValues(workflow: Workflow, snapshot: unknown): FlowValues {
  const saved = (snapshot as { context?: { values?: unknown } } | undefined)?.context?.values;
  if (!saved || typeof saved !== 'object') return {};
  const names = new Set(workflow.steps.flatMap((step) => (step.inputs ?? []).filter((input) => input.type !== 'secret').map((input) => input.name)));
  const kept: FlowValues = {};
  for (const [name, value] of Object.entries(saved)) {
    const fits = typeof value === 'string' || (Array.isArray(value) && value.every((v) => typeof v === 'string'));
    if (names.has(name) && fits) kept[name] = value as string | string[];
  }
  return kept;
}
