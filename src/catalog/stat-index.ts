/**
 * Content hashes of files known by their stats, as git's index knows them: a file whose size,
 * times of change and inode are those recorded has the recorded hash, so a run where nothing
 * changed stats each file instead of reading and hashing it (9 MB for 370 articles).
 *
 * Never wrong: a write changes the times (ctime cannot be set back by anyone); and a file is
 * recorded only when its last change is older than the timestamp granularity of any file
 * system (2 s, FAT), so a later write within the same tick as the recorded one cannot go unseen.
 * Entries not looked up for 30 days are dropped. Two processes: the last to save wins, which
 * only costs the other's entries a hash next time.
 */
import fs from 'node:fs';
import v8 from 'node:v8';
import { contentHash, replaceQuietly } from './cache-file.js';

/** Younger than this, a file's times may not yet tell a later write apart. */
const RACY_MS = 2000;
const KEEP_DAYS = 30;
const FORMAT = 1;

type Entry = [size: number, mtimeMs: number, ctimeMs: number, ino: number, hash: string, seenDay: number];

const unsaved = new Set<StatIndex>();
let hooked = false;

export class StatIndex {
  private entries: Map<string, Entry> | undefined;
  private readonly today = Math.floor(Date.now() / 86_400_000);

  constructor(
    private readonly file: string,
    /** Younger than this, a file is hashed and not recorded (tests shorten it). */
    private readonly racyMs = RACY_MS,
  ) {}

  /** The sha1 of a file's bytes, or `-` when there is no such file. */
  hash(file: string): string {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(file);
    } catch {
      return '-';
    }
    const entries = this.load();
    const known = entries.get(file);
    if (known && known[0] === stat.size && known[1] === stat.mtimeMs && known[2] === stat.ctimeMs && known[3] === stat.ino) {
      if (known[5] !== this.today) this.touch(file, [...known.slice(0, 5), this.today] as Entry);
      return known[4];
    }
    let bytes: Buffer;
    try {
      bytes = fs.readFileSync(file);
    } catch {
      return '-';
    }
    const hash = contentHash(bytes);
    if (Math.max(stat.mtimeMs, stat.ctimeMs) < Date.now() - this.racyMs) this.touch(file, [stat.size, stat.mtimeMs, stat.ctimeMs, stat.ino, hash, this.today]);
    else if (known) this.touch(file, undefined);
    return hash;
  }

  /** Writes the index if this run learned something (also done at exit). */
  save(): void {
    unsaved.delete(this);
    if (!this.entries) return;
    const oldest = this.today - KEEP_DAYS;
    const kept = [...this.entries].filter(([, entry]) => entry[5] >= oldest);
    replaceQuietly(this.file, v8.serialize({ format: FORMAT, entries: kept }));
  }

  private touch(file: string, entry: Entry | undefined): void {
    if (entry) this.entries!.set(file, entry);
    else this.entries!.delete(file);
    if (!hooked) process.on('exit', saveAll);
    hooked = true;
    unsaved.add(this);
  }

  private load(): Map<string, Entry> {
    if (!this.entries) {
      this.entries = new Map();
      try {
        const saved = v8.deserialize(fs.readFileSync(this.file)) as { format: number; entries: [string, Entry][] };
        if (saved.format === FORMAT && Array.isArray(saved.entries)) this.entries = new Map(saved.entries);
      } catch {
        // None yet, or damaged: every file is hashed once more.
      }
    }
    return this.entries;
  }
}

function saveAll(): void {
  for (const index of [...unsaved]) index.save();
}
