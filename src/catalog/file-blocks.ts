/**
 * A file read a block at a time, and what is made of it whole: its text, its hash. Node's
 * readFileSync(file, 'utf8') reads a long file into a native string that doubles as it grows (a
 * 20 MB article: a 32 MB allocation), and readFileSync(file) into a Buffer of its size. Freed,
 * each raises glibc's mmap threshold to its size, so that later allocations up to that size stay
 * in the heap's arena after use: the 20 MB article's commands peaked 10–25 MB higher for it.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import { contentHash } from './cache-file.js';

/** Bytes read at a time. */
export const BLOCK = 1 << 16;

/**
 * The block every read goes into: each is used (decoded, hashed) before the next read (the
 * reads are synchronous), so readers may share one; a new one each was 64 KB outside the heap
 * per article until a collection (368 articles read at once: 10 MB higher).
 */
let shared: Buffer | undefined;

/**
 * The file's bytes in blocks; each block is overwritten by the next read, of this file or
 * another. The file is opened at once (a missing one throws here) and closed when the blocks
 * end or a loop over them leaves early (`return()`).
 */
export function fileBlocks(file: string, block = BLOCK): IterableIterator<Buffer> & { return(): IteratorResult<Buffer> } {
  let fd: number | undefined = fs.openSync(file, 'r');
  const bytes = block === BLOCK ? (shared ??= Buffer.allocUnsafe(BLOCK)) : Buffer.allocUnsafe(block);
  const done = (): IteratorResult<Buffer> => {
    if (fd !== undefined) fs.closeSync(fd);
    fd = undefined;
    return { done: true, value: undefined };
  };
  return {
    next() {
      if (fd === undefined) return done();
      let read: number;
      try {
        read = fs.readSync(fd, bytes, 0, block, null);
      } catch (error) {
        done();
        throw error;
      }
      return read > 0 ? { done: false, value: bytes.subarray(0, read) } : done();
    },
    return: done,
    [Symbol.iterator]() {
      return this;
    },
  };
}

/** The file's text as readFileSync(file, 'utf8') decodes it (a sequence cut between blocks decoded whole, a broken one U+FFFD). */
export function readText(file: string, block = BLOCK): string {
  const parts = [...textPieces(file, block)];
  return parts.length === 2 ? parts[0]! + parts[1]! : parts.join('');
}

/** The file's text a block at a time: readText's parts, for a reader that needs no more than one at once. */
export function* textPieces(file: string, block = BLOCK): Generator<string> {
  const decoder = new StringDecoder('utf8');
  for (const bytes of fileBlocks(file, block)) yield decoder.write(bytes);
  yield decoder.end();
}

/** Whether the file's bytes are UTF-8 (a byte order mark allowed), checked a block at a time. */
export function isUtf8File(file: string): boolean {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  try {
    for (const bytes of fileBlocks(file)) decoder.decode(bytes, { stream: true });
    decoder.decode();
    return true;
  } catch (error) {
    if (error instanceof TypeError) return false;
    throw error;
  }
}

/** SHA-1 in hex of the file's bytes, as contentHash(readFileSync(file)) gives it. */
export function hashFile(file: string, block = BLOCK): string {
  // A file of one block (most) is hashed at once, with no Hash object (see cache-file.ts): its
  // block is copied, since the next read overwrites it.
  let first: Buffer | undefined;
  let hash: crypto.Hash | undefined;
  for (const bytes of fileBlocks(file, block)) {
    if (first === undefined && hash === undefined) first = Buffer.from(bytes);
    else {
      hash ??= crypto.createHash('sha1').update(first!);
      hash.update(bytes);
    }
  }
  return hash ? hash.digest('hex') : contentHash(first ?? Buffer.alloc(0));
}

/** What `use` makes of the file's bytes read from its start as it asks (fs.readSync's form); the file is closed after. */
export function withFileReader<T>(file: string, use: (read: (into: Buffer, at: number, length: number) => number) => T): T {
  const fd = fs.openSync(file, 'r');
  try {
    return use((into, at, length) => fs.readSync(fd, into, at, length, null));
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * A file's lines (without their line breaks), read a megabyte at a time. A line break is one byte
 * that is never part of a longer UTF-8 character, so text is decoded up to the last break read;
 * a line longer than a read is joined once, when its break comes.
 */
export function* fileLines(file: string, readSize = 1 << 20): Generator<string> {
  const fd = fs.openSync(file, 'r');
  try {
    const chunk = Buffer.alloc(readSize);
    let pending: Buffer[] = [];
    for (let read = fs.readSync(fd, chunk); read > 0; read = fs.readSync(fd, chunk)) {
      const end = chunk.subarray(0, read).lastIndexOf(0x0a);
      if (end === -1) {
        pending.push(Buffer.from(chunk.subarray(0, read)));
        continue;
      }
      yield* Buffer.concat([...pending, chunk.subarray(0, end)]).toString('utf8').split('\n');
      pending = [Buffer.from(chunk.subarray(end + 1, read))];
    }
    const rest = Buffer.concat(pending);
    if (rest.length > 0) yield rest.toString('utf8');
  } finally {
    fs.closeSync(fd);
  }
}
