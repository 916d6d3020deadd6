/**
 * The bundle's commander, terminal-size and signal-exit (scripts/lazy-builtins.mjs) load
 * node:child_process and node:assert only when they use them, and still use them: the command
 * parses, the size is the terminal's, and a wrong argument is still refused by assert's error.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a build script, plain JavaScript.
import { lazyBuiltins } from '../../scripts/lazy-builtins.mjs';
import { bundledText } from '../bundled.js';
import { tempDir } from '../helpers.js';

describe('lazy built-ins in the bundle', () => {
  it('loads child_process and assert only when they are used', async () => {
    const code = await bundledText("export { Command } from 'commander'; export { default as terminalSize } from 'terminal-size'; export { default as onExit } from 'signal-exit';", lazyBuiltins, 'cjs');
    const file = path.join(tempDir(), 'lazy.cjs');
    fs.writeFileSync(file, code);
    const probe = `
      const loaded = (name) => process.moduleLoadList.includes('NativeModule ' + name);
      const { Command, terminalSize, onExit } = require(${JSON.stringify(file)});
      const program = new Command('x').option('--y <z>');
      program.parse(['--y', '1'], { from: 'user' });
      onExit(() => {});
      const size = terminalSize();
      const before = { childProcess: loaded('child_process'), assert: loaded('assert') };
      let refused;
      try { onExit('not a function'); } catch (error) { refused = error.code; }
      console.log(JSON.stringify({ before, y: program.opts().y, size, refused, assertAfter: loaded('assert') }));`;
    const run = spawnSync(process.execPath, ['-e', probe], { encoding: 'utf8', env: { ...process.env, COLUMNS: '123', LINES: '45' } });
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual({ before: { childProcess: false, assert: false }, y: '1', size: { columns: 123, rows: 45 }, refused: 'ERR_ASSERTION', assertAfter: true });
  });
});
