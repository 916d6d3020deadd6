/**
 * A cold `docflow run` of a large repository read its articles for seconds on a blank screen: a
 * person took it for a hang. Now a line says it is reading them ("Lecture des articles… 120/352"),
 * in the reader's language, only when the load lasts, and is gone before the picker is drawn.
 */
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LoadingLine } from '../../src/cli/loading-line.js';
import { manyArticles, removeTempDirs } from '../helpers.js';
import { canRunInTerminal, inTerminal } from '../real-terminal.js';

afterAll(removeTempDirs);

/** A terminal `columns` wide that keeps what it is sent, and a clock the test moves. */
function drawn(columns: number, plain: boolean) {
  let written = '';
  let now = 0;
  const line = new LoadingLine({
    out: { columns, write: (text: string) => ((written += text), true) } as unknown as NodeJS.WritableStream & { columns: number },
    text: (progress) => (progress ? `正在读取文章… ${progress.done}/${progress.total}` : '正在读取文章…'),
    plain,
    now: () => now,
  });
  return { line, written: () => written, at: (ms: number) => (now = ms) };
}

describe('the line a long load shows', () => {
  it('shows nothing while the load is fast', () => {
    const { line, written, at } = drawn(80, false);
    at(250);
    line.update({ done: 300, total: 352 });
    line.clear();
    expect(written()).toBe('');
  });

  it('says how far it is, redrawn at most every 100 ms, then erased', () => {
    const { line, written, at } = drawn(80, false);
    at(320);
    line.update({ done: 120, total: 352 });
    at(360);
    line.update({ done: 130, total: 352 });
    at(430);
    line.update({ done: 140, total: 352 });
    line.clear();
    expect(written()).toBe('\r正在读取文章… 120/352\u001b[K\r正在读取文章… 140/352\u001b[K\r\u001b[K');
  });

  it('is plain on a dumb terminal: carriage returns and spaces, erased by spaces', () => {
    const { line, written, at } = drawn(80, true);
    at(400);
    line.update({ done: 120, total: 352 });
    at(600);
    line.update(undefined);
    line.clear();
    expect(written()).not.toContain('\u001b');
    // 正在读取文章… 120/352 takes 21 columns: the shorter line is padded over it, then all of it blanked.
    expect(written()).toBe(`\r正在读取文章… 120/352\r正在读取文章…${' '.repeat(8)}\r${' '.repeat(13)}\r`);
  });

  it('keeps to one row of a narrow terminal, a wide character never split', () => {
    const { line, written, at } = drawn(12, true);
    at(400);
    line.update({ done: 120, total: 352 });
    expect(written()).toBe('\r正在读取文…');
  });
});

describe.skipIf(!canRunInTerminal)('a cold docflow run of a large repository, in a real terminal', () => {
  // French articles (manyArticles(…, 'fr-FR')), so that --locale fr-FR is one of the content's.
  const args = (root: string) => ['run', '--content', path.join(root, 'content'), '--locales', path.join(root, 'locales'), '--locale', 'fr-FR'];

  it('says in the reader’s language that it is reading them, and erases it before the picker', async () => {
    const root = manyArticles(400, 'fr-FR');
    const terminal = inTerminal(args(root), root);
    while (!terminal.output().includes('\u001b[?1049h') && !terminal.output().includes('docflow:')) await new Promise((resolve) => setTimeout(resolve, 50));
    terminal.type('\u001b');
    await terminal.ended;
    const [before] = terminal.output().split('\u001b[?1049h');
    expect(before).toMatch(/Lecture des articles… \d+\/400/);
    // Erased last: the shell's screen keeps nothing of it when the app is left.
    expect(before!.endsWith('\r\u001b[K')).toBe(true);
    // Warm, the picker comes at once: no line at all.
    const again = inTerminal(args(root), root);
    while (!again.output().includes('\u001b[?1049h')) await new Promise((resolve) => setTimeout(resolve, 50));
    again.type('\u001b');
    await again.ended;
    expect(again.output()).not.toContain('Lecture des articles');
  }, 120_000);

  it('is plain text where the run is (--plain), and gone before the list', async () => {
    const root = manyArticles(400, 'fr-FR');
    const terminal = inTerminal([...args(root), '--plain'], root);
    await terminal.ended;
    const [before] = terminal.output().split('Procédures');
    expect(before).toMatch(/Lecture des articles… \d+\/400/);
    expect(before).not.toContain('\u001b');
    expect(before!.endsWith('\r')).toBe(true);
  }, 120_000);
});
