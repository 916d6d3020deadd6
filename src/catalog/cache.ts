/**
 * The parse cache: what reading a file or an article produced, under a key made of the
 * content's hash and docflow's own build, in a plain folder (`$XDG_CACHE_HOME/docflow`, else
 * `~/.cache/docflow`, or `--cache <dir>`). Safe to delete at any time; safe under two processes
 * (each entry is written to a temporary file and renamed into place, and an entry is complete
 * or absent); never wrong: a different content, docflow build or format is a different key, and
 * an entry that cannot be read is a miss (and removed). Entries unused for 30 days are removed
 * (cache-prune.ts).
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';
import { replaceInPieces, replaceQuietly } from './cache-file.js';
import { decodePart, encodePart, joinParts, partsOf } from './cache-parts.js';
import { collectYoung } from '../runtime/memory-budget.js';
import { pruneOnceADay, readBytes, withEntryMarkingUse } from './cache-prune.js';
import { StatIndex } from './stat-index.js';
import { filesBelow } from '../runtime/files-below.js';

export { contentHash } from './cache-file.js';

/** Bumped when what is cached changes shape. */
const FORMAT = 1;

export class Cache {
  private hits = 0;
  private misses = 0;

  private readonly statIndex: StatIndex;
  private pruned = false;

  constructor(readonly dir: string) {
    this.statIndex = new StatIndex(path.join(dir, `v${FORMAT}`, 'file-stats'));
  }

  /** Where the cache lives for this environment, or undefined when there is no home to put it in. */
  static folder(env: NodeJS.ProcessEnv): string | undefined {
    if (env.XDG_CACHE_HOME) return path.join(env.XDG_CACHE_HOME, 'docflow');
    if (env.HOME) return path.join(env.HOME, '.cache', 'docflow');
    return undefined;
  }

  /** A key for `parts` (content hashes, names) within this build of docflow. */
  key(kind: string, ...parts: readonly string[]): string {
    const hash = createHash('sha1').update(`${FORMAT}\0${buildId()}\0${kind}`);
    for (const part of parts) hash.update('\0').update(part);
    return `${kind}/${hash.digest('hex')}`;
  }

  /** The entry under `key`, if there is one and `valid` accepts it (else a miss). */
  get<T>(key: string, valid: (value: T) => boolean = () => true): T | undefined {
    const file = this.file(key);
    let read: () => T;
    try {
      read = withEntryMarkingUse(file, (fd, size) => {
        // Only a long article's entry is in parts, and it is megabytes: a smaller one is read whole at once.
        if (size < PARTS_FROM_BYTES || !readBytes(fd, PARTS.length, 0).equals(PARTS)) {
          const bytes = readBytes(fd, size, 0);
          return () => v8.deserialize(bytes) as T;
        }
        // An entry in parts is read a part at a time, here: each part's bytes go once it is made.
        // A damaged one is taken for a miss and removed below, as a damaged whole one is.
        try {
          const value = readParts(fd, size);
          return () => value as T;
        } catch (error) {
          return () => {
            throw error;
          };
        }
      });
    } catch {
      this.misses++;
      return undefined;
    }
    try {
      const value = read();
      if (!valid(value)) {
        this.misses++;
        return undefined;
      }
      this.hits++;
      return value;
    } catch {
      // Damaged (a disk error, a hand edit): a miss, and out of the way.
      fs.rmSync(file, { force: true });
      this.misses++;
      return undefined;
    }
  }

  set(key: string, value: unknown): void {
    this.setSerialized(key, v8.serialize(value));
  }

  /**
   * A large value (a long article's) written in parts (see cache-parts.ts), each serialized and
   * written before the next is made; `get` reads it back a part at a time.
   */
  setInParts(key: string, value: object): void {
    this.pruneOnWrite();
    replaceInPieces(this.file(key), piecesOf(value));
  }

