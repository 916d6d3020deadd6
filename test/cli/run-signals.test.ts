/**
 * `docflow run` in a real terminal (a pseudo-terminal from util-linux `script`, the real binary in
 * it) ended from outside: the terminal window closed (its pseudo-terminal gone: SIGHUP), or
 * Ctrl+C in the plain walkthrough, where the terminal is not in raw mode and Ctrl+C is SIGINT.
 * Each time the run's progress is kept, its flow's lock is let go (another docflow finds no
 * "open in another docflow"), and Node does not abort on the terminal that is gone.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { processAlive } from '../../src/catalog/process-alive.js';
import { ROOT, tempDir } from '../helpers.js';

const MAIN = path.join(ROOT, 'dist', 'bundle', 'main.cjs');
const haveScript = spawnSync('script', ['--version']).status === 0;

interface Window {
  script: ChildProcess;
  screen: () => string;
  type: (keys: string) => void;
  /** The exit status `script` passes on (the command's), once it ends. */
  ended: Promise<number | null>;
}

const opened: Window[] = [];
afterEach(() => {
  for (const window of opened.splice(0)) window.script.kill('SIGKILL');
});

// A person at a terminal even under CI: Ink draws nothing until the end when CI is set at all.
const person = Object.fromEntries(Object.entries(process.env).filter(([name]) => name !== 'CI' && !name.startsWith('CI_')));

/** A terminal window running `docflow run …`, its standard error in `errors` (a file, to read after the window is gone). */
function terminal(args: string[], state: string, errors: string, pipe = ''): Window {
  const command = [process.execPath, MAIN, 'run', ...args].map((word) => `'${word}'`).join(' ');
  const script = spawn('script', ['-qfec', `${command} 2> '${errors}'${pipe}`, '/dev/null'], {
    env: { ...person, XDG_STATE_HOME: state, XDG_CACHE_HOME: path.join(state, 'cache'), TERM: 'xterm-256color', LANG: 'C.UTF-8', COLUMNS: '100', LINES: '30' },
    stdio: ['pipe', 'pipe', 'ignore'],
  });
  let output = '';
  script.stdout!.on('data', (data: Buffer) => (output += data.toString('utf8')));
  // Keys typed at a window that has closed go nowhere (EPIPE), as they would.
  script.stdin!.on('error', () => {});
  const window: Window = {
    script,
    screen: () => output,
    type: (keys) => script.stdin!.write(keys),
    ended: new Promise((resolve) => script.on('exit', (code) => resolve(code))),
  };
  opened.push(window);
  return window;
}

