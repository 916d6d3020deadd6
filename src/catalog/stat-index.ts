/**
 * Content hashes of files known by their stats, as git's index knows them: a file whose size,
 * times of change and inode are those recorded has the recorded hash, so a run where nothing
 * changed stats each file instead of reading and hashing it (9 MB for 370 articles).
 *
 * Never wrong: a write changes the times (ctime cannot be set back by anyone); and a file is
 * recorded only when its last change is older than the timestamp granularity of any file
 * system (2 s, FAT), so a later write within the same tick as the recorded one cannot go unseen.
 * The index is kept per folder of files, so a run reads only the folders it looks in, and holds
 * the folders it looked in lately, not all of them (see shard); entries not looked up for 30
 * days are dropped. Two processes: the last to save wins, which only costs the other's entries a
 * hash next time.
 */
import fs from 'node:fs';
import path from 'node:path';
import v8 from 'node:v8';
import { contentHash, replaceQuietly } from './cache-file.js';
import { contentWritesSoFar } from './write-file.js';
import { hashFile } from './file-blocks.js';
import { FolderStats, isPackedFolderStats, type PackedFolderStats } from './folder-stats.js';

/** Younger than this, a file's times may not yet tell a later write apart. */
const RACY_MS = 2000;
const KEEP_DAYS = 30;
/** Answers a turn keeps (see hash): an article's files are asked for close together. */
const TURN_HELD = 4096;
/**
 * Entries of the folders looked in lately held at most (100–250 bytes each), past which the folder
 * looked in longest ago is saved and let go: articles come in name order, so a repository's
 * folders go by one after the other.
 */
const HELD_ENTRIES = 32_768;
/** Times a folder is let go before it is held to the end (see `kept`). */
const KEPT_AFTER = 2;
/** Entries held to the end at most, as a multiple of those of the folders looked in lately. */
const KEPT_TIMES = 4;
const FORMAT = 2;

/** The entries of one folder's files: a run loads only the folders it looks in. */
interface Shard {
  file: string;
  stats: FolderStats;
  /** Whether it may be let go, or is held to the end (see `kept`). */
  kept: boolean;
  /** Its entries as counted in `held` or `keptEntries`. */
  entries: number;
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
  /** Folders held, the one looked in last at the end. */
  private readonly shards = new Map<string, Shard>();
  /**
   * Folders let go twice and looked in again, held to the end: a layout whose folders do not go
   * by (a flat folder per locale, each article in all of them) is read three times, not again and
   * again. Once is not enough: a locale's glossary looks in all its folders before the articles
   * go by, and holding each from its second look held every file (a cold extract of 300,000).
   * Up to KEPT_TIMES the folders looked in lately: past that, a repository too large for it is
   * read again and again, rather than held whole.
   */
  private readonly kept = new Map<string, Shard>();
  private keptEntries = 0;
  /** How many times each folder was let go. */
  private readonly letGo = new Map<string, number>();
  private held = 0;
  private lastFolder: string | undefined;
  private readonly today = Math.floor(Date.now() / 86_400_000);
  private turn: Turn | undefined;
  /** Whether the end of this turn of the event loop is awaited (see hash). */
  private ending = false;

  constructor(
    /** The folder the index lives in, one file per folder of files looked up. */
    private readonly dir: string,
    /** Younger than this, a file is hashed and not recorded (tests shorten it). */
    private readonly racyMs = RACY_MS,
    /** Entries held of the folders looked in lately (tests lower it). */
    private readonly heldEntries = HELD_ENTRIES,
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
    const folder = path.dirname(file);
    const name = path.basename(file);
    const shard = this.shard(folder);
    const known = shard.stats.hash(name, stat, this.today);
    if (known !== undefined) {
      this.changed(shard);
      return known;
    }
    let hash: string;
    try {
      hash = hashFile(file);
    } catch {
      return '-';
    }
    if (Math.max(stat.mtimeMs, stat.ctimeMs) < Date.now() - this.racyMs) shard.stats.set(name, stat, hash, this.today);
    else shard.stats.delete(name);
    this.changed(shard);
    return hash;
  }

  /** Writes what this run learned (also done at exit). */
  save(): void {
    unsaved.delete(this);
    for (const shard of [...this.shards.values(), ...this.kept.values()]) this.saveShard(shard);
  }

  private saveShard(shard: Shard): void {
    if (!shard.stats.changed) return;
    shard.stats.changed = false;
    replaceQuietly(shard.file, v8.serialize({ format: FORMAT, ...shard.stats.packed(this.today - KEEP_DAYS) }));
  }

  /** After a lookup: counts the shard's new entries, and has them saved at exit if it changed. */
  private changed(shard: Shard): void {
    if (shard.kept) this.keptEntries += shard.stats.size - shard.entries;
    else this.held += shard.stats.size - shard.entries;
    shard.entries = shard.stats.size;
    if (!shard.stats.changed) return;
    if (!hooked) process.on('exit', saveAll);
    hooked = true;
    unsaved.add(this);
  }

  private shard(folder: string): Shard {
    let shard = this.shards.get(folder);
    if (shard) {
      // The last looked in goes last: a folder's files are asked for together, so mostly it is already.
      if (folder !== this.lastFolder) {
        this.shards.delete(folder);
        this.shards.set(folder, shard);
        this.lastFolder = folder;
      }
      return shard;
    }
    shard = this.kept.get(folder);
    if (shard) return shard;
    const file = path.join(this.dir, contentHash(folder).slice(0, 20));
    const stats = new FolderStats(load(file));
    const kept = (this.letGo.get(folder) ?? 0) >= KEPT_AFTER && this.keptEntries + stats.size <= this.heldEntries * KEPT_TIMES;
    shard = { file, stats, kept, entries: stats.size };
    if (kept) {
      this.kept.set(folder, shard);
      this.keptEntries += shard.entries;
      return shard;
    }
    this.letGoOldest();
    this.held += shard.entries;
    this.shards.set(folder, shard);
    this.lastFolder = folder;
    return shard;
  }

  /** Saves and lets go of the folders looked in longest ago, while more entries than heldEntries are held. */
  private letGoOldest(): void {
    for (const [folder, shard] of this.shards) {
      if (this.held <= this.heldEntries) return;
      this.saveShard(shard);
      this.shards.delete(folder);
      this.held -= shard.entries;
      this.letGo.set(folder, (this.letGo.get(folder) ?? 0) + 1);
    }
  }
}

/** A folder's saved entries, if any are saved in this format. */
function load(file: string): PackedFolderStats | undefined {
  try {
    const saved = v8.deserialize(fs.readFileSync(file)) as { format?: number };
    if (saved.format === FORMAT && isPackedFolderStats(saved)) return saved;
  } catch {
    // None yet, or damaged: its files are hashed once more.
  }
  return undefined;
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
