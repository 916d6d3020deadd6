/** `docflow runs`: the runs saved under the state folder, in progress or ended, newest first. */
import type { Command } from 'commander';
import { listRuns, stateDir } from '../../flow/run-store.js';
import { print, type Io } from '../io.js';

export function registerRuns(program: Command, io: Io): void {
  program
    .command('runs')
    .description('list saved runs (in progress, resumable with `docflow run <flow>`) and the records of finished or abandoned ones')
    .option('--json', 'print as JSON')
    .addHelpText('after', '\nExample:\n  docflow runs\n\nRuns live in $XDG_STATE_HOME/docflow (else ~/.local/state/docflow).')
    .action((options: { json?: boolean }) => {
      const dir = stateDir(io.env);
      const runs = listRuns(dir);
      if (options.json) {
        print(io, JSON.stringify(runs.map(({ file, run, state }) => ({ file, state, flow: run.flow, at: run.at, steps: run.steps, locales: run.locales, startedAt: run.startedAt, updatedAt: run.updatedAt })), null, 2));
        return;
      }
      if (runs.length === 0) {
        print(io, `No saved runs in ${dir}.`);
        return;
      }
      for (const { run, state } of runs) {
        print(io, `${run.updatedAt.slice(0, 16).replace('T', ' ')}  ${state.padEnd(11)}  ${run.flow}  ${run.steps.length} steps done, at ${run.at}  (${run.locales.join(', ') || '-'})`);
      }
    });
}
