/**
 * Worker threads for cold runs over many files: each takes the next task when it is done with
 * one, so a long article does not hold the others back. Only from the built code (`dist/`):
 * run from the TypeScript sources, there is no worker file, and callers parse in-process.
 */
import os from 'node:os';
import type { Worker } from 'node:worker_threads';
import { workerThreads } from '../text/lazy-modules.js';
import type { WorkerTask } from './parse-worker.js';

const WORKER = new URL('./parse-worker.js', import.meta.url);

type Task = Exclude<WorkerTask, { kind: 'glossaries' }>;
type Payload = Task extends infer T ? (T extends { id: number } ? Omit<T, 'id'> : never) : never;

/**
 * Threads to use: `DOCFLOW_THREADS`, else two from three cores up. On two cores V8's own
 * collector and compiler threads already keep the second one busy: two parse threads there took
 * no less time than one (9.5 s against 8.5 s on the 370 fr-fr articles). Each thread adds about
 * 45 MB to the peak (2, 3, 4 threads: 185, 239, 279 MB), so more than two are asked for, not
 * assumed: two keep a run under 200 MB.
 */
export function threadCount(env: NodeJS.ProcessEnv = process.env): number {
  const wanted = Number(env.DOCFLOW_THREADS);
  if (Number.isInteger(wanted) && wanted > 0) return wanted;
  return os.availableParallelism() > 2 ? 2 : 1;
}

export function workersAvailable(): boolean {
  return !import.meta.url.endsWith('.ts');
}

export class ParsePool {
  private readonly workers: Worker[];

  constructor(threads: number) {
    // A thread's heap is garbage between articles: a young generation of 16 MB (not V8's 32–48)
    // and a small collection budget keep each thread's share of the peak near 40 MB.
    this.workers = Array.from({ length: threads }, () => new (workerThreads().Worker)(WORKER, { resourceLimits: { maxYoungGenerationSizeMb: 16 } }));
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
