/**
 * The tasks of a parse pool's run: handed to the workers in order, and taken back by the calling
 * thread while no worker has them, to do itself (see parse-ahead.ts). Done once each task's
 * result is back or it was taken back. Bookkeeping only: parse-pool.ts does the messaging.
 */
export class TaskQueue {
  /** Per task: neither handed out nor taken back yet. Those lie from `first` to `last`. */
  private readonly waiting: boolean[];
  private first = 0;
  private last: number;
  /** Tasks neither back nor taken back. */
  private open: number;
  private finish!: () => void;
  private reject!: (error: unknown) => void;
  /** Every task back or taken back; rejects with the first failure. */
  readonly done: Promise<void>;

  constructor(count: number) {
    this.waiting = new Array<boolean>(count).fill(true);
    this.last = count - 1;
    this.open = count;
    this.done = new Promise<void>((resolve, reject) => {
      this.finish = resolve;
      this.reject = reject;
    });
    // Told to whoever awaits it; a failure nobody awaits yet is not an unhandled rejection.
    this.done.catch(() => {});
    if (count === 0) this.finish();
  }

  /** The next task for a worker, now its; undefined when none is left. */
  handOut(): number | undefined {
    const id = this.nextWaiting();
    if (id !== undefined) this.waiting[id] = false;
    return id;
  }

  /** A worker's result is back. */
  back(): void {
    this.close();
  }

  fail(error: unknown): void {
    this.reject(error);
  }

  /** Task `id` taken back, if no worker has it yet. */
  take(id: number): boolean {
    if (!this.waiting[id]) return false;
    this.waiting[id] = false;
    this.close();
    return true;
  }

  /** The first task no worker has yet, taken back; undefined when there is none. */
  takeFirst(): number | undefined {
    const id = this.nextWaiting();
    return id !== undefined && this.take(id) ? id : undefined;
  }

  /** The last task no worker has yet, taken back; undefined when there is none. */
  takeLast(): number | undefined {
    while (this.last >= this.first && !this.waiting[this.last]) this.last--;
    return this.last >= this.first && this.take(this.last) ? this.last : undefined;
  }

  private nextWaiting(): number | undefined {
    while (this.first <= this.last && !this.waiting[this.first]) this.first++;
    return this.first <= this.last ? this.first : undefined;
  }

  private close(): void {
    if (--this.open === 0) this.finish();
  }
}
