/**
 * A temporary folder of this run's for what is spilled out of the heap (spill-buckets.ts,
 * spill-lines.ts). Folders that a killed run left (`docflow-spill-<pid>-…` of a process that is
 * gone) are removed by the next.
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
