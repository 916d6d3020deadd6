/**
 * Keeps a run's saved state and record in step with its machine: after every transition the
 * persisted snapshot is saved; leaving a step for a later one (or done) records it with the time;
 * the locales the reader used are noted.
 */
import type { Workflow } from '../model/workflow.js';
import { closeRun, lastDone, RUN_VERSION, saveRun, type SavedRun } from './run-store.js';
import type { StepFingerprint } from './step-fingerprint.js';
import type { ResumePlan } from './resume.js';
import { DONE } from './workflow.js';

/** Saved runs: what to resume, and what keeps a run (the terminal UI's and a plain run's). */
export interface SavedRuns {
  plan: (flow: Workflow) => ResumePlan;
  /** None for a flow that is run without saving (another docflow has it open: run-lock.ts). */
  recorder: (flow: Workflow, from?: SavedRun) => RunRecorder | undefined;
  /** The flows (ids) still open: the others are let go, for another docflow to open. */
  keep?: (flows: readonly string[]) => void;
}

export class RunRecorder {
  private run: SavedRun;
  private state: string;

  constructor(
    private readonly dir: string,
    private readonly workflow: Workflow,
    contentHash: string,
    from: SavedRun | undefined,
    /** What identifies a step beyond its place (see step-fingerprint.ts). */
    private readonly fingerprint: StepFingerprint,
    private readonly now: () => Date = () => new Date(),
  ) {
    const time = this.now().toISOString();
    this.run = from
      ? { ...from, contentHash }
      : { docflow: RUN_VERSION, flow: workflow.id, slug: workflow.slug, contentHash, snapshot: undefined, at: workflow.steps[0]?.key ?? DONE, startedAt: time, updatedAt: time, locales: [], steps: [] };
    this.state = workflow.steps.find((s) => s.key === this.run.at)?.id ?? workflow.steps[0]?.id ?? DONE;
  }

  /** After each transition: `state` is the machine's state id (`step-3` or `done`). */
  update(snapshot: unknown, state: string, locale: string): void {
    const steps = this.workflow.steps;
    const left = steps.find((s) => s.id === this.state);
    const entered = steps.find((s) => s.id === state);
    const time = this.now().toISOString();
    if (left && state !== this.state && (state === DONE || (entered && entered.number > left.number))) {
      const says = this.fingerprint(left);
      this.run.steps.push({ key: left.key, number: left.number, at: time, ...(says ? { says } : {}) });
    }
    this.state = state;
    this.noteLocale(locale);
    this.run = { ...this.run, snapshot, at: entered?.key ?? DONE, stepCount: steps.length, updatedAt: time };
    // What the step says, to find it again if steps before it come or go (none once done).
    const print = entered && this.fingerprint(entered);
    if (print) this.run.atStep = print;
    else delete this.run.atStep;
    saveRun(this.dir, this.run);
  }

  /**
   * The reader reads in this language now: noted at once, not at the next step (a switch on the
   * step they then quit was missing from the run's record).
   */
  read(locale: string): void {
    if (!this.noteLocale(locale) || this.run.snapshot === undefined) return;
    this.run = { ...this.run, updatedAt: this.now().toISOString() };
    saveRun(this.dir, this.run);
  }

  /** Whether the locale is new to the run. */
  private noteLocale(locale: string): boolean {
    if (this.run.locales.includes(locale)) return false;
    this.run.locales = [...this.run.locales, locale];
    return true;
  }

  /** The run as saved: what a run taken up again goes on from (a linked procedure's reader coming back). */
  saved(): SavedRun {
    return this.run;
  }

  /**
   * The flow's steps this run has not done (by number): none after a walk through every step;
   * those a declared branch went past (`goto: done`), or added before the step a resumed run
   * went on from.
   */
  notDone(): number[] {
    const done = lastDone(this.run.steps);
    return this.workflow.steps.filter((step) => !done.has(step.key)).map((step) => step.number);
  }

  /** The reader finished or left: the record is written; a finished run is not offered again. */
  close(): string | undefined {
    if (this.run.snapshot === undefined) return undefined;
    return closeRun(this.dir, this.run, this.state === DONE ? 'finished' : 'abandoned');
  }
}
