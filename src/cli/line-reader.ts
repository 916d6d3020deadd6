/** Lines from a stream, one at a time, as a plain run asks for them (undefined at the end). */
import type { Interface } from 'node:readline';
import { readline } from '../text/lazy-modules.js';

export class LineReader {
  private readonly lines: AsyncIterator<string>;
  private readonly rl: Interface;
  /** Why no more lines are read (stop()), given to the read waiting and to every later one. */
  private stopped: Error | undefined;
  private interrupt: ((reason: Error) => void) | undefined;

  constructor(input: NodeJS.ReadableStream) {
    // A \r then a \n within 100 ms is one CRLF (a Windows file); later, two Enters: a secret
    // typed in raw mode ends with \r, and the next Enter in cooked mode is a \n of its own.
    this.rl = readline().createInterface({ input, crlfDelay: 100, terminal: false });
    this.lines = this.rl[Symbol.asyncIterator]();
  }

  async next(): Promise<string | undefined> {
    if (this.stopped) throw this.stopped;
    const stop = new Promise<never>((_, reject) => (this.interrupt = reject));
    try {
      const { value, done } = await Promise.race([this.lines.next(), stop]);
      return done ? undefined : (value as string);
    } finally {
      this.interrupt = undefined;
    }
  }

  /** No more lines: the read waiting, and any later one, fails with `reason` (a run ended by a signal). */
  stop(reason: Error): void {
    this.stopped = reason;
    this.interrupt?.(reason);
    this.close();
  }

  close(): void {
    this.rl.close();
  }
}
