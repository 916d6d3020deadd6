/**
 * Where a command writes, and what it knows of its terminal: injected, so tests run the real
 * commands in memory. Everything printed passes `sanitize`: document text never brings raw
 * control characters to a terminal.
 */
import { escapedJson } from '../text/escaped-json.js';
import { problemText, type ProblemPlace } from '../text/problem-line.js';
import { sanitize } from '../text/sanitize.js';
import { readTypedAhead } from './typed-ahead.js';

export interface Io {
  stdout: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  stderr: NodeJS.WritableStream;
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
  /** What the terminal holds unread now (keys typed before raw mode): see typed-ahead.ts. */
  typedAhead?: () => Buffer;
}

export function processIo(): Io {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    // Made when first asked for: a stdin that is a file or /dev/null is an fs stream, whose
    // making loads fs/promises, readline and streams (~4 ms of every command's start).
    get stdin() {
      return process.stdin;
    },
    env: process.env,
    typedAhead: () => readTypedAhead(0),
  };
}

export function print(io: Io, text: string): void {
  io.stdout.write(sanitize(text.endsWith('\n') ? text : `${text}\n`));
}

/** A value printed as JSON (indented by `space`), every character of it kept (see escaped-json.ts). */
export function printJson(io: Io, value: unknown, space?: number): void {
  print(io, escapedJson(value, space));
}

export function warn(io: Io, text: string): void {
  io.stderr.write(sanitize(text.endsWith('\n') ? text : `${text}\n`));
}

/** Interactive only when both ends are terminals: piped or CI runs get plain output, no prompts. */
export function interactive(io: Io): boolean {
  return Boolean(io.stdout.isTTY && io.stdin.isTTY) && !inCi(io.env);
}

/**
 * Under CI as Ink tells it (is-in-ci): `CI` or `CONTINUOUS_INTEGRATION` set, to anything but 0
 * or false. docflow must read it the same way: with `CI=` (set, empty) it opened the full-screen
 * UI, and Ink, taking that for CI, drew nothing until the app ended (a blank screen); `CI=false`
 * gave plain text at a terminal.
 */
export function inCi(env: NodeJS.ProcessEnv): boolean {
  const set = (name: string) => name in env && env[name] !== '0' && env[name] !== 'false';
  return set('CI') || set('CONTINUOUS_INTEGRATION');
}

/** A failure the user can act on: printed as a message, never as a stack trace. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2 = 1,
  ) {
    super(message);
  }
}

/**
 * A usage error about a file the user gave, said as every problem is
 * (`file:line:column error message docflow:rule`), so that a CI annotation points at the file.
 */
export class FileProblem extends CliError {
  constructor(place: ProblemPlace, reason: string, rule: string) {
    super(problemText(place, 'error', reason, rule), 2);
  }
}
