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

/** `read` given an entry's open file and its size; the entry marked used if it was last more than a day ago. */
export function withEntryMarkingUse<T>(file: string, read: (fd: number, size: number) => T, now = Date.now()): T {
  const fd = fs.openSync(file, 'r');
  try {
    const { size, mtimeMs } = fs.fstatSync(fd);
    const value = read(fd, size);
    if (now - mtimeMs > DAY) {
      try {
        fs.futimesSync(fd, now / 1000, now / 1000);
      } catch {
        // A read-only cache: it is only never pruned.
      }
    }
    return value;
  } finally {
    fs.closeSync(fd);
  }
}

/** `length` bytes of a file from `position` (fewer at its end), into `into` when it is large enough. */
export function readBytes(fd: number, length: number, position: number, into?: Buffer): Buffer {
  const bytes = into && into.length >= length ? into.subarray(0, length) : Buffer.allocUnsafe(length);
  let read = 0;
  while (read < length) {
    const got = fs.readSync(fd, bytes, read, length - read, position + read);
    if (got === 0) break;
    read += got;
  }
  return read === length ? bytes : bytes.subarray(0, read);
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
