/**
 * `docflow run` loads its articles before the first frame, with raw mode on (keys typed meanwhile
 * are kept for the app): a cold load of a large repository takes seconds, and Ctrl+C, a key in
 * raw mode, waited behind it. The terminal is looked at between articles (work-turns.ts): keys
 * go to the app as they would have, and a Ctrl+C among them ends the load there.
 */
import { checkedWork, type WorkProgress } from '../runtime/work-turns.js';
import type { Io } from './io.js';
import { withLoadingLine, type LoadingLine } from './loading-line.js';

const CTRL_C = 0x03;

/** The load ended by a Ctrl+C: the command ends as a shell's interrupted one does (130). */
export class InterruptedLoad extends Error {
  constructor() {
    super('interrupted while loading');
  }
}

/** `onTurn`: told how far the load is, at each look (the line that says it is loading). */
export function interruptibleLoad<T>(io: Io, input: { typedAhead(data: Buffer): void }, load: () => T, onTurn: (progress: WorkProgress | undefined) => void = () => {}): T {
  return checkedWork((progress) => {
    onTurn(progress);
    const typed = io.typedAhead?.();
    if (!typed || typed.length === 0) return;
    input.typedAhead(typed);
    if (typed.includes(CTRL_C)) throw new InterruptedLoad();
  }, load);
}

/**
 * A plain run's load, its line drawn on a person's terminal: Ctrl+C there was a signal, which
 * a load (one stretch of work) could not stop for, and which ended the process with the line
 * "Reading articles… 12/368" left on the screen. The terminal is in raw mode while it lasts, so
 * that Ctrl+C is a key looked at between articles (InterruptedLoad), the line erased first;
 * what else was typed goes back to standard input as the terminal would have given it, a line at
 * a time with its Backspaces applied, for the steps to read.
 */
export function plainLoad<T>(io: Io, line: LoadingLine | undefined, load: () => T): T {
  const stdin = io.stdin as NodeJS.ReadableStream & { isTTY?: boolean; setRawMode?: (raw: boolean) => unknown };
  if (!line || !stdin.isTTY || !stdin.setRawMode || !io.typedAhead) return withLoadingLine(line, load);
  const typed: Buffer[] = [];
  stdin.setRawMode(true);
  let ended = false;
  try {
    const loaded = interruptibleLoad(io, { typedAhead: (data) => typed.push(data) }, load, (progress) => line.update(progress));
    ended = true;
    return loaded;
  } finally {
    stdin.setRawMode(false);
    line.clear();
    const given = ended ? cooked(Buffer.concat(typed).toString('utf8')) : '';
    if (given) stdin.unshift(Buffer.from(given));
  }
}

/** Keys typed in raw mode as a terminal in its usual mode gives them: Enter a line end, Backspace and Ctrl+U applied. */
export function cooked(keys: string): string {
  let done = '';
  let line = '';
  for (const key of keys) {
    if (key === '\r' || key === '\n') {
      done += `${line}\n`;
      line = '';
    } else if (key === '\u007f' || key === '\b') line = [...line].slice(0, -1).join('');
    else if (key === '\u0015') line = '';
    else line += key;
  }
  return done + line;
}
