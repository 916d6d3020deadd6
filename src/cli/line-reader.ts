/** Lines from a stream, one at a time, as a plain run asks for them (undefined at the end). */
import type { Interface } from 'node:readline';
import { readline } from '../text/lazy-modules.js';

export class LineReader {
  private readonly lines: AsyncIterator<string>;
  private readonly rl: Interface;

  constructor(input: NodeJS.ReadableStream) {
    // A \r then a \n within 100 ms is one CRLF (a Windows file); later, two Enters: a secret
    // typed in raw mode ends with \r, and the next Enter in cooked mode is a \n of its own.
    this.rl = readline().createInterface({ input, crlfDelay: 100, terminal: false });
    this.lines = this.rl[Symbol.asyncIterator]();
  }

  async next(): Promise<string | undefined> {
    const { value, done } = await this.lines.next();
    return done ? undefined : (value as string);
  }

  close(): void {
    this.rl.close();
  }
}
