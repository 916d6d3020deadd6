/**
 * One folder's entries of the stat index, packed: a file's name has a slot, and a slot's numbers
 * and hash lie in typed arrays. A Map of six-field arrays keyed by whole paths held ~450 bytes a
 * file (27 MB of a warm extract of 30,000 files); this holds 100–250 (folders of ten files: 7.5 MB).
 */
/** size, mtimeMs, ctimeMs, ino, the day it was last looked up. */
const NUMBERS = 5;
const HASH_BYTES = 20;

export interface FileStats {
  size: number;
  mtimeMs: number;
  ctimeMs: number;
  ino: number;
}

/** The entries as saved: names in slot order, their numbers and their sha1s. */
export interface PackedFolderStats {
  names: string[];
  numbers: Float64Array;
  hashes: Uint8Array;
}

export class FolderStats {
  private readonly slots = new Map<string, number>();
  private numbers: Float64Array;
  private hashes: Buffer;
  private used = 0;
  changed = false;

  constructor(saved?: PackedFolderStats) {
    const count = saved?.names.length ?? 0;
    this.numbers = new Float64Array((count + 4) * NUMBERS);
    this.hashes = Buffer.alloc((count + 4) * HASH_BYTES);
    if (!saved) return;
    this.numbers.set(saved.numbers.subarray(0, count * NUMBERS));
    this.hashes.set(saved.hashes.subarray(0, count * HASH_BYTES));
    for (const name of saved.names) this.slots.set(name, this.used++);
  }

  get size(): number {
    return this.slots.size;
  }

  /** The recorded sha1 (hex) of `name` when its stats are the recorded ones; marks it seen `today`. */
  hash(name: string, stats: FileStats, today: number): string | undefined {
    const slot = this.slots.get(name);
    if (slot === undefined) return undefined;
    const at = slot * NUMBERS;
    const n = this.numbers;
    if (n[at] !== stats.size || n[at + 1] !== stats.mtimeMs || n[at + 2] !== stats.ctimeMs || n[at + 3] !== stats.ino) return undefined;
    if (n[at + 4] !== today) {
      n[at + 4] = today;
      this.changed = true;
    }
    return this.hashes.toString('hex', slot * HASH_BYTES, (slot + 1) * HASH_BYTES);
  }

  set(name: string, stats: FileStats, hash: string, today: number): void {
    let slot = this.slots.get(name);
    if (slot === undefined) {
      slot = this.used++;
      this.grow();
      this.slots.set(name, slot);
    }
    this.numbers.set([stats.size, stats.mtimeMs, stats.ctimeMs, stats.ino, today], slot * NUMBERS);
    this.hashes.write(hash, slot * HASH_BYTES, HASH_BYTES, 'hex');
    this.changed = true;
  }

  delete(name: string): void {
    if (this.slots.delete(name)) this.changed = true;
  }

  /** The entries seen since `oldest` (a day), packed to be saved. */
  packed(oldest: number): PackedFolderStats {
    const names: string[] = [];
    const kept: number[] = [];
    for (const [name, slot] of this.slots) {
      if (this.numbers[slot * NUMBERS + 4]! < oldest) continue;
      names.push(name);
      kept.push(slot);
    }
    const numbers = new Float64Array(kept.length * NUMBERS);
    const hashes = new Uint8Array(kept.length * HASH_BYTES);
    kept.forEach((slot, i) => {
      numbers.set(this.numbers.subarray(slot * NUMBERS, (slot + 1) * NUMBERS), i * NUMBERS);
      hashes.set(this.hashes.subarray(slot * HASH_BYTES, (slot + 1) * HASH_BYTES), i * HASH_BYTES);
    });
    return { names, numbers, hashes };
  }

  /** Room for slot `used - 1`: twice the room when full. */
  private grow(): void {
    if (this.used * NUMBERS <= this.numbers.length) return;
    const numbers = new Float64Array(this.numbers.length * 2);
    numbers.set(this.numbers);
    this.numbers = numbers;
    const hashes = Buffer.alloc(this.hashes.length * 2);
    this.hashes.copy(hashes);
    this.hashes = hashes;
  }
}

/** Whether a deserialized value is packed folder stats (else the index's file is of another format, or damaged). */
export function isPackedFolderStats(value: unknown): value is PackedFolderStats {
  const saved = value as PackedFolderStats | undefined;
  return (
    Array.isArray(saved?.names) &&
    saved.numbers instanceof Float64Array &&
    saved.hashes instanceof Uint8Array &&
    saved.numbers.length === saved.names.length * NUMBERS &&
    saved.hashes.length === saved.names.length * HASH_BYTES
  );
}
