/**
 * Lines spilled in order come back in that order, whether held, on disk or both (or held because
 * the disk cannot be written), and nothing is left on disk after they are read, or when the
 * reader stops early.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SpillLines } from '../../src/runtime/spill-lines.js';
import { tempDir } from '../helpers.js';

/** This process's spill folders in the temporary folder. */
const spillFolders = () => fs.readdirSync(os.tmpdir()).filter((name) => name.startsWith(`docflow-spill-${process.pid}-`));

describe('spill lines', () => {
  it('give every line back in order, held or on disk, and leave nothing behind', () => {
    const before = spillFolders();
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme' }).map((s) => s.replace(/[\r\n]/g, ' ')), { maxLength: 200 }), fc.integer({ min: 1, max: 400 }), (lines, memory) => {
        const spill = new SpillLines(memory);
        for (const line of lines) spill.add(line);
        expect([...spill.lines()]).toEqual(lines);
        expect(spillFolders()).toEqual(before);
      }),
      { numRuns: 200 },
    );
  });

  it('holds every line, in order, where the temporary folder cannot be written', () => {
    // A file where the temporary folder should be: nothing can be made in it.
    const notAFolder = path.join(tempDir('docflow-spill-test-'), 'file');
    fs.writeFileSync(notAFolder, '');
    const before = process.env.TMPDIR;
    process.env.TMPDIR = notAFolder;
    try {
      const spill = new SpillLines(10);
      const lines = Array.from({ length: 300 }, (_, n) => `line ${n}`);
      for (const line of lines) spill.add(line);
      expect([...spill.lines()]).toEqual(lines);
    } finally {
      if (before === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = before;
    }
  });

  it('removes its file when the reader stops part-way', () => {
    const before = spillFolders();
    const spill = new SpillLines(10);
    for (let i = 0; i < 100; i++) spill.add(`line ${i}: ${'é'.repeat(i)}`);
    expect(spillFolders().length).toBe(before.length + 1);
    for (const line of spill.lines()) if (line.startsWith('line 3')) break;
    expect(spillFolders()).toEqual(before);
  });
});
