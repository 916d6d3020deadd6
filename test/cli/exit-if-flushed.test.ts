/**
 * The CLI exits as soon as a command is done, not when the event loop runs dry, but never before
 * what it printed has reached its reader: a pipe that takes the output slowly gets all of it,
 * and the exit code is the command's.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { exitIfFlushed } from '../../src/cli/exit-if-flushed.js';
import { ROOT } from '../helpers.js';

const MAIN = path.join(ROOT, 'dist', 'bundle', 'main.cjs');
const ARTICLE = path.join(ROOT, 'test', 'fixtures', 'fr-FR', 'incentives-create-and-manage-your-payout-and-tax-profiles.md');

/** A stream holding `bytes` not yet taken by its reader, which takes them in 5 ms. */
function behind(bytes: number, highWaterMark: number): Writable {
  const stream = new Writable({ highWaterMark, write: (_chunk, _encoding, done) => setTimeout(done, 5) });
  stream.write(Buffer.alloc(bytes));
  return stream;
}

describe('exitIfFlushed', () => {
  it('exits at once, with the code, when nothing is waiting to be written', () => {
    const exits: number[] = [];
    exitIfFlushed(3, [new PassThrough(), new PassThrough()], (code) => exits.push(code));
    expect(exits).toEqual([3]);
  });

  it('leaves the end to the event loop while any output is still being written, full buffer or not', async () => {
    const exits: number[] = [];
    // One write past the buffer (a `drain` follows), one within it (none does).
    const [full, short] = [behind(10, 1), behind(10, 1 << 14)];
    exitIfFlushed(1, [new PassThrough(), full], (code) => exits.push(code));
    exitIfFlushed(1, [short], (code) => exits.push(code));
    expect(exits).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect([full.writableLength, short.writableLength]).toEqual([0, 0]);
    expect(exits).toEqual([]);
  });
});

describe.skipIf(!fs.existsSync(MAIN))('the built CLI', () => {
  it('gives a slow reader all of a long output, then its exit code', async () => {
    // A document's JSON of 130 KB: more than a pipe holds.
    const args = [MAIN, 'parse', '--json', ARTICLE];
    const expected = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 24 });
    expect(expected.status).toBe(0);
    expect(expected.stdout.length).toBeGreaterThan(1 << 16);
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'ignore'] });
    // A reader that takes a pipeful and pauses: the program's writes wait behind it.
    const chunks: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => {
      chunks.push(chunk);
      child.stdout.pause();
      setTimeout(() => child.stdout.resume(), 10);
    });
    const [code] = await Promise.all([new Promise<number | null>((resolve) => child.on('exit', resolve)), new Promise((resolve) => child.stdout.on('end', resolve))]);
    expect(code).toBe(0);
    expect(Buffer.concat(chunks).toString('utf8')).toBe(expected.stdout);
    expect(JSON.parse(expected.stdout)).toMatchObject({ locale: 'fr-FR' });
  });

  it('says what went wrong and exits 2 when the command is misused', () => {
    const child = spawnSync(process.execPath, [MAIN, 'parse', path.join(ROOT, 'no-such-article.md')], { encoding: 'utf8' });
    expect(child.status).toBe(2);
    expect(child.stderr).toMatch(/no-such-article\.md: no such file or folder/);
  });
});
