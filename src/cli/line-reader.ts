/** Lines from a stream, one at a time, as a plain run asks for them (undefined at the end). */
import readline from 'node:readline';

export class LineReader {
  private readonly lines: AsyncIterator<string>;
  private readonly rl: readline.Interface;

  constructor(input: NodeJS.ReadableStream) {
    this.rl = readline.createInterface({ input, crlfDelay: Infinity, terminal: false });
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
