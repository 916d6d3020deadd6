/**
 * The bundled CLI's code cache. Each run is a process of its own, as the CLI's are: V8 keeps
 * what one process compiled in memory, so a second compile in the same process would not read
 * the entry at all. The processes run the built module (dist/, made by `npm ci`).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { codeCacheFolder, commandOf } from '../../src/cli/code-cache.js';
import { ROOT, tempDir } from '../helpers.js';

const BUILT = path.join(ROOT, 'dist', 'cli', 'code-cache.js');
const root = tempDir();
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

/** Runs `script` as the CLI is run (its entry saved at exit), and what it printed. */
function run(script: string, folder: string | undefined, flags?: string, sha1?: string): { result: string; used: boolean } {
  const file = path.join(root, 'cli.cjs');
  // Written when it changes, as a build writes the bundle: the same file keeps its time of change.
  if (!fs.existsSync(file) || fs.readFileSync(file, 'utf8') !== script) fs.writeFileSync(file, script);
  const driver = `import { runWithCodeCache } from ${JSON.stringify(BUILT)};
const cli = runWithCodeCache(${JSON.stringify(file)}, ${JSON.stringify(folder)}, 'extract', ${JSON.stringify(flags)}, ${JSON.stringify(sha1)});
process.once('exit', cli.save);
process.stderr.write(String(cli.used));`;
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', driver], { encoding: 'utf8' });
  if (child.status !== 0) throw new Error(child.stderr);
  return { result: child.stdout, used: child.stderr === 'true' };
}

const entries = (folder: string) => (fs.existsSync(folder) ? fs.readdirSync(folder, { recursive: true }).map(String).filter((name) => name.endsWith('.v8')) : []);

describe.skipIf(!fs.existsSync(BUILT))('the code cache', () => {
  it('is made by the first run and used by the next, which computes the same', () => {
    const folder = path.join(root, 'first');
    const script = "const add = (a, b) => a + b; process.stdout.write([add(2, 3), require('node:path').basename(__filename), typeof module.exports].join());";
    expect(run(script, folder)).toEqual({ result: '5,cli.cjs,object', used: false });
    expect(entries(folder)).toHaveLength(1);
    expect(run(script, folder)).toEqual({ result: '5,cli.cjs,object', used: true });
  });

  it('is never wrong: a changed file of the same length runs the new code', () => {
    const folder = path.join(root, 'changed');
    expect(run('process.stdout.write(String(1 + 1));', folder).result).toBe('2');
    expect(run('process.stdout.write(String(1 - 1));', folder)).toEqual({ result: '0', used: false });
    expect(entries(folder)).toHaveLength(2);
  });

  it('is named by the hash its build wrote down, and a file edited since (same length) is another entry', () => {
    const folder = path.join(root, 'built');
    const built = 'b'.repeat(40);
    expect(run('process.stdout.write(String(2 + 2));', folder, undefined, built)).toEqual({ result: '4', used: false });
    expect(run('process.stdout.write(String(2 + 2));', folder, undefined, built)).toEqual({ result: '4', used: true });
    expect(fs.readdirSync(folder)[0]).toContain(built.slice(0, 16));
    expect(run('process.stdout.write(String(2 * 3));', folder, undefined, built)).toEqual({ result: '6', used: false });
    expect(entries(folder)).toHaveLength(2);
  });

  it('a damaged entry is refused, the code still runs, and the entry is made again', () => {
    const folder = path.join(root, 'damaged');
    run('process.stdout.write("ok");', folder);
    const [entry] = entries(folder);
    fs.writeFileSync(path.join(folder, entry!), 'not bytecode');
    expect(run('process.stdout.write("ok");', folder)).toEqual({ result: 'ok', used: false });
    expect(run('process.stdout.write("ok");', folder).used).toBe(true);
  });

  it('is kept by a program that sets V8 flags while it runs, when they are named to it', () => {
    // As memory-budget does when it first collects: a cache made after that is refused at the
    // next start, unless the flags were set before compiling.
    const script = "require('node:v8').setFlagsFromString('--expose-gc'); process.stdout.write('ok');";
    const refused = path.join(root, 'flags-unnamed');
    run(script, refused);
    expect(run(script, refused).used).toBe(false);
    const kept = path.join(root, 'flags-named');
    run(script, kept, '--expose-gc');
    expect(run(script, kept, '--expose-gc')).toEqual({ result: 'ok', used: true });
  });

  it("clears out other builds' entries once they are a week old, and keeps newer ones", () => {
    const folder = path.join(root, 'builds');
    const build = (name: string, days: number) => {
      fs.mkdirSync(path.join(folder, name, 'x'), { recursive: true });
      const then = new Date(Date.now() - days * 86_400_000);
      fs.utimesSync(path.join(folder, name), then, then);
    };
    build('v0-old', 8);
    build('v0-recent', 6);
    run('process.stdout.write("ok");', folder);
    expect(fs.readdirSync(folder).filter((name) => name.startsWith('v0-'))).toEqual(['v0-recent']);
    expect(entries(folder)).toHaveLength(1);
  });

  it('keeps nothing without a folder (--no-cache)', () => {
    const before = fs.readdirSync(root).sort();
    expect(run('process.stdout.write("ok");', undefined)).toEqual({ result: 'ok', used: false });
    expect(fs.readdirSync(root).sort()).toEqual(before);
  });

});

describe('where the code cache goes', () => {
  it('goes where the parse cache goes', () => {
    expect(codeCacheFolder(['list'], { XDG_CACHE_HOME: '/x' })).toBe(path.join('/x', 'docflow', 'code'));
    expect(codeCacheFolder(['list'], { HOME: '/h' })).toBe(path.join('/h', '.cache', 'docflow', 'code'));
    expect(codeCacheFolder(['list', '--cache', 'c'], { HOME: '/h' })).toBe(path.resolve('c', 'code'));
    expect(codeCacheFolder(['list', '--cache=c'], { HOME: '/h' })).toBe(path.resolve('c', 'code'));
    expect(codeCacheFolder(['list', '--no-cache'], { HOME: '/h' })).toBeUndefined();
    expect(codeCacheFolder(['list'], {})).toBeUndefined();
    expect(commandOf(['--cache', '/c', 'run', 'x'])).toBe('run');
    expect(commandOf(['--help'])).toBe('docflow');
  });
});
