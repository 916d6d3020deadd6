/**
 * Many small memos kept in one cache entry: a run that needs one result per article (or per
 * resource file) reads one file instead of hundreds. Each item's result is kept under its own
 * key (its inputs' hashes) and used only while the key is the same and `valid` accepts it; items
 * not asked for in a run drop out when it saves.
 */
import type { Cache } from './cache.js';
import { contentHash } from './cache-file.js';

type Kept<T> = [key: string, value: T];

export class PackedMemo<T> {
  private readonly key: string;
  private kept: Map<string, Kept<T>> | undefined;
  private readonly used = new Map<string, Kept<T>>();
  private changed = false;

  constructor(
    private readonly cache: Cache,
    name: string,
    ...scope: string[]
  ) {
    this.key = cache.key(name, ...scope);
  }

  /**
   * The item's result under `key`, from the memo or made (and kept unless `make` says not to:
   * a result that reports a problem is made again each run, so the problem is told each run).
   */
  take(item: string, key: string, make: () => { value: T; keep: boolean }, valid: (value: T) => boolean = () => true): T {
    const known = this.get(item, key, valid);
    if (known !== undefined) return known;
    const { value, keep } = make();
    if (keep) this.put(item, key, value);
    else this.changed = true;
    return value;
  }

  /** The item's result under `key`, if kept and valid. */
  get(item: string, key: string, valid: (value: T) => boolean = () => true): T | undefined {
    const known = this.loaded().get(item);
    if (!known || known[0] !== key || !valid(known[1])) return undefined;
    this.used.set(item, known);
    return known[1];
  }

  /** Keeps the item's result under `key` (made elsewhere: on a worker thread, say). */
  put(item: string, key: string, value: T): void {
    this.loaded();
    this.used.set(item, [key, value]);
    this.changed = true;
  }

  private loaded(): Map<string, Kept<T>> {
    return (this.kept ??= new Map(this.cache.get<[string, Kept<T>][]>(this.key) ?? []));
  }

  /** Keeps what this run used, and of the rest what `alsoKeep` names (a run may come back for it). */
  save(alsoKeep?: (item: string) => boolean): void {
    if (!this.kept) return;
    if (alsoKeep) for (const [item, kept] of this.kept) if (!this.used.has(item) && alsoKeep(item)) this.used.set(item, kept);
    if (this.changed || this.kept.size !== this.used.size) this.cache.set(this.key, [...this.used]);
  }
}

/**
 * The scope of a memo for a run over `asked` of the `all` items: `*` for all of them, else the
 * set's own, so that runs over other sets (shards, named articles) do not drop its items when
 * they save.
 */
export function itemsScope(asked: readonly string[], all: readonly string[]): string {
  const known = new Set(all);
  return asked.length === all.length && asked.every((item) => known.has(item)) ? '*' : contentHash(asked.join('\0'));
}
