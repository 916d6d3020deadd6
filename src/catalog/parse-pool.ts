/**
 * Worker threads for cold runs over many files: each takes the next task when it is done with
 * one, so a long article does not hold the others back. Only from the built code (`dist/`):
 * run from the TypeScript sources, there is no worker file, and callers parse in-process.
 */
import os from 'node:os';
import type { Worker } from 'node:worker_threads';
import { workerThreads } from '../text/lazy-modules.js';
import type { WorkerTask } from './parse-worker.js';
import { TaskQueue } from './task-queue.js';

const WORKER = new URL('./parse-worker.js', import.meta.url);

type Task = Exclude<WorkerTask, { kind: 'glossaries' }>;
/** A task as handed out, less the number the pool gives it. */
export type Payload = Task extends infer T ? (T extends { id: number } ? Omit<T, 'id'> : never) : never;

/**
 * Threads to parse on, the main one included: `DOCFLOW_THREADS`, else two from three cores up
 * (one worker beside the main thread, see parse-ahead.ts), one below. On two cores V8's own
 * collector and compiler threads already keep the second one busy: one thread took 370 articles
 * in 3.7–4.0 s at 140 MB, one worker beside it 4.7–5.1 s at 172–174 MB. Each worker adds 30–50 MB
 * to the peak, so more are asked for, not assumed.
 */
export function threadCount(env: NodeJS.ProcessEnv = process.env): number {
  const wanted = Number(env.DOCFLOW_THREADS);
  if (Number.isInteger(wanted) && wanted > 0) return wanted;
  return os.availableParallelism() > 2 ? 2 : 1;
}

export function workersAvailable(): boolean {
  return !import.meta.url.endsWith('.ts');
}

/** Tasks a worker holds at once: the next is there when it is done, whatever the main thread is doing. */
const HELD = 2;

/** A run's tasks as the caller sees them: taken back, resumed, done (see task-queue.ts). */
export type TaskStream = Pick<TaskQueue, 'take' | 'takeFirst' | 'takeLast' | 'done'> & {
  /** Hands tasks out again to the workers that stopped for want of room (see stream's `room`). */
  resume(): void;
};

export class ParsePool {
  private readonly workers: Worker[];

  constructor(workers: number) {
    // A thread's heap is garbage between articles: a young generation of 16 MB (not V8's 32–48)
    // keeps each thread's share of the peak down.
    this.workers = Array.from({ length: workers }, () => new (workerThreads().Worker)(WORKER, { resourceLimits: { maxYoungGenerationSizeMb: 16 } }));
  }

  /** The same message to every worker (what all tasks need, sent once). */
  broadcast(task: Extract<WorkerTask, { kind: 'glossaries' }>): void {
    for (const worker of this.workers) worker.postMessage(task);
  }

  /**
   * Hands the tasks out; each result goes to `received` as it comes back. A worker is handed a
   * task only while `room()` says so (results not yet used are memory), else on `resume()`.
   */
  stream<T>(payloads: readonly Payload[], received: (id: number, result: T) => void, room: () => boolean = () => true): TaskStream {
    const queue = new TaskQueue(payloads.length);
    // How many tasks each worker holds.
    const held = new Map<Worker, number>(this.workers.map((worker) => [worker, 0]));
    const handOut = (worker: Worker) => {
      while (held.get(worker)! < HELD && room()) {
        const id = queue.handOut();
        if (id === undefined) return;
        held.set(worker, held.get(worker)! + 1);
        worker.postMessage({ ...payloads[id], id });
      }
    };
    for (const worker of this.workers) {
      worker.removeAllListeners('message').removeAllListeners('error');
      worker.on('message', (reply: { id: number; result?: T; error?: string }) => {
        if (reply.error !== undefined) return queue.fail(new Error(reply.error));
        held.set(worker, held.get(worker)! - 1);
        received(reply.id, reply.result as T);
        queue.back();
        handOut(worker);
      });
      worker.on('error', (error) => queue.fail(error));
      handOut(worker);
    }
    return {
      done: queue.done,
      take: (id) => queue.take(id),
      takeFirst: () => queue.takeFirst(),
      takeLast: () => queue.takeLast(),
      resume: () => this.workers.forEach(handOut),
    };
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }
}