async function until(what: string, test: () => boolean, ms = 15_000): Promise<void> {
  for (const start = Date.now(); !test(); ) {
    if (Date.now() - start > ms) throw new Error(`waited ${ms} ms for ${what}: ${opened[0]?.screen().slice(-2000)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const runs = (state: string) => path.join(state, 'docflow', 'runs');
const lock = (state: string) => path.join(runs(state), 'add-a-new-customer.lock');
const savedValues = (state: string): Record<string, unknown> | undefined => {
  try {
    return JSON.parse(fs.readFileSync(path.join(runs(state), 'add-a-new-customer.json'), 'utf8')).snapshot.context.values;
  } catch {
    return undefined;
  }
};

describe.skipIf(!haveScript || !fs.existsSync(MAIN))('docflow run ended from outside, in a real terminal', () => {
  it('full-screen: the terminal window closed on step 2 keeps what was entered and lets go of the lock', async () => {
    const state = tempDir();
    const errors = path.join(state, 'stderr.txt');
    const window = terminal(['add-a-new-customer', '--locale', 'en-US', '--restart'], state, errors);
    await until('step 1', () => window.screen().includes('Step 1 of 5'));
    window.type('\r');
    await until('step 2', () => window.screen().includes('Step 2 of 5'));
    window.type('Contoso\r');
    await until('the company saved', () => savedValues(state)?.['company-name'] === 'Contoso');
    const pid = Number(fs.readFileSync(lock(state), 'utf8'));
    // The window closed: its pseudo-terminal goes, and docflow is hung up.
    window.script.kill('SIGKILL');
    await until('docflow to end', () => !processAlive(pid));
    expect(fs.existsSync(lock(state))).toBe(false);
    expect(savedValues(state)).toEqual({ 'company-name': 'Contoso' });
    expect(fs.readFileSync(errors, 'utf8')).not.toMatch(/Assertion failed|internal error|Error:/);
  }, 40_000);

  it('plain: Ctrl+C at a prompt exits 130 with the run saved, its lock let go', async () => {
    const state = tempDir();
    const errors = path.join(state, 'stderr.txt');
    const window = terminal(['add-a-new-customer', '--locale', 'en-US', '--restart', '--plain'], state, errors);
    await until('the first prompt', () => fs.existsSync(errors) && fs.readFileSync(errors, 'utf8').includes('quit ›'));
    window.type('\r');
    await until('the first field', () => fs.readFileSync(errors, 'utf8').includes('Company name:'));
    window.type('Contoso\r');
    await until('the company saved', () => savedValues(state)?.['company-name'] === 'Contoso');
    expect(fs.existsSync(lock(state))).toBe(true);
    window.type('\u0003');
    expect(await window.ended).toBe(130);
    expect(fs.existsSync(lock(state))).toBe(false);
    expect(savedValues(state)).toEqual({ 'company-name': 'Contoso' });
  }, 40_000);

  it('plain piped to a reader that stops early (`| head -3`): no lock is left behind', async () => {
    const state = tempDir();
    const window = terminal(['add-a-new-customer', '--locale', 'en-US', '--plain'], state, path.join(state, 'stderr.txt'), ' | head -3');
    // The step is written after head has its three lines: docflow meets the closed pipe and ends.
    await window.ended;
    expect(window.screen()).toContain('Applies to');
    expect(fs.existsSync(runs(state)) ? fs.readdirSync(runs(state)) : []).toEqual([]);
  }, 40_000);

  it('plain piped to a reader that left after the first prompt: ends at once, with no key typed', async () => {
    // head reads a second late, when all up to the first prompt is written: the run then waits for
    // a key and writes nothing, so no EPIPE told it; before, it waited for a key typed to nobody.
    const state = tempDir();
    const errors = path.join(state, 'stderr.txt');
    // The reader starts once the flow is open (its lock taken) and its first step written.
    const reader = ` | (until [ -e '${lock(state)}' ]; do sleep 0.1; done; sleep 1; head -3)`;
    const window = terminal(['add-a-new-customer', '--locale', 'en-US', '--plain', '--restart'], state, errors, reader);
    expect(await within(10_000, window.ended)).toBe(0);
    expect(window.screen()).toContain('Applies to');
    expect(fs.readFileSync(errors, 'utf8')).toBe('');
    expect(fs.existsSync(runs(state)) ? fs.readdirSync(runs(state)) : []).toEqual([]);
  }, 40_000);

  it('plain with its input a pipe that stays open, its reader gone: ends at once too', async () => {
    const state = tempDir();
    const status = path.join(state, 'status');
    const env = { ...person, XDG_STATE_HOME: state, XDG_CACHE_HOME: path.join(state, 'cache') };
    // Its cache made first, so that all up to the first question is written before head reads (2 s later).
    spawnSync(process.execPath, [MAIN, 'list'], { env, stdio: 'ignore' });
    const command = `sleep 30 | { '${process.execPath}' '${MAIN}' run add-a-new-customer --locale en-US --plain 2> '${state}/stderr.txt'; echo $? > '${status}'; } | (sleep 2; head -3) > /dev/null`;
    const shell = spawn('sh', ['-c', command], { env, stdio: 'ignore', detached: true });
    try {
      await until('docflow to end', () => fs.existsSync(status) && fs.readFileSync(status, 'utf8') !== '', 12_000);
      expect(fs.readFileSync(status, 'utf8').trim()).toBe('0');
      expect(fs.readFileSync(path.join(state, 'stderr.txt'), 'utf8')).toBe('');
    } finally {
      process.kill(-shell.pid!, 'SIGKILL');
    }
  }, 40_000);
});

/** `promise`, or a failure after `ms`. */
function within<T>(ms: number, promise: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`not ended within ${ms} ms`)), ms)));
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}
