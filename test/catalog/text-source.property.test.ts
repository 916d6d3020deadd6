/**
 * A file's text read a block at a time is the text readFileSync gives (the oracle), cut where
 * asked: for any bytes (characters of one to four bytes split between blocks, broken sequences,
 * a byte-order mark) and any offsets, each part is that slice of the whole text and the parts
 * join to it. Read whole in blocks, it is that text too, and its hash that of its bytes; read a
 * line at a time, its lines.
 */
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { contentHash } from '../../src/catalog/cache-file.js';
import { fileLines, hashFile, readText } from '../../src/catalog/file-blocks.js';
import { fileTextSource, textSource } from '../../src/catalog/text-source.js';
import { tempDir } from '../helpers.js';

const dir = tempDir();
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const bytes = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 60 }).map((s) => Buffer.from(`\uFEFF${s}`)),
  fc.string({ unit: 'grapheme', maxLength: 60 }).map((s) => Buffer.from(s)),
  fc.uint8Array({ maxLength: 80 }).map((a) => Buffer.from(a)),
);

describe('a text read from its file a block at a time', () => {
  it('gives what readFileSync gives, in the parts asked for, for any bytes, blocks and offsets', () => {
    const file = path.join(dir, 'article.md');
    fc.assert(
      fc.property(bytes, fc.integer({ min: 1, max: 9 }), fc.array(fc.nat({ max: 100 }), { maxLength: 8 }), (content, block, offsets) => {
        fs.writeFileSync(file, content);
        const whole = fs.readFileSync(file, 'utf8');
        const ends = [...offsets].sort((a, b) => a - b);
        for (const source of [fileTextSource(file, block), textSource(whole)]) {
          let at = 0;
          const parts: string[] = [];
          for (const end of ends) {
            const part = source.upTo(end);
            expect(part).toBe(whole.slice(at, Math.max(at, end)));
            parts.push(part);
            at = Math.max(at, Math.min(end, whole.length));
          }
          parts.push(...source.rest());
          expect(parts.join('')).toBe(whole);
        }
      }),
      { numRuns: 3000, seed: 8 },
    );
  });

  it.skipIf(!fs.existsSync('/proc/self/fd'))('closes its file when a reader stops before its end, or lets it go', () => {
    const file = path.join(dir, 'long.md');
    fs.writeFileSync(file, 'é'.repeat(10_000));
    const open = () => fs.readdirSync('/proc/self/fd').length;
    const before = open();
    const stopped = fileTextSource(file, 16);
    expect(stopped.upTo(3)).toBe('ééé');
    expect(open()).toBe(before + 1);
    for (const piece of stopped.rest()) {
      expect(piece.length).toBeGreaterThan(0);
      break;
    }
    expect(open()).toBe(before);
    const dropped = fileTextSource(file, 16);
    dropped.upTo(5);
    dropped.close();
    dropped.close();
    expect(open()).toBe(before);
  });

  it('read whole, a block at a time, is the text readFileSync gives and hashes as its bytes do', () => {
    const file = path.join(dir, 'whole.md');
    fc.assert(
      fc.property(bytes, fc.integer({ min: 1, max: 9 }), (content, block) => {
        fs.writeFileSync(file, content);
        expect(readText(file, block)).toBe(fs.readFileSync(file, 'utf8'));
        expect(hashFile(file, block)).toBe(contentHash(content));
      }),
      { numRuns: 2000, seed: 9 },
    );
    // A missing file is the read's error, as readFileSync's.
    expect(() => readText(path.join(dir, 'missing.md'))).toThrow(/ENOENT/);
  });

  it('read a line at a time, gives the lines of the text readFileSync gives, for any bytes and reads', () => {
    const file = path.join(dir, 'lines.jsonl');
    const lined = fc.oneof(bytes, fc.array(fc.constantFrom('a', '\n', 'é', '中', '😀', '{"x": 1}'), { maxLength: 40 }).map((parts) => Buffer.from(parts.join(''))));
    fc.assert(
      fc.property(lined, fc.integer({ min: 1, max: 9 }), (content, readSize) => {
        fs.writeFileSync(file, content);
        const text = fs.readFileSync(file, 'utf8');
        const lines = text === '' ? [] : (text.endsWith('\n') ? text.slice(0, -1) : text).split('\n');
        expect([...fileLines(file, readSize)]).toEqual(lines);
      }),
      { numRuns: 2000, seed: 10 },
    );
  });
});
