/**
 * The lessons a run holds are bounded, and what is not held changes nothing: a cold extract of
 * more files than the bound writes what one that held them all writes.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HeldLessons } from '../../src/catalog/held-lessons.js';
import { runCli } from '../../src/cli/program.js';
import { emptyGlossary } from '../../src/parse/label-glossary.js';
import { CONTENT, memoryIo, tempDir } from '../helpers.js';

afterEach(() => vi.restoreAllMocks());

/** Every file below `dir`, with its bytes. */
function filesOf(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) files[path.relative(dir, path.join(entry.parentPath, entry.name))] = fs.readFileSync(path.join(entry.parentPath, entry.name), 'utf8');
  }
  return files;
}

/** A cold extract of the bundled content: its output and the files it wrote. */
async function coldExtract(): Promise<{ out: string; files: Record<string, string> }> {
  const locales = tempDir();
  const { io, out } = memoryIo();
  expect(await runCli(['extract', '--content', CONTENT, '--locales', locales, '--no-cache'], io)).toBe(0);
  return { out: out().replaceAll(locales, '<locales>'), files: filesOf(locales) };
}

describe('the lessons held in a run', () => {
  it('holds files up to its bound, keeps updating those it holds, and lets a file go', () => {
    const book = new HeldLessons(2);
    const [a, b, c] = [emptyGlossary(), emptyGlossary(), emptyGlossary()];
    book.set('a.md', a);
    book.set('b.md', b);
    book.set('c.md', c);
    expect([book.get('a.md'), book.get('b.md'), book.get('c.md')]).toEqual([a, b, undefined]);
    const again = emptyGlossary();
    book.set('a.md', again);
    expect(book.get('a.md')).toBe(again);
    book.delete('a.md');
    book.set('c.md', c);
    expect(book.get('c.md')).toBe(c);
  });
});

describe('a run that holds no lessons', () => {
  it("extracts what a run holding every file's lessons extracts", async () => {
    const holding = await coldExtract();
    const held = vi.spyOn(HeldLessons.prototype, 'set').mockImplementation(() => undefined);
    const holdingNone = await coldExtract();
    expect(held).toHaveBeenCalled();
    expect(holdingNone).toEqual(holding);
    expect(Object.keys(holding.files).length).toBeGreaterThan(30);
  });
});
