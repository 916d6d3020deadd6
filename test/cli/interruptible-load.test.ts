/**
 * Ctrl+C while `docflow run` loads a large repository cold: raw mode is on from the start (keys
 * typed meanwhile are the app's), so Ctrl+C is a key, and it waited seconds behind the load
 * before the picker drew and quit. Now the load looks at the terminal between articles.
 */
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cooked, interruptibleLoad, InterruptedLoad } from '../../src/cli/interruptible-load.js';
import type { Io } from '../../src/cli/io.js';
import { settleMemory } from '../../src/runtime/memory-budget.js';
import { manyArticles, removeTempDirs } from '../helpers.js';
import { canRunInTerminal, inTerminal } from '../real-terminal.js';

afterAll(removeTempDirs);

/** A load of `articles` articles of `ms` each, each ending with the turn articles give. */
function load(articles: number, ms: number, done: number[]): () => string {
  return () => {
    for (let article = 0; article < articles; article++) {
      for (const until = performance.now() + ms; performance.now() < until; );
      done.push(article);
      settleMemory();
    }
    return 'loaded';
  };
}

/** A terminal whose reads give `chunks`, one a read, then nothing. */
function terminal(chunks: string[]): Pick<Io, 'typedAhead'> {
  return { typedAhead: () => Buffer.from(chunks.shift() ?? '') };
}

describe('a load that looks at the terminal between articles', () => {
  it('gives the keys typed meanwhile to the app, in order, and ends as it would', () => {
    const given: string[] = [];
    const done: number[] = [];
    const result = interruptibleLoad(terminal(['/a', '', 'g']) as Io, { typedAhead: (data) => given.push(data.toString()) }, load(8, 30, done));
    expect(result).toBe('loaded');
    expect(done).toHaveLength(8);
    expect(given.join('')).toBe('/ag');
  });

  it('stops at the next article after a Ctrl+C, its keys given first', () => {
    const given: string[] = [];
    const done: number[] = [];
    expect(() => interruptibleLoad(terminal(['x', 'y\u0003']) as Io, { typedAhead: (data) => given.push(data.toString()) }, load(40, 30, done))).toThrow(InterruptedLoad);
    expect(done.length).toBeLessThan(10);
    expect(given.join('')).toBe('xy\u0003');
  });

  it('looks at nothing outside a load: an article’s turn is only the memory budget’s', () => {
    const done: number[] = [];
    expect(load(3, 20, done)()).toBe('loaded');
  });
});

describe.skipIf(!canRunInTerminal)('Ctrl+C while docflow run loads a large repository, in a real terminal', () => {
  it('ends the run at once (130), without drawing the picker', async () => {
    const root = manyArticles(1500);
    const terminal = inTerminal(['run', '--content', path.join(root, 'content'), '--locales', path.join(root, 'locales'), '--locale', 'en-US'], root);
    // Well into the load of 1,500 articles (seconds, cold), past Node's start and raw mode's.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const drawnBefore = terminal.output().includes('\u001b[?1049h');
    const pressed = performance.now();
    terminal.type('\u0003');
    const status = await terminal.ended;
    if (drawnBefore) return; // a machine that loaded it all in a second: nothing to tell here
    expect(status).toBe(130);
    expect(terminal.output()).not.toContain('\u001b[?1049h');
    expect(performance.now() - pressed).toBeLessThan(3000);
  }, 60_000);
});

describe('keys typed while a plain run loads, in raw mode', () => {
  it('are given to the steps as the terminal would have: Enter ends a line, Backspace and Ctrl+U edit it', () => {
    expect(cooked('\r')).toBe('\n');
    expect(cooked('ab\u007fc\rq')).toBe('ac\nq');
    expect(cooked('oops\u0015b\r')).toBe('b\n');
  });
});

describe.skipIf(!canRunInTerminal)('Ctrl+C while a plain run loads a large repository, in a real terminal', () => {
  it('erases its "Reading articles…" line and ends as interrupted (130)', async () => {
    const root = manyArticles(1500);
    const terminal = inTerminal(['run', '--plain', '--content', path.join(root, 'content'), '--locales', path.join(root, 'locales'), '--locale', 'en-US'], root);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    if (!terminal.output().includes('Reading articles')) return; // loaded before the line was due: nothing to tell
    terminal.type('\u0003');
    const status = await terminal.ended;
    const output = terminal.output();
    if (output.includes('Procedures (')) return; // loaded it all before the key
    expect(status).toBe(130);
    // Before: killed by SIGINT with the line left, the shell's prompt after it.
    expect(output.slice(output.lastIndexOf('Reading articles'))).toMatch(/^Reading articles[^\r\n]*\r +\r$/);
  }, 60_000);
});
