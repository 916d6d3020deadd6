/**
 * `docflow run` at a terminal ended from outside: a `kill` (SIGTERM) gives the shell its screen
 * back (it stayed on the alternate screen, the last frame on it) and exits as a shell tells it.
 */
import { Console } from 'node:console';
import { PassThrough } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/program.js';
import { memoryIo, removeTempDirs, tempDir } from '../helpers.js';

afterAll(removeTempDirs);

const ENTER_ALTERNATE_SCREEN = '\u001b[?1049h';
const LEAVE_ALTERNATE_SCREEN = '\u001b[?1049l';

describe('the full-screen run ended by SIGTERM', () => {
  it('leaves the alternate screen and exits with 143 (128 + SIGTERM)', async () => {
    // Ink patches the console as `docflow run` has it (vitest's has no Console of its own).
    Object.assign(console, { Console });
    const m = memoryIo({ XDG_STATE_HOME: tempDir(), TERM: 'xterm-256color' });
    Object.assign(m.io.stdout, { isTTY: true, columns: 80, rows: 24 });
    m.io.stdin = Object.assign(new PassThrough(), { isTTY: true, setRawMode: () => {} });
    const code = runCli(['run', 'add-a-new-customer', '--locale', 'en-US', '--restart'], m.io);
    for (let waited = 0; !m.out().includes(ENTER_ALTERNATE_SCREEN) && waited < 10_000; waited += 50) await new Promise((resolve) => setTimeout(resolve, 50));
    await new Promise((resolve) => setTimeout(resolve, 300));
    // A listener of the test's own: Ink's signal-exit then never kills the test runner itself.
    const alive = () => {};
    process.on('SIGTERM', alive);
    try {
      process.emit('SIGTERM', 'SIGTERM');
      expect(await code).toBe(143);
    } finally {
      process.off('SIGTERM', alive);
    }
    expect(m.out().lastIndexOf(LEAVE_ALTERNATE_SCREEN)).toBeGreaterThan(m.out().lastIndexOf(ENTER_ALTERNATE_SCREEN));
  });
});
