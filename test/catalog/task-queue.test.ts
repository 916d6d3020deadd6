/**
 * The parse pool's queue: workers get the tasks in order, the calling thread takes back the ones
 * no worker has yet, and no task is done twice or left out.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TaskQueue } from '../../src/catalog/task-queue.js';

/** Whether the promise has settled, and how. */
async function state(promise: Promise<unknown>): Promise<'pending' | 'resolved' | 'rejected'> {
  const pending = Symbol('pending');
  try {
    return (await Promise.race([promise, Promise.resolve(pending)])) === pending ? 'pending' : 'resolved';
  } catch {
    return 'rejected';
  }
}

describe('the parse pool task queue', () => {
  it('hands tasks out in order while the caller takes from the end, and is done when all are back or taken', async () => {
    const queue = new TaskQueue(5);
    expect(queue.handOut()).toBe(0);
    expect(queue.handOut()).toBe(1);
    expect(queue.takeLast()).toBe(4);
    expect(queue.takeLast()).toBe(3);
    expect(queue.handOut()).toBe(2);
    // Nothing left that no worker has.
    expect(queue.takeLast()).toBeUndefined();
    expect(queue.takeFirst()).toBeUndefined();
    expect(queue.handOut()).toBeUndefined();
    queue.back();
    queue.back();
    expect(await state(queue.done)).toBe('pending');
    queue.back();
    expect(await state(queue.done)).toBe('resolved');
  });

  it('takes a task back only while no worker has it', () => {
    const queue = new TaskQueue(3);
    expect(queue.handOut()).toBe(0);
    expect(queue.take(0)).toBe(false);
    expect(queue.take(1)).toBe(true);
    expect(queue.take(1)).toBe(false);
    // The next for a worker skips what was taken back.
    expect(queue.handOut()).toBe(2);
  });

  it('the first task no worker has, for a caller that would otherwise wait', () => {
    const queue = new TaskQueue(4);
    queue.handOut();
    queue.take(1);
    expect(queue.takeFirst()).toBe(2);
    expect(queue.handOut()).toBe(3);
  });

  it('an empty run is done at once; a failure rejects', async () => {
    expect(await state(new TaskQueue(0).done)).toBe('resolved');
    const queue = new TaskQueue(2);
    queue.fail(new Error('worker died'));
    await expect(queue.done).rejects.toThrow('worker died');
  });

  it('whatever the interleaving, each task is done once, by a worker or by the caller', async () => {
    const step = fc.constantFrom('handOut', 'back', 'takeFirst', 'takeLast', 'take');
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 12 }), fc.array(fc.tuple(step, fc.nat(12)), { maxLength: 60 }), async (count, steps) => {
        const queue = new TaskQueue(count);
        const byWorker: number[] = [];
        const byCaller: number[] = [];
        let held = 0;
        const run = ([what, n]: [string, number]) => {
          if (what === 'handOut') {
            const id = queue.handOut();
            if (id !== undefined) byWorker.push(id), held++;
          } else if (what === 'back') {
            if (held > 0) queue.back(), held--;
          } else {
            const id = what === 'take' ? (queue.take(n % Math.max(count, 1)) ? n % Math.max(count, 1) : undefined) : what === 'takeFirst' ? queue.takeFirst() : queue.takeLast();
            if (id !== undefined) byCaller.push(id);
          }
        };
        steps.forEach(run);
        // Then the workers finish: every task handed out comes back, the rest the caller takes.
        for (let id = queue.handOut(); id !== undefined; id = queue.handOut()) byWorker.push(id), held++;
        expect(await state(queue.done)).toBe(count > 0 && held > 0 ? 'pending' : 'resolved');
        while (held > 0) queue.back(), held--;
        expect(await state(queue.done)).toBe('resolved');
        expect([...byWorker, ...byCaller].sort((a, b) => a - b)).toEqual(Array.from({ length: count }, (_, i) => i));
        // Workers get theirs in order.
        expect(byWorker).toEqual([...byWorker].sort((a, b) => a - b));
      }),
      { numRuns: 500 },
    );
  });
});
