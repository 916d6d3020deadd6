/**
 * Content hashes of files known by their stats, as git's index knows them: a file whose size,
 * times of change and inode are those recorded has the recorded hash, so a run where nothing
 * changed stats each file instead of reading and hashing it (9 MB for 370 articles).
 *
 * Never wrong: a write changes the times (ctime cannot be set back by anyone); and a file is
 * recorded only when its last change is older than the timestamp granularity of any file
 * system (2 s, FAT), so a later write within the same tick as the recorded one cannot go unseen.
 * The index is kept per folder of files, so a run reads only the folders it looks in; entries
 * not looked up for 30 days are dropped. Two processes: the last to save wins, which only costs
 * the other's entries a hash next time.
 */
import fs from 'node:fs';
import path from 'node:path';
import v8 from 'node:v8';
import { contentHash, replaceQuietly } from './cache-file.js';
import { contentWritesSoFar } from './write-file.js';
import { hashFile } from './file-blocks.js';

/** Younger than this, a file's times may not yet tell a later write apart. */
const RACY_MS = 2000;
const KEEP_DAYS = 30;
/** Answers a turn keeps (see hash): an article's files are asked for close together. */
const TURN_HELD = 4096;
const FORMAT = 1;

type Entry = [size: number, mtimeMs: number, ctimeMs: number, ino: number, hash: string, seenDay: number];

/** The entries of one folder's files: a run loads only the folders it looks in. */
interface Shard {
  file: string;
  entries: Map<string, Entry>;
  changed: boolean;
}

const unsaved = new Set<StatIndex>();
let hooked = false;

/** The hashes told during one turn of the event loop, while docflow itself wrote no file. */
interface Turn {
  hashes: Map<string, string>;
  /** Whether a folder exists: most overlays and a source locale's provenance files are in none. */
  folders: Map<string, boolean>;
  writes: number;
}

export class StatIndex {
  private readonly shards = new Map<string, Shard>();
  private readonly today = Math.floor(Date.now() / 86_400_000);
  private turn: Turn | undefined;
  /** Whether the end of this turn of the event loop is awaited (see hash). */
  private ending = false;

  constructor(
    /** The folder the index lives in, one file per folder of files looked up. */
    private readonly dir: string,
    /** Younger than this, a file is hashed and not recorded (tests shorten it). */
    private readonly racyMs = RACY_MS,
  ) {}

  /**
   * The sha1 of a file's bytes, or `-` when there is no such file. Asked again in the same turn
   * of the event loop, the same answer without a stat: a warm `status` asked for each article's
   * hash three times (listing, article key, built-article key), 740 of its 3,350 stats. A file
   * changed by another process is seen from the next turn on (a watcher's event is one); one
   * docflow writes itself, at once.
   */
  hash(file: string): string {
    const writes = contentWritesSoFar();
    // A run that never yields is one turn: past TURN_HELD answers the turn starts afresh, so
    // it holds the files asked lately, not the repository's (12.8 MB of 30,000 files' warm extract).
    if (this.turn?.writes !== writes || this.turn.hashes.size >= TURN_HELD) {
      this.turn = { hashes: new Map(), folders: new Map(), writes };
      // One callback a turn ends them all: one for each, holding its turn, kept every turn
      // started in a run that never yields (11.7 MB of a warm status of 30,000 files).
      if (!this.ending) {
        this.ending = true;
        setImmediate(() => {
          this.ending = false;
          this.turn = undefined;
        }).unref();
      }
    }
    let hash = this.turn.hashes.get(file);
    if (hash === undefined) {
      hash = this.folderExists(path.dirname(file), this.turn) ? this.statHash(file) : '-';
      this.turn.hashes.set(file, hash);
    }
    return hash;
  }

  /**
   * A folder's existence, asked once a turn: a file in a folder that is not there needs no stat
   * of its own (a warm `lint` of 370 articles stated 736 such files, a third of its stats).
   */
  private folderExists(folder: string, turn: Turn): boolean {
    let exists = turn.folders.get(folder);
    if (exists === undefined) {
      const parent = path.dirname(folder);
      exists = (parent === folder || this.folderExists(parent, turn)) && statQuietly(folder)?.isDirectory() === true;
      turn.folders.set(folder, exists);
    }
    return exists;
  }

  private statHash(file: string): string {
    // Most overlays and many resource files do not exist: no exception for those (a thrown
    // ENOENT per article cost more than the stats).
    const stat = statQuietly(file);
    if (!stat) return '-';
    const shard = this.shard(path.dirname(file));
    const known = shard.entries.get(file);
    if (known && known[0] === stat.size && known[1] === stat.mtimeMs && known[2] === stat.ctimeMs && known[3] === stat.ino) {
      if (known[5] !== this.today) this.touch(shard, file, [...known.slice(0, 5), this.today] as Entry);
      return known[4];
    }
    let hash: string;
    try {
      hash = hashFile(file);
    } catch {
      return '-';
    }
    if (Math.max(stat.mtimeMs, stat.ctimeMs) < Date.now() - this.racyMs) this.touch(shard, file, [stat.size, stat.mtimeMs, stat.ctimeMs, stat.ino, hash, this.today]);
    else if (known) this.touch(shard, file, undefined);
    return hash;
  }

  /** Writes what this run learned (also done at exit). */
  save(): void {
    unsaved.delete(this);
    const oldest = this.today - KEEP_DAYS;
    for (const shard of this.shards.values()) {
      if (!shard.changed) continue;
      shard.changed = false;
      const kept = [...shard.entries].filter(([, entry]) => entry[5] >= oldest);
      replaceQuietly(shard.file, v8.serialize({ format: FORMAT, entries: kept }));
    }
  }

  private touch(shard: Shard, file: string, entry: Entry | undefined): void {
    if (entry) shard.entries.set(file, entry);
    else shard.entries.delete(file);
    shard.changed = true;
    if (!hooked) process.on('exit', saveAll);
    hooked = true;
    unsaved.add(this);
  }

  private shard(folder: string): Shard {
    let shard = this.shards.get(folder);
    if (!shard) {
      shard = { file: path.join(this.dir, contentHash(folder).slice(0, 20)), entries: new Map(), changed: false };
      try {
        const saved = v8.deserialize(fs.readFileSync(shard.file)) as { format: number; entries: [string, Entry][] };
        if (saved.format === FORMAT && Array.isArray(saved.entries)) shard.entries = new Map(saved.entries);
      } catch {
        // None yet, or damaged: its files are hashed once more.
      }
      this.shards.set(folder, shard);
    }
    return shard;
  }
}

function statQuietly(file: string): fs.Stats | undefined {
  try {
    return fs.statSync(file, { throwIfNoEntry: false });
  } catch {
    return undefined;
  }
}

function saveAll(): void {
  for (const index of [...unsaved]) index.save();
}
