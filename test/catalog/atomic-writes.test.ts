/**
 * Writes survive being killed: every file is old or new, never half; a rerun completes and
 * sweeps what the killed runs left; a target that cannot be written is one clear problem line.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/program.js';
import { writeFileAtomic } from '../../src/catalog/write-file.js';
import { CONTENT, ROOT, memoryIo, tempDir } from '../helpers.js';

const BIN = path.join(ROOT, 'dist', 'bundle', 'main.js');
const root = tempDir();
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

const files = (dir: string): string[] => (fs.existsSync(dir) ? fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name)) : []);

/** A pid that surely belongs to no process: one that has just ended. */
function deadPid(): number {
  return Number(spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout);
}

describe('atomic writes', () => {
  it.skipIf(!fs.existsSync(BIN))('extract killed with SIGKILL at random points leaves every file whole, and a rerun completes', async () => {
    const locales = path.join(root, 'killed');
    const extract = () => spawn(process.execPath, [BIN, 'extract', '--content', CONTENT, '--locales', locales, '--no-cache'], { stdio: 'ignore' });
    const reference = path.join(root, 'reference');
    spawnSync(process.execPath, [BIN, 'extract', '--content', CONTENT, '--locales', reference, '--no-cache']);
    for (let round = 0; round < 8; round++) {
      const child = extract();
      await new Promise((resolve) => setTimeout(resolve, 40 + ((round * 97) % 400)));
      child.kill('SIGKILL');
      await new Promise((resolve) => child.on('exit', resolve));
      for (const file of files(locales).filter((f) => f.endsWith('.json'))) expect(() => JSON.parse(fs.readFileSync(file, 'utf8')), file).not.toThrow();
    }
    const rerun = spawnSync(process.execPath, [BIN, 'extract', '--content', CONTENT, '--locales', locales, '--no-cache']);
    expect(rerun.status).toBe(0);
    const written = files(locales).map((f) => path.relative(locales, f)).sort();
    expect(written.filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(written).toEqual(files(reference).map((f) => path.relative(reference, f)).sort());
    for (const name of written) expect(fs.readFileSync(path.join(locales, name), 'utf8')).toBe(fs.readFileSync(path.join(reference, name), 'utf8'));
  }, 60_000);

  it('removes the temporary files of a dead process, and keeps a live one’s', () => {
    const dir = path.join(root, 'sweep');
    fs.mkdirSync(dir, { recursive: true });
    const stale = path.join(dir, `.a.json.${deadPid()}.tmp`);
    const live = path.join(dir, `.b.json.${process.ppid}.x1y2z3.tmp`);
    fs.writeFileSync(stale, '{"half');
    fs.writeFileSync(live, '{"being written');
    expect(writeFileAtomic(path.join(dir, 'c.json'), '{}\n')).toBe(true);
    expect(fs.existsSync(stale)).toBe(false);
    expect(fs.existsSync(live)).toBe(true);
  });

  it('says which file cannot be written, with a rule id and exit 1, never a stack trace', async () => {
    const blocker = path.join(root, 'a-file');
    fs.writeFileSync(blocker, '');
    for (const format of ['text', 'json']) {
      const m = memoryIo();
      const code = await runCli(['extract', '--content', CONTENT, '--locales', path.join(blocker, 'locales'), '--no-cache', '--format', format], m.io);
      expect(code).toBe(1);
      expect(m.err()).toMatch(/a-file\/locales\/.+\.json:1:1 error cannot write it \(ENOTDIR: a part of the path is a file, not a folder\); the file is as it was docflow:write-failed/);
      expect(m.err()).not.toContain('    at ');
    }
  });
});
