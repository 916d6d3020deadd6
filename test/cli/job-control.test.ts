/**
 * Ctrl+Z in the full-screen app: the shell's screen and line discipline given back before the
 * process stops, and taken again on `fg` (SIGCONT), the app told to draw its screen whole.
 * In tmux too: test/e2e/tmux.sh, section 6.
 */
import { EventEmitter } from 'node:events';
import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { jobControl } from '../../src/cli/job-control.js';
import { KeyByKeyInput } from '../../src/tui/key-by-key.js';

class Terminal extends EventEmitter {
  isTTY = true;
  raw: boolean[] = [];
  setRawMode(mode: boolean) {
    this.raw.push(mode);
  }
}

const SCREEN = { enter: '<enter>', leave: '<leave>' };
let done = () => {};
afterEach(() => done());

function suspendable() {
  const terminal = new Terminal();
  const input = new KeyByKeyInput(terminal).holdRawMode();
  const stdout = new PassThrough();
  let written = '';
  stdout.on('data', (chunk: Buffer) => (written += chunk.toString()));
  const stops: string[] = [];
  const stop = jobControl(input, stdout, SCREEN, () => void stops.push(written));
  done = () => {
    stop();
    input.close();
  };
  return { terminal, input, stops, written: () => written };
}

describe('Ctrl+Z in the full-screen app', () => {
  it('gives the shell its screen, the cursor and cooked mode back, then stops; fg takes them again and redraws', async () => {
    const { terminal, input, stops, written } = suspendable();
    const continued: number[] = [];
    input.on('continued', () => continued.push(1));
    terminal.emit('data', Buffer.from('\u001a'));
    await new Promise((resolve) => setImmediate(resolve));
    // Stopped once, with the alternate screen left and the cursor shown first.
    expect(stops).toEqual(['<leave>\u001b[?25h']);
    expect(terminal.raw.at(-1)).toBe(false);
    process.emit('SIGCONT', 'SIGCONT');
    expect(terminal.raw.at(-1)).toBe(true);
    expect(written()).toBe('<leave>\u001b[?25h<enter>\u001b[?25l');
    expect(continued).toHaveLength(1);
  });

  it('is not a key the screens get (it typed nothing in a field before), and a pasted one is not a stop', async () => {
    const { terminal, input, stops } = suspendable();
    const keys: string[] = [];
    input.on('readable', () => {
      let key;
      while ((key = input.read()) !== null) keys.push(key);
    });
    terminal.emit('data', Buffer.from('a\u001ab\u001b[200~x\u001ay\u001b[201~'));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(keys).toEqual(['a', 'b', 'xy']);
    expect(stops).toHaveLength(1);
  });

  it('stops the same way when sent SIGTSTP from outside (kill -TSTP), rather than freeze on the alternate screen', () => {
    const { terminal, stops } = suspendable();
    process.emit('SIGTSTP', 'SIGTSTP');
    expect(stops).toEqual(['<leave>\u001b[?25h']);
    expect(terminal.raw.at(-1)).toBe(false);
  });
});
