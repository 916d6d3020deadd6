/**
 * One writer per folder: `extract` holds `<locales>/.docflow.lock` while it writes, so two runs
 * into one folder do not interleave their files (taking the lock also proves the folder
 * writable before any file is written). A second run
 * waits for the first (up to DOCFLOW_LOCK_WAIT_MS, 60 s by default) and then says who holds the
 * folder; a lock whose process is gone (killed) is taken over.
 */
import fs from 'node:fs';
import path from 'node:path';
import { processAlive } from './process-alive.js';
import { WriteError } from './write-file.js';

export class FolderBusyError extends Error {
  constructor(dir: string, pid: number) {
    super(`${dir}:1:1 error another docflow (process ${pid}) is writing this folder; run again when it is done docflow:folder-busy`);
  }
}

const LOCK = '.docflow.lock';

export function withFolderLock<T>(dir: string, run: () => T, env: NodeJS.ProcessEnv = process.env): T {
  const file = path.join(dir, LOCK);
  try {
    fs.mkdirSync(dir, { recursive: true });
  } catch (error) {
    throw new WriteError(file, (error as NodeJS.ErrnoException).code ?? 'EIO');
  }
  const deadline = Date.now() + Number(env.DOCFLOW_LOCK_WAIT_MS ?? 60_000);
  for (;;) {
    try {
      fs.writeFileSync(file, `${process.pid}\n`, { flag: 'wx' });
      break;
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
    if (holder === process.pid) return run();
    if (Date.now() >= deadline) throw new FolderBusyError(dir, holder);
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 100);
  }
  try {
    return run();
  } finally {
    if (readQuietly(file).trim() === String(process.pid)) fs.rmSync(file, { force: true });
  }
}

function readQuietly(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}
