/**
 * The built `docflow` in a real terminal (util-linux `script` gives it a pseudo-terminal), as a
 * person's shell starts it: for what only a terminal shows (raw mode's timing, its echo).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach } from 'vitest';
import { ROOT } from './helpers.js';

export const MAIN = path.join(ROOT, 'dist', 'bundle', 'main.cjs');

/** Whether there is a `script` and a built bundle to run in it. */
export const canRunInTerminal = spawnSync('script', ['--version']).status === 0 && fs.existsSync(MAIN);

const started: ChildProcess[] = [];
afterEach(() => {
  for (const child of started.splice(0)) child.kill('SIGKILL');
});

export interface Terminal {
  /** Everything the terminal was sent so far. */
  output(): string;
  type(keys: string): void;
  /** The exit status, once the command ends. */
  ended: Promise<number | null>;
}

/** `docflow <args>` in a 100×30 terminal, its state and cache under `home`, outside CI's variables. */
export function inTerminal(args: readonly string[], home: string): Terminal {
  const person = Object.fromEntries(Object.entries(process.env).filter(([name]) => name !== 'CI' && !name.startsWith('CI_')));
  const command = [process.execPath, MAIN, ...args].map((word) => `'${word}'`).join(' ');
  const script = spawn('script', ['-qfec', command, '/dev/null'], {
    env: { ...person, XDG_STATE_HOME: home, XDG_CACHE_HOME: path.join(home, 'cache'), TERM: 'xterm-256color', LANG: 'C.UTF-8', COLUMNS: '100', LINES: '30' },
    stdio: ['pipe', 'pipe', 'ignore'],
  });
  started.push(script);
  let output = '';
  script.stdout!.on('data', (data: Buffer) => (output += data.toString('utf8')));
  return { output: () => output, type: (keys) => script.stdin!.write(keys), ended: new Promise((resolve) => script.on('exit', resolve)) };
}
