/**
 * Runs that survive: the machine's persisted snapshot after every transition, atomically, under
 * `$XDG_STATE_HOME/docflow/runs/` (else `~/.local/state/docflow/runs/`), with the article's
 * content hash and the current step's key; and a record of each run under `records/` when it
 * ends (steps done with times, locales used, finished or abandoned). A state file that is
 * corrupt, empty, from a future docflow or of another flow is set aside, never trusted.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeFileAtomic } from '../catalog/write-file.js';

export const RUN_VERSION = 1;

export interface StepDone {
  key: string;
  number: number;
  /** ISO time the reader moved on from it. */
  at: string;
  /** What it said (step-fingerprint.ts): how it is found again once steps are renumbered. */
  says?: string;
  /** The article no longer has it: it is kept in the record, and names no step now. */
  gone?: true;
}

/**
 * When the reader last moved on from each step of the flow a record names (by key; a step the
 * article no longer has names none): what a checklist ticks and the end screen counts.
 */
export function lastDone(steps: readonly { key: string; at: string; gone?: boolean }[]): Map<string, string> {
  const done = new Map<string, string>();
  for (const step of steps) if (!step.gone) done.set(step.key, step.at);
  return done;
}

export interface SavedRun {
  docflow: typeof RUN_VERSION;
  flow: string;
  slug: string;
  /** sha1 of the article file the flow was built from. */
  contentHash: string;
  /** xstate's persisted snapshot. */
  snapshot: unknown;
  /** The current step's key (`proc-1.step-3`), or `done`: where to resume if the article changed. */
  at: string;
  /**
   * What the current step says (step-fingerprint.ts) and how many steps the flow had: where to
   * resume when steps were added or removed before it. Absent in runs saved by older docflow.
   */
  atStep?: string;
  stepCount?: number;
  startedAt: string;
  updatedAt: string;
  locales: string[];
  steps: StepDone[];
  outcome?: 'finished' | 'abandoned';
  /** In a record: what the reader entered (secrets are never kept). */
  inputs?: Record<string, string | string[]>;
}

export function stateDir(env: NodeJS.ProcessEnv): string {
  const base = env.XDG_STATE_HOME || path.join(env.HOME || os.homedir(), '.local', 'state');
  return path.join(base, 'docflow');
}

/** A file name for a flow id (`slug#2`, sub-folders): safe, readable, unique. */
function fileName(flow: string): string {
  return `${flow.replace(/[^\w.-]+/g, '_')}.json`;
}

export function runPath(dir: string, flow: string): string {
  return path.join(dir, 'runs', fileName(flow));
}

export interface LoadedRun {
  run?: SavedRun;
  /** Why a state file was set aside, for the reader. */
  problem?: string;
}

/** The saved run of a flow; a file that cannot be trusted is renamed aside and said so. */
export function loadRun(dir: string, flow: string): LoadedRun {
  const file = runPath(dir, flow);
  if (!fs.existsSync(file)) return {};
  let problem: string | undefined;
  try {
    const text = fs.readFileSync(file, 'utf8');
    const data = JSON.parse(text) as Partial<SavedRun>;
    if (!data || typeof data !== 'object' || Array.isArray(data)) problem = 'it is not a saved run';
    else if (typeof data.docflow !== 'number') problem = 'it is not a docflow run';
    else if (data.docflow > RUN_VERSION) problem = `it was saved by a newer docflow (format ${data.docflow})`;
    else if (data.flow !== flow) problem = `it belongs to another flow (${String(data.flow)})`;
    else if (!data.snapshot || typeof data.at !== 'string' || !Array.isArray(data.steps) || !data.steps.every(isStepDone)) problem = 'it is incomplete';
    else return { run: data as SavedRun };
  } catch (error) {
    problem = error instanceof SyntaxError ? 'it is empty or corrupt' : `it cannot be read (${(error as NodeJS.ErrnoException).code})`;
  }
  const aside = `${file}.${new Date().toISOString().replace(/[:.]/g, '-')}.bad`;
  try {
    fs.renameSync(file, aside);
  } catch {
    // Left where it is: the next save replaces it.
  }
  return { problem: `${file}: set aside as ${path.basename(aside)}: ${problem}` };
}

/** A step of a run's record as docflow writes it (the file is not trusted to hold one). */
export function isStepDone(value: unknown): value is StepDone {
  const step = value as Partial<StepDone> | null;
  return typeof step === 'object' && step !== null && typeof step.key === 'string' && typeof step.at === 'string' && (step.says === undefined || typeof step.says === 'string');
}

export function saveRun(dir: string, run: SavedRun): void {
  writeFileAtomic(runPath(dir, run.flow), `${JSON.stringify(run, null, 2)}\n`);
}

/** Ends a run: its record goes to records/, the resumable state is removed once finished. */
export function closeRun(dir: string, run: SavedRun, outcome: 'finished' | 'abandoned'): string {
  const record = path.join(dir, 'records', `${fileName(run.flow).slice(0, -5)}-${run.startedAt.replace(/[:.]/g, '-')}.json`);
  const inputs = (run.snapshot as { context?: { values?: Record<string, string | string[]> } } | undefined)?.context?.values ?? {};
  writeFileAtomic(record, `${JSON.stringify({ ...run, snapshot: undefined, outcome, inputs }, null, 2)}\n`);
  if (outcome === 'finished') fs.rmSync(runPath(dir, run.flow), { force: true });
  return record;
}

export interface RunListing {
  file: string;
  run: SavedRun;
  state: 'in progress' | 'finished' | 'abandoned';
}

/**
 * Whether a file holds what `runs` lists of a run: a record edited by hand (a number for a time,
 * `locales` one string) was a TypeError and a stack, and hid every other run with it.
 */
function isListable(value: unknown): value is SavedRun {
  const run = value as Partial<SavedRun> | null;
  const text = (field: unknown) => typeof field === 'string';
  return (
    typeof run === 'object' && run !== null && run.docflow === RUN_VERSION && text(run.flow) && text(run.at) && text(run.startedAt) && text(run.updatedAt) &&
    Array.isArray(run.locales) && run.locales.every(text) && Array.isArray(run.steps) && run.steps.every(isStepDone) && (run.stepCount === undefined || typeof run.stepCount === 'number')
  );
}

/** Saved runs in progress, then the records of ended ones, newest first; and the files that are neither. */
export function listRuns(dir: string): RunListing[] & { unreadable: string[] } {
  const unreadable: string[] = [];
  const read = (sub: string, state: (run: SavedRun) => RunListing['state']) => {
    const folder = path.join(dir, sub);
    if (!fs.existsSync(folder)) return [];
    return fs
      .readdirSync(folder)
      .filter((f) => f.endsWith('.json'))
      .sort()
      .flatMap((f) => {
        const file = path.join(folder, f);
        try {
          const run = JSON.parse(fs.readFileSync(file, 'utf8')) as unknown;
          if (isListable(run)) return [{ file, run, state: state(run) }];
          // A state file of a newer docflow is not this one's to judge.
          if (!(typeof (run as SavedRun | null)?.docflow === 'number' && (run as SavedRun).docflow > RUN_VERSION)) unreadable.push(file);
        } catch {
          unreadable.push(file);
        }
        return [];
      });
  };
  const runs = [...read('runs', () => 'in progress' as const), ...read('records', (r) => (r.outcome === 'finished' ? 'finished' : 'abandoned'))];
  return Object.assign(
    runs.sort((a, b) => b.run.updatedAt.localeCompare(a.run.updatedAt)),
    { unreadable },
  );
}
