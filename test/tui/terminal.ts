/**
 * A fake terminal for Ink, fed the way `docflow run` feeds the real one: through KeyByKeyInput,
 * so a test can write several keys in one chunk as a terminal delivers a burst or a paste.
 * (ink-testing-library's own stdin hands Ink each write as it is, which never shows a burst.)
 */
import { EventEmitter } from 'node:events';
import { createElement, type ReactElement } from 'react';
import { render } from 'ink';
import { KeyByKeyInput } from '../../src/tui/key-by-key.js';
import { KeyGate } from '../../src/tui/components/KeyGate.js';

class Screen extends EventEmitter {
  lastFrame: string | undefined;
  /** Every byte written, as the terminal would receive it. */
  written = '';
  /** Every write, one a frame. */
  frames: string[] = [];
  constructor(
    public columns: number,
    public rows: number,
  ) {
    super();
  }
  write = (frame: string) => {
    this.lastFrame = frame;
    this.written += frame;
    this.frames.push(frame);
    return true;
  };
}

class Keyboard extends EventEmitter {
  readonly isTTY = true;
  /** One chunk, as one read of the terminal. */
  write(data: string): void {
    this.emit('data', data);
  }
  setRawMode(): void {}
  ref(): void {}
  unref(): void {}
  pause(): void {}
  resume(): void {}
}

export interface Terminal {
  stdin: Keyboard;
  lastFrame(): string | undefined;
  /** Every byte written to the screen so far. */
  written(): string;
  /** Every frame drawn so far. */
  frames(): readonly string[];
  /** Keys typed that the app has not taken and drawn yet. */
  pending(): number;
  /** The terminal is resized, as a window drag or a tmux split does. */
  resize(columns: number, rows: number): void;
  unmount(): void;
  /** Settles when the app exits. */
  exited: Promise<unknown>;
}

export function renderTerminal(tree: ReactElement, size = { columns: 100, rows: 40 }): Terminal {
  const stdout = new Screen(size.columns, size.rows);
  const stdin = new Keyboard();
  const input = new KeyByKeyInput(stdin);
  const instance = render(createElement(KeyGate, { input }, tree), {
    stdout: stdout as unknown as NodeJS.WriteStream,
    stderr: new Screen(size.columns, size.rows) as unknown as NodeJS.WriteStream,
    stdin: input as unknown as NodeJS.ReadStream,
    debug: true,
    exitOnCtrlC: false,
    patchConsole: false,
  });
  return {
    stdin,
    lastFrame: () => stdout.lastFrame,
    written: () => stdout.written,
    frames: () => stdout.frames,
    pending: () => input.pending,
    resize: (columns, rows) => {
      stdout.columns = columns;
      stdout.rows = rows;
      stdout.emit('resize');
    },
    exited: instance.waitUntilExit(),
    unmount: () => {
      instance.unmount();
      input.close();
    },
  };
}
