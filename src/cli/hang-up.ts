/**
 * A process whose terminal closed ends by SIGHUP, as the shell expects of a hung-up command
 * (status 129), not by an exit: Node's exit puts the terminal's modes back as it found them, and
 * on a terminal that is gone that fails and aborts Node (an assertion in ResetStdio, a native
 * stack and a core dump), after the run had saved and let go of its lock.
 */
import tty from 'node:tty';

/** The standard streams that are terminals now; `endIfHungUp` then ends the process if one is gone. */
export function hangUpGuard(): { endIfHungUp: () => boolean } {
  const terminals = [0, 1, 2].filter((fd) => tty.isatty(fd));
  return {
    endIfHungUp: () => {
      // A hung-up terminal answers no terminal request: isatty says no.
      if (terminals.every((fd) => tty.isatty(fd))) return false;
      // SIGHUP's default action: the listeners off (Ink's signal-exit may have left one).
      process.removeAllListeners('SIGHUP');
      process.kill(process.pid, 'SIGHUP');
      return true;
    },
  };
}
