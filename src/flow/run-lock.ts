/**
 * One docflow at a time keeps a flow's saved run: each flow has one state file, so two runs of it
 * at once saved over each other, and the first to finish removed the other's progress. The run
 * that opens a flow holds `runs/<flow>.lock` while the flow is open; a second run of it, in
 * another live docflow, is told so and goes on without saving (nor offering the first's run). A
 * lock whose process is gone (killed) is taken over; other flows are not held.
 */
import path from 'node:path';
import { takeLockFile } from '../catalog/folder-lock.js';
import { makeFolder } from '../runtime/make-folder.js';
import type { SavedRuns } from './run-recorder.js';
import { runPath } from './run-store.js';

export function runLockPath(dir: string, flow: string): string {
  return runPath(dir, flow).replace(/\.json$/, '.lock');
}

/** `runs` with each flow held as it is planned; `keep` lets go of the flows no longer open. */
export function lockedRuns(dir: string, runs: SavedRuns): SavedRuns {
  const held = new Map<string, () => void>();
  // Flows another docflow holds: run here without saving.
  const elsewhere = new Set<string>();
  // An exit that skips the run's own ending (a reader that stopped early, `--plain | head`: the
  // EPIPE handler exits at once) lets go of the flows too, rather than leave their locks behind.
  const releaseAll = () => {
    for (const release of held.values()) release();
    held.clear();
  };
  return {
    plan: (flow) => {
      if (!held.has(flow.id)) {
        const lock = take(runLockPath(dir, flow.id));
        if ('holder' in lock) {
          elsewhere.add(flow.id);
          return { notice: { key: 'resume.open-elsewhere', values: { process: String(lock.holder) } } };
        }
        elsewhere.delete(flow.id);
        if (held.size === 0) process.once('exit', releaseAll);
        held.set(flow.id, lock.release);
      }
      return runs.plan(flow);
    },
    recorder: (flow, from) => (elsewhere.has(flow.id) ? undefined : runs.recorder(flow, from)),
    keep: (ids) => {
      for (const [id, release] of held) {
        if (ids.includes(id)) continue;
        held.delete(id);
        release();
      }
      if (held.size === 0) process.off('exit', releaseAll);
      for (const id of elsewhere) if (!ids.includes(id)) elsewhere.delete(id);
    },
  };
}

function take(file: string): ReturnType<typeof takeLockFile> {
  try {
    makeFolder(path.dirname(file));
    return takeLockFile(file);
  } catch {
    // A state folder that cannot be written: the run goes on as before, its first save says why.
    return { release: () => {} };
  }
}
