/**
 * The cache kept to what is still used: an entry read is marked used (its time set to now, at
 * most once a day, so a warm run writes almost nothing), and at most once a day a run that
 * writes to the cache removes the entries no run has used for 30 days (every edit of an article
 * leaves its old entries behind; a CI cache restored and saved would otherwise only grow), and
 * temporary files a killed run left.
 */
import fs from 'node:fs';
import path from 'node:path';
import { filesBelow } from '../runtime/files-below.js';
import { makeFolder } from '../runtime/make-folder.js';

const DAY = 86_400_000;
const UNUSED_DAYS = 30;
const MARKER = 'pruned';

/** Reads an entry and, if it was last marked used more than a day ago, marks it used now. */
export function readMarkingUse(file: string, now = Date.now()): Buffer {
  const fd = fs.openSync(file, 'r');
  try {
    const { size, mtimeMs } = fs.fstatSync(fd);
    const bytes = Buffer.allocUnsafe(size);
    let read = 0;
    while (read < size) {
      const got = fs.readSync(fd, bytes, read, size - read, read);
      if (got === 0) break;
      read += got;
    }
    if (now - mtimeMs > DAY) {
      try {
        fs.futimesSync(fd, now / 1000, now / 1000);
      } catch {
        // A read-only cache: it is only never pruned.
      }
    }
    return read === size ? bytes : bytes.subarray(0, read);
  } finally {
    fs.closeSync(fd);
  }
}

/** Removes entries unused for 30 days, if the last pruning of `dir` is a day old. Quiet on errors. */
export function pruneOnceADay(dir: string, now = Date.now()): number {
  const marker = path.join(dir, MARKER);
  try {
    if (now - fs.statSync(marker).mtimeMs < DAY) return 0;
  } catch {
    // Never pruned.
  }
  let removed = 0;
  try {
    makeFolder(dir);
    fs.writeFileSync(marker, '');
    for (const entry of filesBelow(dir)) {
      if (entry.name === MARKER) continue;
      const file = path.join(entry.folder, entry.name);
      const age = now - fs.statSync(file).mtimeMs;
      if (age > UNUSED_DAYS * DAY || (entry.name.endsWith('.tmp') && age > DAY)) {
        fs.rmSync(file, { force: true });
        removed++;
      }
    }
  } catch {
    // Pruning only saves space; a folder that cannot be read or written is left as it is.
  }
  return removed;
}
