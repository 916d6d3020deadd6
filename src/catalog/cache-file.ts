/**
 * The parse cache's own files: hashes of content, and bytes put in place whole (a temporary file
 * renamed) or not at all. A cache that cannot be written (read-only, full) only costs time, so
 * failures are quiet.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { makeFolder } from '../runtime/make-folder.js';
import { removeQuietly } from '../runtime/remove-quietly.js';

/**
 * SHA-1 in hex (of a string's UTF-8 bytes). `crypto.hash` (Node 20.12 and later) makes no Hash
 * object: each of createHash's holds native memory until the collector finds its wrapper, and a
 * 20 MB article's 104,800 provenance hashes made that way took its extract 20 MB higher.
 */
export const contentHash: (text: string | Buffer) => string =
  typeof crypto.hash === 'function' ? (text) => crypto.hash('sha1', text, 'hex') : (text) => crypto.createHash('sha1').update(text).digest('hex');

export function replaceQuietly(file: string, bytes: Uint8Array): void {
  const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  try {
    makeFolder(path.dirname(file));
    fs.writeFileSync(temporary, bytes);
    fs.renameSync(temporary, file);
  } catch {
    removeQuietly(temporary);
  }
}

/** As replaceQuietly, the bytes written piece by piece as they are made (none of them held after). */
export function replaceInPieces(file: string, pieces: Iterable<Uint8Array>): void {
  const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  try {
    makeFolder(path.dirname(file));
    const fd = fs.openSync(temporary, 'w');
    try {
      for (const piece of pieces) for (let at = 0; at < piece.length; ) at += fs.writeSync(fd, piece, at);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(temporary, file);
  } catch {
    removeQuietly(temporary);
  }
}

