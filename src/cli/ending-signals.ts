/**
 * A run ended from outside ends as if the reader had left: its flow's lock let go, the terminal
 * given back (the alternate screen left, echo on), and the status a shell expects (128 + the
 * signal's number). Node's own ending on these signals skipped all of that: a closed terminal
 * window (SIGHUP) left `runs/<flow>.lock` behind, and Ctrl+C in a plain run (the terminal not in
 * raw mode, so Ctrl+C is a signal there) did too.
 */
import os from 'node:os';

/** Closing the terminal, Ctrl+C outside raw mode (or `kill -INT`), and `kill`. */
const ENDING: readonly NodeJS.Signals[] = ['SIGHUP', 'SIGINT', 'SIGTERM'];

export class EndingSignals {
  /** The first of them that came. */
  signal: NodeJS.Signals | undefined;
  private readonly ends = new Set<(signal: NodeJS.Signals) => void>();

  constructor() {
    // Kept until stop(), not once: a closed terminal sends SIGHUP twice (the kernel to the
    // foreground group, the shell to its jobs), and the second one would end the process
    // before its lock is let go.
    for (const signal of ENDING) process.on(signal, this.onSignal);
  }

  private readonly onSignal = (signal: NodeJS.Signals) => {
    if (this.signal) return;
    this.signal = signal;
    for (const end of this.ends) end(signal);
  };

  /** Calls `end` when one comes (at once if one came already); returns the way to stop listening. */
  whenEnded(end: (signal: NodeJS.Signals) => void): () => void {
    if (this.signal) end(this.signal);
    else this.ends.add(end);
    return () => this.ends.delete(end);
  }

  /** The exit status a shell gives a command ended by the signal: 128 + its number. */
  get exitCode(): number | undefined {
    return this.signal ? 128 + os.constants.signals[this.signal] : undefined;
  }

  stop(): void {
    for (const signal of ENDING) process.off(signal, this.onSignal);
    this.ends.clear();
  }
}

/** What a run waiting for the reader is told when a signal ends it. */
export class EndedBySignal extends Error {
  constructor(readonly signal: NodeJS.Signals) {
    super(`ended by ${signal}`);
  }
}

