/**
 * Where the plain walkthrough's prompts go, so that each shows after the step it asks about.
 *
 * Standard output piped to another program (`| cat`, `| tee run.log`, a pager) reaches the screen
 * when that program writes it, which no call reports: a prompt on standard error, straight to the
 * terminal, showed above its step whenever the reader lagged (waiting for the pipe to drain and
 * 50 ms more was not enough for a reader slower than that). So there the prompt goes down the same
 * pipe, after the step, as a line of its own (a reader that passes whole lines, `while read`,
 * `sed`, would hold a prompt with no line end until the person answered): in order by
 * construction, whatever the reader's pace. Elsewhere (a terminal, or a file that nobody relays)
 * it goes to standard error, as every command's prompts do, once standard output has gone out.
 */
import fs from 'node:fs';
import { afterOutput } from './after-output.js';
import type { Io } from './io.js';
import { sanitize } from '../text/sanitize.js';

export type Prompt = (text: string) => Promise<void>;

export function promptRoad(io: Io): Prompt {
  if (!relayed(io.stdout)) {
    return async (text) => {
      await afterOutput(io.stdout);
      io.stderr.write(sanitize(text));
    };
  }
  return async (text) => {
    // A line end only ends the line of a secret typed unseen: the prompt's own line ended it already.
    const line = text.trimEnd();
    if (line !== '') io.stdout.write(`${sanitize(line)}\n`);
  };
}

/** Whether a stream is a pipe or a socket, that some other program reads (not a terminal, a file, /dev/null). */
export function relayed(stream: NodeJS.WritableStream): boolean {
  const fd = (stream as { fd?: unknown }).fd;
  if (typeof fd !== 'number') return false;
  try {
    const stat = fs.fstatSync(fd);
    return stat.isFIFO() || stat.isSocket();
  } catch {
    return false;
  }
}
