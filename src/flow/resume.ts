/**
 * Whether and where a flow resumes: at its saved snapshot when the article is unchanged; at the
 * same step (found by its key) when the article changed but still has it; otherwise from the
 * start, with a reason the reader is told.
 */
import type { Workflow } from '../model/workflow.js';
import type { LoadedRun, SavedRun } from './run-store.js';
import { DONE } from './workflow.js';

export interface ResumePlan {
  /** The run to continue, when there is one. */
  from?: SavedRun;
  /** The saved snapshot, when the article is unchanged. */
  snapshot?: unknown;
  /** The state to start in, when the article changed but the step is still there. */
  startAt?: string;
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
  if (step) return { from: run, startAt: step.id, step: step.number, notice: { key: 'resume.changed', values: { step: step.number } } };
  return { notice: { key: 'resume.gone', values: { step: run.steps.length + 1 } } };
}
