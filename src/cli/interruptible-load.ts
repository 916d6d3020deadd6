/**
 * `docflow run` loads its articles before the first frame, with raw mode on (keys typed meanwhile
 * are kept for the app): a cold load of a large repository takes seconds, and Ctrl+C, a key in
 * raw mode, waited behind it. The terminal is looked at between articles (work-turns.ts): keys
 * go to the app as they would have, and a Ctrl+C among them ends the load there.
 */
import { checkedWork, type WorkProgress } from '../runtime/work-turns.js';
import type { Io } from './io.js';

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
