/**
 * Ends the process now that a command is done, if its output is out, rather than when the event
 * loop runs dry. A natural end tears the whole heap down, and V8 first runs a collection on the
 * idle loop: 8–18 ms of every command that did real work (warm `extract` / `list` of 370
 * articles 271 / 281 → 255 / 263 ms, medians of 9 side by side). When runCli resolves, a command
 * has finished: its writes awaited, its threads stopped. What is left, the `exit` hooks (the code
 * cache, the stat index), process.exit runs too.
 *
 * Output still written behind the program (a pipe on macOS, a terminal on Windows) would be cut
 * off by an exit now: then the process ends the natural way, once it is out, with the exit code
 * the caller set. (Waiting for `drain` instead would wait forever for a write that never filled
 * the stream's buffer: `drain` only follows a write that did.)
 */
import type { Writable } from 'node:stream';

export function exitIfFlushed(code: number, streams: readonly Writable[] = [process.stdout, process.stderr], exit: (code: number) => void = (c) => process.exit(c)): void {
  if (streams.every((stream) => stream.writableLength === 0)) exit(code);
}