  /** An entry already serialized (as v8.serialize makes it: on a worker thread, say). */
  setSerialized(key: string, bytes: Uint8Array): void {
    this.pruneOnWrite();
    replaceQuietly(this.file(key), bytes);
  }

  /** A run that writes entries is the one to clear out unused ones (at most once a day). */
  private pruneOnWrite(): void {
    if (!this.pruned) pruneOnceADay(path.join(this.dir, `v${FORMAT}`));
    this.pruned = true;
  }

  /** Whether there is an entry under `key` (a stat: whether it is valid, get says). */
  has(key: string): boolean {
    return fs.statSync(this.file(key), { throwIfNoEntry: false }) !== undefined;
  }

  /** The sha1 of a file's bytes (`-` when there is none), by its stats when it has not changed. */
  hashOf(file: string): string {
    return this.statIndex.hash(file);
  }

  /** Hits and misses so far: what `--verbose` and the benchmark report. */
  stats(): { hits: number; misses: number } {
    return { hits: this.hits, misses: this.misses };
  }

  private file(key: string): string {
    const [kind, hash] = key.split('/') as [string, string];
    return path.join(this.dir, `v${FORMAT}`, kind, hash.slice(0, 2), hash.slice(2));
  }
}

/** The first bytes of an entry in parts (a serialized value's first byte is 0xFF). */
const PARTS = Buffer.from('DFPARTS1');

/** No entry in parts is smaller: a long article's text alone is past a megabyte. */
const PARTS_FROM_BYTES = 1 << 20;

/** An entry's bytes in parts: the mark, then each part's length (4 bytes) and bytes. */
function* piecesOf(value: object): Generator<Uint8Array> {
  yield PARTS;
  let written = 0;
  for (const part of partsOf(value)) {
    const bytes = encodePart(part);
    const length = Buffer.allocUnsafe(4);
    length.writeUInt32LE(bytes.length);
    yield length;
    yield bytes;
    // Each part's bytes are garbage once written: freed every few megabytes, not held to the end.
    written += bytes.length;
    if (written > FREE_EVERY) {
      written = 0;
      collectYoung();
    }
  }
}

const FREE_EVERY = 8 * 1024 * 1024;

/** The value an entry in parts holds, its parts read one at a time into one buffer; a damaged entry throws. */
function readParts(fd: number, size: number): unknown {
  const parts: unknown[] = [];
  let buffer = Buffer.alloc(0);
  for (let at = PARTS.length; at < size; ) {
    const length = readBytes(fd, 4, at).readUInt32LE();
    if (at + 4 + length > size) throw new Error('a cache entry cut short');
    if (buffer.length < length) buffer = Buffer.allocUnsafe(length);
    parts.push(decodePart(readBytes(fd, length, at + 4, buffer)));
    at += 4 + length;
  }
  return joinParts(parts);
}

let build: string | undefined;

/**
 * docflow's own build: the code that produced the entries (every file of the folder this module
 * was loaded from, `dist/` or `src/`, by name, size and time of change: a stat each, no read),
 * so a rebuilt or changed parser never reads what the old one cached.
 */
function buildId(): string {
  if (build === undefined) {
    // The modules' folder (dist/ or src/), or the bundle's own folder when this runs bundled:
    // the bundle is all the code that runs, and a stat of every module of dist/ cost 4 ms.
    const here = path.dirname(fileURLToPath(import.meta.url));
    const root = path.basename(here) === 'bundle' ? here : path.dirname(here);
    const hash = createHash('sha1');
    const files = filesBelow(root)
      .filter((file) => /\.(?:c?js|ts|tsx)$/.test(file.name) && !file.name.endsWith('.d.ts'))
      .map((file) => path.join(file.folder, file.name))
      .sort();
    for (const file of files) {
      const stat = fs.statSync(file);
      hash.update(`${file.slice(root.length)}\0${stat.size}\0${stat.mtimeMs}\0`);
    }
    build = hash.digest('hex');
  }
  return build;
}
