/**
 * Lines kept in order out of the heap, to be read back once, in that order: what a command
 * prints after something it can only know at the end (the status report's sentences come after
 * its totals, and the totals after every article's rows).
 *
 * Lines stay in memory until they pass `memory` characters; then they are appended to a file
 * in a temporary folder of the run's (spill-folder.ts). The disk is a saving, not a need: where
 * it cannot be written, the rest stays in memory and the lines are the same.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileLines } from '../catalog/file-blocks.js';
import { appendWhole, makeSpillFolder } from './spill-folder.js';

export class SpillLines {
  private held: string[] = [];
  private heldChars = 0;
  private file: string | undefined;
  /** Bytes in the file (none: no file, or it was removed when its first append failed). */
  private size = 0;
  private disk = true;

  constructor(private readonly memory = 2_000_000) {}

  /** Adds a line (no line breaks in it). */
  add(line: string): void {
    this.held.push(line);
    this.heldChars += line.length;
    if (this.heldChars > this.memory) this.spill();
  }

  /** Every line in the order added; what was on disk goes as it is read. */
  *lines(): Generator<string> {
    try {
      if (this.file && this.size > 0) yield* fileLines(this.file);
      const held = this.held;
      this.held = [];
      yield* held;
    } finally {
      this.close();
    }
  }

  /** Removes what is on disk (after `lines`, or when given up). */
  close(): void {
    if (this.file) fs.rmSync(path.dirname(this.file), { recursive: true, force: true });
    this.file = undefined;
  }

  private spill(): void {
    if (!this.disk) return;
    try {
      this.file ??= path.join(makeSpillFolder(), 'lines');
      this.size = appendWhole(this.file, `${this.held.join('\n')}\n`, this.size);
      this.held = [];
      this.heldChars = 0;
    } catch {
      // No room or no folder: the rest stays in memory (the file was put back as it was).
      this.disk = false;
    }
  }
}
