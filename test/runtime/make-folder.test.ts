/**
 * Folders made with their missing parents, as mkdirSync's recursive option makes them (the
 * oracle), and an answer where that option never gives one: a folder that cannot be made in a
 * parent that exists (/proc on Linux) is an error at once, not a loop.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/program.js';
import { makeFolder } from '../../src/runtime/make-folder.js';
import { memoryIo, tempDir } from '../helpers.js';

const dir = tempDir();
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('a folder made with its parents', () => {
  it('is made as the recursive mkdir makes it: missing parents, one there already, the same error for a file in the way', () => {
    makeFolder(path.join(dir, 'a', 'b', 'c'));
    expect(fs.statSync(path.join(dir, 'a', 'b', 'c')).isDirectory()).toBe(true);
    makeFolder(path.join(dir, 'a', 'b', 'c'));
    makeFolder(path.join(dir, 'a'));
    fs.writeFileSync(path.join(dir, 'file'), 'x');
    const code = (run: () => void) => {
      try {
        run();
      } catch (error) {
        return (error as NodeJS.ErrnoException).code;
      }
      return undefined;
    };
    expect(code(() => makeFolder(path.join(dir, 'file', 'sub')))).toBe(code(() => fs.mkdirSync(path.join(dir, 'file', 'sub'), { recursive: true })));
    expect(code(() => makeFolder(path.join(dir, 'file')))).toBe('ENOTDIR');
  });

  it.skipIf(!fs.existsSync('/proc/self'))('says at once that /proc/x cannot be made, where the recursive mkdir of Node 20 never returns', async () => {
    expect(() => makeFolder('/proc/docflow-test/x')).toThrow(/ENOENT/);
    const m = memoryIo();
    expect(await runCli(['checklist', '--all', '--out', '/proc/docflow-test', '--no-cache'], m.io)).toBe(1);
    expect(m.err()).toMatch(/^\/proc\/docflow-test\/.+:1:1 error cannot write it \(ENOENT: its folder cannot be made there\); the file is as it was docflow:write-failed/m);
  });
});
