/** `docflow runs`: the runs saved under the state folder, in progress or ended, newest first. */
import type { Command } from 'commander';
import { lastDone, listRuns, stateDir } from '../../flow/run-store.js';
import { print, printJson, warn, type Io } from '../io.js';
import { DONE } from '../../flow/workflow.js';
import { minute } from '../../text/minute.js';

export function registerRuns(program: Command, io: Io): void {
  program
    .command('runs')
    .description('list saved runs (in progress, resumable with `docflow run <flow>`) and the records of finished or abandoned ones')
    .option('--json', 'print as JSON')
    .addHelpText('after', '\nExample:\n  docflow runs\n  docflow checklist --from-run <file it names> --format html --out onboarding.html\n\nRuns live in $XDG_STATE_HOME/docflow (else ~/.local/state/docflow).')
    .action((options: { json?: boolean }) => {
      const dir = stateDir(io.env);
      const runs = listRuns(dir);
      for (const file of runs.unreadable) warn(io, `${file}: not a run or record docflow wrote (damaged, or edited by hand): left out`);
      if (options.json) {
        printJson(io, runs.map(({ file, run, state }) => ({ file, state, flow: run.flow, at: run.at, steps: run.steps, locales: run.locales, startedAt: run.startedAt, updatedAt: run.updatedAt })), 2);
        return;
      }
      if (runs.length === 0) {
        print(io, `No saved runs in ${dir}.`);
        return;
      }
      for (const { file, run, state } of runs) {
        // A step done again (the reader went back) is one step done.
        const done = lastDone(run.steps).size;
        const of = run.stepCount !== undefined ? ` of ${run.stepCount}` : '';
        print(io, `${minute(run.updatedAt)}  ${state.padEnd(11)}  ${run.flow}  ${done}${of} ${done === 1 && !of ? 'step' : 'steps'} done, at ${place(run.at)}  (${run.locales.join(', ') || '-'})`);
        // What `checklist --from-run` takes: only --json named it, and a reader had to find it.
        print(io, `  ${file}`);
      }
    });
}

/**
 * Where a run stands, as its reader counts: "step 4" for its step's key (`proc-1.step-4`, the
 * resources' key, which named the place before), "the end" once every step is done.
 */
function place(at: string): string {
  if (at === DONE) return 'the end';
  const step = /(?:^|\.)step-(\d+)$/.exec(at);
  return step ? `step ${step[1]}` : at;
}
