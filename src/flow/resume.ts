/**
 * Whether and where a flow resumes: at its saved snapshot when the article is unchanged; at the
 * same step (found by its key) when the article changed but still has it; otherwise from the
 * start, with a reason the reader is told.
 */
import type { Workflow } from '../model/workflow.js';
import type { LoadedRun, SavedRun } from './run-store.js';
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
  notice?: { key: 'resume.changed' | 'resume.gone' | 'resume.set-aside'; values: Record<string, string | number> };
}

export function planResume(workflow: Workflow, loaded: LoadedRun, contentHash: string): ResumePlan {
  if (loaded.problem) return { notice: { key: 'resume.set-aside', values: { problem: loaded.problem } } };
  const run = loaded.run;
  if (!run || run.at === DONE || run.outcome === 'finished') return {};
  const step = workflow.steps.find((s) => s.key === run.at);
  if (run.contentHash === contentHash && step) return { from: run, snapshot: run.snapshot, step: step.number };
  if (step) return { from: run, startAt: step.id, values: keptValues(workflow, run.snapshot), step: step.number, notice: { key: 'resume.changed', values: { step: step.number } } };
  return { notice: { key: 'resume.gone', values: { step: run.steps.length + 1 } } };
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
