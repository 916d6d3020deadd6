/**
 * One writer per folder: `extract`, `import` and `pseudo` hold `<locales>/.docflow.lock`, and
 * `apply` each content folder's, while they write, so two runs into one folder do not interleave
 * their files or lose each other's changes (taking the lock also proves the folder
 * writable before any file is written). A second run
 * waits for the first (up to DOCFLOW_LOCK_WAIT_MS, 60 s by default) and then says who holds the
 * folder; a lock whose process is gone (killed) is taken over.
 */
import fs from 'node:fs';
import path from 'node:path';
import { processAlive } from './process-alive.js';
import { WriteError } from './write-file.js';
import { problemText } from '../text/problem-line.js';
import { makeFolder } from '../runtime/make-folder.js';

export class FolderBusyError extends Error {
  constructor(dir: string, pid: number) {
    super(problemText({ file: dir }, 'error', `another docflow (process ${pid}) is writing this folder; run again when it is done`, 'docflow:folder-busy'));
  }
}

const LOCK = '.docflow.lock';

export function withFolderLock<T>(dir: string, run: () => T, env: NodeJS.ProcessEnv = process.env): T {
  const release = takeFolderLock(dir, env);
  try {
    return run();
  } finally {
    release();
  }
}

/** The same around work that awaits (an XLIFF import): the folder stays held until it settles. */
export async function withFolderLockAsync<T>(dir: string, run: () => Promise<T>, env: NodeJS.ProcessEnv = process.env): Promise<T> {
  const release = takeFolderLock(dir, env);
  try {
    return await run();
  } finally {
    release();
  }
}

/** Holds `dir` for this process (waiting for another writer, taking over a dead one's lock); returns the release. */
function takeFolderLock(dir: string, env: NodeJS.ProcessEnv): () => void {
  const file = path.join(dir, LOCK);
  try {
    makeFolder(dir);
  } catch (error) {
    throw new WriteError(file, (error as NodeJS.ErrnoException).code ?? 'EIO');
  }
  const deadline = Date.now() + Number(env.DOCFLOW_LOCK_WAIT_MS ?? 60_000);
  for (;;) {
    const lock = takeLockFile(file);
    if ('release' in lock) return lock.release;
    if (Date.now() >= deadline) throw new FolderBusyError(dir, lock.holder);
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 100);
  }
}

/**
 * One try at a lock file (its folder made): taken (a dead process's taken over, one this process
 * holds already given with nothing to release), or the live process that holds it. Also what
 * keeps a flow's saved run to one docflow at a time (flow/run-lock.ts).
 */
export function takeLockFile(file: string): { release: () => void } | { holder: number } {
  for (;;) {
    try {
      fs.writeFileSync(file, `${process.pid}\n`, { flag: 'wx' });
      return {
        release: () => {
          if (readQuietly(file).trim() === String(process.pid)) fs.rmSync(file, { force: true });
        },
      };
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'EEXIST') throw new WriteError(file, code ?? 'EIO');
    }
    const holder = Number.parseInt(readQuietly(file), 10);
    if (!processAlive(holder)) {
      // Left by a run that was killed: nobody is writing.
      fs.rmSync(file, { force: true });
      continue;
    }
    // Already ours (a command that writes two folders, or one inside the other): nothing to release.
    if (holder === process.pid) return { release: () => {} };
    return { holder };
  }
}

function readQuietly(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}
