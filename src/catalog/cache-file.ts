/**
 * The parse cache's own files: hashes of content, and bytes put in place whole (a temporary file
 * renamed) or not at all. A cache that cannot be written (read-only, full) only costs time, so
 * failures are quiet.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export function contentHash(text: string | Buffer): string {
  return createHash('sha1').update(text).digest('hex');
}

export function replaceQuietly(file: string, bytes: Uint8Array): void {
  const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(temporary, bytes);
    fs.renameSync(temporary, file);
  } catch {
    fs.rmSync(temporary, { force: true });
  }
}
