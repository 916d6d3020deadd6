/**
 * Worker threads for cold runs over many files: each takes the next task when it is done with
 * one, so a long article does not hold the others back. Only from the built code (`dist/`):
 * run from the TypeScript sources, there is no worker file, and callers parse in-process.
 */
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import type { WorkerTask } from './parse-worker.js';

const WORKER = new URL('./parse-worker.js', import.meta.url);

type Task = Exclude<WorkerTask, { kind: 'glossaries' }>;
type Payload = Task extends infer T ? (T extends { id: number } ? Omit<T, 'id'> : never) : never;

/**
 * Threads to use: `DOCFLOW_THREADS`, else one per core from three cores up. On two cores V8's
 * own collector and compiler threads already keep the second one busy: two parse threads there
 * took as long as one (9.3 s either way on the 370 fr-fr articles) and 70 MB more memory.
 */
export function threadCount(env: NodeJS.ProcessEnv = process.env): number {
  const wanted = Number(env.DOCFLOW_THREADS);
  if (Number.isInteger(wanted) && wanted > 0) return wanted;
  const cores = os.availableParallelism();
  return cores > 2 ? cores : 1;
}

export function workersAvailable(): boolean {
  return !import.meta.url.endsWith('.ts');
}

export class ParsePool {
  private readonly workers: Worker[];

  constructor(threads: number) {
    this.workers = Array.from({ length: threads }, () => new Worker(WORKER));
  }

  /** The same message to every worker (what all tasks need, sent once). */
  broadcast(task: Extract<WorkerTask, { kind: 'glossaries' }>): void {
    for (const worker of this.workers) worker.postMessage(task);
  }

  /** Runs the tasks on the workers; results in the tasks' order. */
  run<T>(payloads: readonly Payload[]): Promise<T[]> {
    const results = new Array<T>(payloads.length);
    let next = 0;
    let done = 0;
    return new Promise((resolve, reject) => {
      if (payloads.length === 0) return resolve(results);
      const feed = (worker: Worker) => {
        if (next >= payloads.length) return;
        const id = next++;
        worker.postMessage({ ...payloads[id], id });
      };
      for (const worker of this.workers) {
        worker.removeAllListeners('message').removeAllListeners('error');
        worker.on('message', (reply: { id: number; result?: T; error?: string }) => {
          if (reply.error !== undefined) return reject(new Error(reply.error));
          results[reply.id] = reply.result as T;
          if (++done === payloads.length) resolve(results);
          else feed(worker);
        });
        worker.on('error', reject);
        feed(worker);
      }
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }
}
