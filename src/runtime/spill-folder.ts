/**
 * A temporary folder of this run's for what is spilled out of the heap (spill-buckets.ts,
 * spill-lines.ts), and the appends that fill it. Folders that a killed run left
 * (`docflow-spill-<pid>-…` of a process that is gone) are removed by the next.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ofGoneProcess, removeLeftovers } from '../catalog/process-alive.js';

/**
 * A run's spill folder older than this, of a process id not running here, is a killed run's (the
 * age: a process of another PID namespace sharing the folder is not seen running).
 */
const STALE_MS = 3600_000;

export function makeSpillFolder(): string {
  const tmp = os.tmpdir();
  removeLeftovers(tmp, ofGoneProcess(/^docflow-spill-(\d+)-/), STALE_MS);
  return fs.mkdtempSync(path.join(tmp, `docflow-spill-${process.pid}-`));
}

/**
 * Appends `text` to a spill file of `size` bytes and returns its new size; on failure (no room)
 * the file is put back as it was, so what it holds is always whole lines, and the error thrown.
 */
export function appendWhole(file: string, text: string, size: number): number {
  try {
    fs.appendFileSync(file, text);
  } catch (error) {
    if (size === 0) fs.rmSync(file, { force: true });
    else fs.truncateSync(file, size);
    throw error;
  }
  return size + Buffer.byteLength(text);
}
