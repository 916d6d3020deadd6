/**
 * Keys typed before `docflow run` turned raw mode on (the first ~0.15 s: Node starting, the
 * bundle loading). Until then the terminal collects a line and echoes each key, on the shell's
 * screen: after quitting, "xy" stood before the shell's prompt, as if typed into the shell. Read
 * as soon as raw mode is on, what the terminal holds is exactly those keys: they are the app's,
 * and their echo is erased before anything else is drawn.
 */
import fs from 'node:fs';
import tty from 'node:tty';
import { graphemeSegmenter } from '../text/graphemes.js';
import { displayWidth } from '../text/display-width.js';
import type { Io } from './io.js';

/** The keys typed before raw mode was on given to the app, their echo erased from the screen. */
export function takeTypedAhead(io: Io, input: { typedAhead(data: Buffer): void }): void {
  const typed = io.typedAhead?.();
  if (!typed || typed.length === 0) return;
  io.stdout.write(eraseEcho(typed.toString('utf8'), io.stdout.columns ?? 0));
  input.typedAhead(typed);
}

/**
 * What the terminal on `fd` holds unread now, without waiting: through a descriptor of our own,
 * non-blocking (stdin's may be blocking, and its mode is shared with the shell). The terminal is
 * opened by its own name where the system says it (Linux: a stdin that is another terminal than
 * the controlling one is still the one read), else as /dev/tty. Nothing when `fd` is no terminal.
 */
export function readTypedAhead(fd: number): Buffer {
  if (!tty.isatty(fd)) return Buffer.alloc(0);
  let own: number | undefined;
  const chunks: Buffer[] = [];
  try {
    own = fs.openSync(terminalPath(fd), fs.constants.O_RDONLY | fs.constants.O_NONBLOCK | fs.constants.O_NOCTTY);
    const buffer = Buffer.alloc(4096);
    for (let read = fs.readSync(own, buffer); read > 0; read = fs.readSync(own, buffer)) chunks.push(Buffer.from(buffer.subarray(0, read)));
  } catch {
    // EAGAIN: nothing more is held; no /dev/tty (no controlling terminal): nothing typed there.
  } finally {
    if (own !== undefined) fs.closeSync(own);
  }
  return Buffer.concat(chunks);
}

function terminalPath(fd: number): string {
  try {
    const named = fs.readlinkSync(`/proc/self/fd/${fd}`);
    if (named.startsWith('/dev/')) return named;
  } catch {
    // No /proc (macOS, the BSDs).
  }
  return '/dev/tty';
}

const TAB_STOP = 8;

/**
 * The sequence that erases what a terminal in its usual mode (`stty sane`) echoed of `typed`, the
 * cursor standing after it: text as it is, Enter as a line break, Tab to the next stop, another
 * control character as `^X` (an arrow key `^[[A`), a line wider than `columns` wrapped. On one
 * line the cursor goes back over the echo alone; over several, the echo is taken to start a line,
 * as it does after the shell ran the command. A terminal that tells no width (0) wraps nothing.
 */
export function eraseEcho(typed: string, columns: number): string {
  const width = columns > 0 ? columns : Infinity;
  let column = 0;
  let lines = 0;
  for (const { segment } of graphemeSegmenter.segment(typed)) {
    if (segment === '\r' || segment === '\n' || segment === '\r\n') {
      lines++;
      column = 0;
      continue;
    }
    if (segment === '\t') {
      column = Math.min(width - 1, (Math.floor(column / TAB_STOP) + 1) * TAB_STOP);
      continue;
    }
    const echoed = /^[\u0000-\u001f\u007f]$/.test(segment) ? 2 : displayWidth(segment);
    if (column + echoed > width) {
      lines++;
      column = 0;
    }
    column += echoed;
  }
  if (lines > 0) return `\u001b[${lines}A\r\u001b[J`;
  return column > 0 ? `\u001b[${column}D\u001b[K` : '';
}
