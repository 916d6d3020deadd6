/**
 * Ctrl+Z and `fg` as a shell's job control expects of a full-screen program (less, vim, htop):
 * the terminal is in raw mode, so Ctrl+Z reached the app as a key, and it did nothing; a `kill
 * -TSTP` stopped it on the alternate screen with echo off. Now either gives the shell its screen
 * and its line discipline back, then stops the process; SIGCONT (`fg`, `bg`) takes the terminal
 * again and the app draws its screen whole (App.tsx listens for `continued` on its stdin).
 */
import type { KeyByKeyInput } from '../tui/key-by-key.js';

const SHOW_CURSOR = '\u001b[?25h';
const HIDE_CURSOR = '\u001b[?25l';

export interface Screen {
  /** What takes the app's screen (the alternate screen, bracketed paste). */
  enter: string;
  /** What gives the shell's screen back. */
  leave: string;
}

/** Listens until the returned function is called. `stop` is for tests (the process itself by default). */
export function jobControl(input: KeyByKeyInput, stdout: NodeJS.WritableStream, screen: Screen, stop: () => void = () => process.kill(process.pid, 'SIGSTOP')): () => void {
  const suspend = () => {
    stdout.write(screen.leave + SHOW_CURSOR);
    input.suspendRawMode(true);
    // SIGSTOP, not SIGTSTP: this process listens for SIGTSTP (sent by `kill -TSTP`) to get here.
    stop();
  };
  const resume = () => {
    input.suspendRawMode(false);
    stdout.write(screen.enter + HIDE_CURSOR);
    input.emit('continued');
  };
  input.on('suspend', suspend);
  process.on('SIGTSTP', suspend);
  process.on('SIGCONT', resume);
  return () => {
    input.off('suspend', suspend);
    process.off('SIGTSTP', suspend);
    process.off('SIGCONT', resume);
  };
}
