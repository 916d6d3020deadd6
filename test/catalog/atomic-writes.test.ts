/**
 * Writes survive being killed: every file is old or new, never half; a rerun completes and
 * sweeps what the killed runs left; a target that cannot be written is one clear problem line.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/program.js';
import { WriteError, writeChunksAtomic, writeFileAtomic } from '../../src/catalog/write-file.js';
import { DeferredWrites } from '../../src/catalog/deferred-writes.js';
import { contentHash } from '../../src/catalog/cache-file.js';
import { CONTENT, ROOT, memoryIo, tempDir } from '../helpers.js';

const BIN = path.join(ROOT, 'dist', 'bundle', 'main.cjs');
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

  it('writes behind the caller: every file in place when settled, one that cannot be written named, the others kept', async () => {
    const dir = path.join(root, 'deferred');
    fs.mkdirSync(path.join(dir, 'b.json'), { recursive: true }); // a folder where a file should go
    fs.writeFileSync(path.join(dir, 'same.json'), 'as before\n');
    const writes = new DeferredWrites();
    expect(writes.write(path.join(dir, 'same.json'), 'as before\n')).toBe(false);
    const names = Array.from({ length: 300 }, (_, i) => `n/${i}.json`);
    for (const [i, name] of names.entries()) {
      expect(writes.write(path.join(dir, name), `${i}\n`)).toBe(true);
      if (i % 50 === 0) await writes.room();
    }
    writes.write(path.join(dir, 'b.json'), '{}\n');
    const error = await writes.settle().then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(WriteError);
    expect((error as WriteError).message).toMatch(/b\.json:1:1 error cannot write it \(EISDIR: it is a folder\); the file is as it was docflow:write-failed/);
    for (const [i, name] of names.entries()) expect(fs.readFileSync(path.join(dir, name), 'utf8')).toBe(`${i}\n`);
    expect(files(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('writes a long text at once, and still tells its failure when settled', async () => {
    const dir = path.join(root, 'long');
    fs.mkdirSync(path.join(dir, 'folder.json'), { recursive: true });
    const long = `${'é'.repeat(1.5 * 1024 * 1024)}\n`;
    const writes = new DeferredWrites();
    expect(writes.write(path.join(dir, 'long.json'), long)).toBe(true);
    // In place before any turn of the event loop: the text need not be held for a write behind.
    expect(fs.readFileSync(path.join(dir, 'long.json'), 'utf8')).toBe(long);
    expect(writes.write(path.join(dir, 'long.json'), long)).toBe(false);
    writes.write(path.join(dir, 'folder.json'), long);
    const error = await writes.settle().then(() => undefined, (e: unknown) => e);
    expect((error as WriteError).message).toMatch(/folder\.json:1:1 error cannot write it \(EISDIR: it is a folder\)/);
    expect(files(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('writes a long text made in pieces as it is made: in place at once, hashed, untouched when the same, its failure told when settled', async () => {
    const dir = path.join(root, 'long-pieces');
    fs.mkdirSync(path.join(dir, 'folder.json'), { recursive: true });
    let made = 0;
    // 1.2 million characters in 12,000 pieces, counted as they are asked for.
    function* pieces() {
      for (let i = 0; i < 12_000; i++) {
        made++;
        yield `${String(i).padStart(6, '0')} é’${'x'.repeat(91)}\n`;
      }
    }
    const whole = [...pieces()].join('');
    made = 0;
    const writes = new DeferredWrites();
    const file = path.join(dir, 'long.json');
    const first = writes.writePieces(file, pieces());
    expect(made).toBe(12_000);
    expect(first).toEqual({ changed: true, hash: contentHash(whole) });
    // In place before any turn of the event loop: nothing is held for a write behind.
    expect(fs.readFileSync(file, 'utf8')).toBe(whole);
    const inode = fs.statSync(file).ino;
    expect(writes.writePieces(file, pieces())).toEqual({ changed: false, hash: contentHash(whole) });
    expect(fs.statSync(file).ino).toBe(inode);
    // A short text in pieces goes behind, as write() does.
    expect(writes.writePieces(path.join(dir, 'short.json'), ['{', '}\n'])).toEqual({ changed: true, hash: contentHash('{}\n') });
    expect(writes.writePieces(path.join(dir, 'folder.json'), pieces()).changed).toBe(true);
    const error = await writes.settle().then(() => undefined, (e: unknown) => e);
    expect((error as WriteError).message).toMatch(/folder\.json:1:1 error cannot write it \(EISDIR: it is a folder\)/);
    expect(fs.readFileSync(path.join(dir, 'short.json'), 'utf8')).toBe('{}\n');
    expect(fs.readFileSync(file, 'utf8')).toBe(whole);
    expect(files(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('writes a text that comes in pieces the same way: whole or not at all, untouched when the same', async () => {
    const dir = path.join(root, 'pieces');
    fs.mkdirSync(path.join(dir, 'folder.xlf'), { recursive: true });
    async function* pieces(...texts: string[]) {
      for (const text of texts) yield text;
    }
    const file = path.join(dir, 'all.xlf');
    expect(await writeChunksAtomic(file, pieces('<a>', 'é', '</a>\n'))).toBe(true);
    expect(fs.readFileSync(file, 'utf8')).toBe('<a>é</a>\n');
    const inode = fs.statSync(file).ino;
    expect(await writeChunksAtomic(file, pieces('<a>é', '</a>\n'))).toBe(false);
    expect(fs.statSync(file).ino).toBe(inode);
    // A longer or shorter text is another text, however it starts.
    expect(await writeChunksAtomic(file, pieces('<a>é</a>\n', 'more'))).toBe(true);
    expect(await writeChunksAtomic(file, pieces('<a>é'))).toBe(true);
    expect(fs.readFileSync(file, 'utf8')).toBe('<a>é');
    const error = await writeChunksAtomic(path.join(dir, 'folder.xlf'), pieces('x')).then(() => undefined, (e: unknown) => e);
    expect((error as WriteError).message).toMatch(/folder\.xlf:1:1 error cannot write it \(EISDIR: it is a folder\); the file is as it was docflow:write-failed/);
    expect(files(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('says which file cannot be written, with a rule id and exit 1, never a stack trace', async () => {
    const blocker = path.join(root, 'a-file');
    fs.writeFileSync(blocker, '');
    for (const format of ['text', 'json']) {
      const m = memoryIo();
      const code = await runCli(['extract', '--content', CONTENT, '--locales', path.join(blocker, 'locales'), '--no-cache', '--format', format], m.io);
      expect(code).toBe(1);
      expect(m.err()).toMatch(/a-file\/locales\/.+:1:1 error cannot write it \(ENOTDIR: a part of the path is a file, not a folder\); the file is as it was docflow:write-failed/);
      expect(m.err()).not.toContain('    at ');
    }
  });

  it('one writer per folder: a held folder is said, a lock left by a killed run is taken over', async () => {
    const locales = path.join(root, 'locked');
    fs.mkdirSync(locales, { recursive: true });
    const holder = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 20000)'], { stdio: 'ignore' });
    try {
      fs.writeFileSync(path.join(locales, '.docflow.lock'), `${holder.pid}\n`);
      const m = memoryIo({ DOCFLOW_LOCK_WAIT_MS: '300' });
      const code = await runCli(['extract', '--content', CONTENT, '--locales', locales, '--no-cache'], m.io);
      expect(code).toBe(1);
      expect(m.err()).toContain(`${locales}:1:1 error another docflow (process ${holder.pid}) is writing this folder; run again when it is done docflow:folder-busy`);
      expect(files(locales).filter((f) => f.endsWith('.json'))).toEqual([]);
    } finally {
      holder.kill('SIGKILL');
    }
    fs.writeFileSync(path.join(locales, '.docflow.lock'), `${deadPid()}\n`);
    expect(await runCli(['extract', '--content', CONTENT, '--locales', locales, '--no-cache'], memoryIo().io)).toBe(0);
    expect(fs.existsSync(path.join(locales, '.docflow.lock'))).toBe(false);
  });

  it.skipIf(!fs.existsSync(BIN))('two extracts into one folder at once both finish, and the files are as one run writes them', async () => {
    const locales = path.join(root, 'together');
    const reference = path.join(root, 'reference-2');
    spawnSync(process.execPath, [BIN, 'extract', '--content', CONTENT, '--locales', reference, '--no-cache']);
    const run = () => new Promise<number | null>((resolve) => spawn(process.execPath, [BIN, 'extract', '--content', CONTENT, '--locales', locales, '--no-cache'], { stdio: 'ignore' }).on('exit', resolve));
    expect(await Promise.all([run(), run()])).toEqual([0, 0]);
    const names = files(locales).map((f) => path.relative(locales, f)).sort();
    expect(names).toEqual(files(reference).map((f) => path.relative(reference, f)).sort());
    for (const name of names) expect(fs.readFileSync(path.join(locales, name), 'utf8')).toBe(fs.readFileSync(path.join(reference, name), 'utf8'));
  }, 60_000);

  it.skipIf(!fs.existsSync(BIN))('apply killed with SIGKILL leaves each article as it was or as apply writes it, and a rerun finishes it', async () => {
    const edited = 'Dans le menu **Tableau de bord**, sélectionnez **Clients**, puis **Ajouter un client**.';
    /** The bundled content with its resources extracted and one French sentence edited by a translator. */
    const prepared = (name: string) => {
      const content = path.join(root, name, 'content');
      const locales = path.join(root, name, 'locales');
      fs.cpSync(CONTENT, content, { recursive: true });
      const extracted = spawnSync(process.execPath, [BIN, 'extract', '--content', content, '--locales', locales, '--no-cache'], { timeout: 60_000 });
      expect(extracted.status, `extract for ${name}`).toBe(0);
      const resource = path.join(locales, 'fr-FR', 'add-a-new-customer.json');
      const messages = JSON.parse(fs.readFileSync(resource, 'utf8')) as Record<string, string>;
      messages['proc-1.step-1.110'] = edited;
      fs.writeFileSync(resource, JSON.stringify(messages, null, 2));
      return { content, locales, article: path.join(content, 'fr-FR', 'add-a-new-customer.md') };
    };
    const apply = (at: { content: string; locales: string }) => spawn(process.execPath, [BIN, 'apply', '--content', at.content, '--locales', at.locales, '--no-cache'], { stdio: 'ignore' });
    // An apply that never ends is said as such, not as the test's timeout.
    const ended = (child: ReturnType<typeof apply>, what: string) =>
      new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`${what} did not end in 60 s`)), 60_000);
        child.on('exit', (code) => {
          clearTimeout(timer);
          resolve(code);
        });
      });
    const reference = prepared('apply-reference');
    const before = fs.readFileSync(reference.article, 'utf8');
    await ended(apply(reference), 'apply of the reference');
    const after = fs.readFileSync(reference.article, 'utf8');
    expect(after).toContain(edited);
    for (let round = 0; round < 6; round++) {
      const at = prepared(`apply-${round}`);
      const child = apply(at);
      // Its end listened for from the start: an apply done before the kill (on a fast run) ended
      // unheard, and the test waited for an exit already past (CI ran out of its minutes so).
      const killed = ended(child, `apply killed in round ${round}`);
      await new Promise((resolve) => setTimeout(resolve, 60 + ((round * 131) % 500)));
      child.kill('SIGKILL');
      await killed;
      expect([before, after]).toContain(fs.readFileSync(at.article, 'utf8'));
      await ended(apply(at), `apply after the kill in round ${round}`);
      expect(fs.readFileSync(at.article, 'utf8')).toBe(after);
      expect(files(path.dirname(at.article)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    }
  }, 120_000);
});
