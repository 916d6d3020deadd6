/**
 * A PackedMemo cut into runs of items asked one after another (articles, in a command's order),
 * one cache entry a run, held one run at a time: a command over 5,000 articles in 60 locales
 * holds one run's results, not the whole memo (status's was a 59 MB entry, and its 300,000 rows
 * once read; extract's 23 MB).
 *
 * The runs are cut where the items' names say, not by count: in the run's order of items, a new
 * run starts at each item whose name hashes to a multiple of RUN, so an item added or removed
 * changes its own run's entry and no other. One that starts a run (one in RUN) cuts a run in two:
 * a miss asks the run held before, where the items after it were kept. (One that started a run,
 * removed, joins its followers to the run before, and they are made again.) Asked in that order, each run is read and written
 * once; asked in another, a run left and entered again is read again, and every answer is the
 * same (a run saved when left keeps its items not asked yet).
 */
import type { Cache } from './cache.js';
import { PackedMemo } from './packed-memo.js';

/** Items a run holds on average: 64 articles of 60 locales is ~3,800 status rows, ~1 MB kept. */
const RUN = 64;

export class GroupedMemo<T> {
  private readonly scope: string[];
  /** Each item's run, by the item that starts it. */
  private readonly runStart = new Map<string, string>();
  private run: PackedMemo<T> | undefined;
  private runName: string | undefined;
  /**
   * The run held before this one, asked when this one misses: an article added where a run now
   * starts cut the run its followers were kept in, and they are found there, not made again.
   */
  private before: PackedMemo<T> | undefined;

  /**
   * @param items every item the run may ask about, in the order it asks (an item not among them
   *   is a run of its own)
   */
  constructor(
    private readonly cache: Cache,
    private readonly name: string,
    items: readonly string[],
    ...scope: string[]
  ) {
    this.scope = scope;
    let start = items[0];
    for (const item of items) {
      if (startsRun(item)) start = item;
      this.runStart.set(item, start!);
    }
  }

  /** The item's result under `key`, from the memo or made (see PackedMemo.take). */
  take(item: string, key: string, make: () => { value: T; keep: boolean }, valid?: (value: T) => boolean): T {
    return this.get(item, key, valid) ?? this.runOf(item).take(item, key, make, valid);
  }

  /** The item's result under `key`, if kept and valid (in its run, or in the run before). */
  get(item: string, key: string, valid?: (value: T) => boolean): T | undefined {
    const run = this.runOf(item);
    const known = run.get(item, key, valid);
    if (known !== undefined || !this.before) return known;
    const moved = this.before.get(item, key, valid);
    if (moved !== undefined) run.put(item, key, moved);
    return moved;
  }

  /** Keeps the item's result under `key`. */
  put(item: string, key: string, value: T): void {
    this.runOf(item).put(item, key, value);
  }

  /**
   * Keeps the run held now (the others were saved when left): what was asked of it, and the items
   * still in it that were not (asked out of order, they may come later). Items no longer among
   * `items` drop out.
   */
  save(): void {
    const name = this.runName;
    this.run?.save((item) => this.runStart.get(item) === name);
  }

  /** The run `item` is in, read when first asked after another run (which is saved and let go). */
  private runOf(item: string): PackedMemo<T> {
    const start = this.runStart.get(item) ?? item;
    if (this.run && start === this.runName) return this.run;
    this.save();
    this.before = this.run;
    this.runName = start;
    return (this.run = new PackedMemo<T>(this.cache, this.name, ...this.scope, start));
  }
}

/** FNV-1a of the name's code units: cheap, and the same on every machine and run. */
export function startsRun(item: string): boolean {
  let hash = 0x811c9dc5;
  for (let i = 0; i < item.length; i++) hash = Math.imul(hash ^ item.charCodeAt(i), 0x01000193);
  return (hash >>> 0) % RUN === 0;
}
