import fs from 'node:fs';

/**
 * A temporary file gone, if it can be. `force` covers a file that is not there, not a folder
 * that cannot be (a file in its path: ENOTDIR; no permission): then nothing was made there, and
 * the error that stopped the write is the one to tell.
 */
export function removeQuietly(file: string): void {
  try {
    fs.rmSync(file, { force: true });
  } catch {
    // Nothing to remove.
  }
}
