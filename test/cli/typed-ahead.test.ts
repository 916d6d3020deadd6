/**
 * Keys typed as `docflow run` starts, before it turns raw mode on: the terminal echoed them on the
 * shell's screen, where they stood after quitting, before the shell's prompt ("xybash$"). They are
 * the app's keys, and nothing of them is left on the shell's screen.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { eraseEcho } from '../../src/cli/typed-ahead.js';
import { displayWidth } from '../../src/text/display-width.js';
import { removeTempDirs, tempDir } from '../helpers.js';
import { canRunInTerminal, inTerminal } from '../real-terminal.js';

afterAll(removeTempDirs);

/**
 * What stays on a terminal's main screen after `output`, as its lines: text (wrapped at `columns`),
 * CR, LF, and the cursor moves and erasures an app and its echo use; the alternate screen is left
 * as it was entered (its cursor saved and restored).
 */
function mainScreen(output: string, columns: number): string[] {
  const lines: string[][] = [[]];
  let row = 0;
  let column = 0;
  let saved: [number, number] | undefined;
  const tokens = output.match(/\u001b\[\??[\d;]*[A-Za-z]|\u001b[^[]|[\s\S]/gu) ?? [];
  for (const token of tokens) {
    if (token === '\u001b[?1049h') saved = [row, column];
    else if (token === '\u001b[?1049l' && saved) [[row, column], saved] = [saved, undefined];
    else if (saved) continue;
    else if (token === '\r') column = 0;
    else if (token === '\n') row++;
    else if (token.startsWith('\u001b[')) {
      const n = Number(/\d+/.exec(token)?.[0] ?? 1);
      if (token.endsWith('D')) column = Math.max(0, column - n);
      if (token.endsWith('A')) row = Math.max(0, row - n);
      if (token.endsWith('K')) lines[row] = (lines[row] ?? []).slice(0, column);
      if (token.endsWith('J')) lines.splice(row, lines.length, (lines[row] ?? []).slice(0, column));
    } else if (!token.startsWith('\u001b')) {
      const width = displayWidth(token);
      if (column + width > columns) [row, column] = [row + 1, 0];
      const line = (lines[row] ??= []);
      line[column] = token;
      for (let i = 1; i < width; i++) line[column + i] = '';
      column += width;
    }
    while (lines.length <= row) lines.push([]);
  }
  return lines.map((line) => Array.from(line, (cell) => cell ?? ' ').join('')).filter((line) => line.trim() !== '');
}

describe('eraseEcho', () => {
  const left = (before: string, typed: string, columns: number) => mainScreen(`${before}${typed.replace(/\n/g, '\r\n')}${eraseEcho(typed, columns)}`, columns);

  it('erases text typed ahead on the line the command started, and the lines before stay', () => {
    expect(left('$ docflow run\r\n', 'xy', 40)).toEqual(['$ docflow run']);
    expect(left('starting… ', 'xy', 40)).toEqual(['starting… ']);
  });

  it('erases an echo that wrapped, wide characters and line breaks (Enter typed ahead)', () => {
    expect(left('$ docflow run\r\n', 'abcdefghijklmnopqrstuvwxyz中文中文', 10)).toEqual(['$ docflow ', 'run']);
    expect(left('$ docflow run\r\n', 'ab\ncd\n', 40)).toEqual(['$ docflow run']);
  });

  it('counts a control character as the terminal echoes it (^[ for Esc)', () => {
    expect(left('$ run\r\n', 'a^[[A', 40)).toEqual(['$ run']);
    expect(eraseEcho('a\u001b[A', 40)).toBe(eraseEcho('a^[[A', 40));
  });

  it('wraps nothing on a terminal that tells no width', () => {
    expect(eraseEcho('xy\n', 0)).toBe(eraseEcho('xy\n', 80));
  });

  it('erases nothing when nothing was typed', () => {
    expect(eraseEcho('', 40)).toBe('');
  });
});

describe.skipIf(!canRunInTerminal)('keys typed ahead of docflow run, in a real terminal', () => {
  it('are taken by the app, and nothing of them is left on the shell’s screen after quitting', async () => {
    const terminal = inTerminal(['run', 'add-a-new-customer', '--locale', 'en-US', '--restart'], tempDir());
    const output = terminal.output;
    // Typed while Node starts: the terminal still echoes.
    terminal.type('xy\r');
    for (const start = Date.now(); !output().includes('Step 2 of 5'); ) {
      if (Date.now() - start > 15_000) throw new Error(`no step 2: ${output().slice(-2000)}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(output().slice(0, output().indexOf('\u001b[?1049h'))).toContain('xy');
    terminal.type('\u0003');
    await terminal.ended;
    expect(mainScreen(output(), 100)).toEqual([]);
  }, 40_000);
});
