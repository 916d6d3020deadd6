/**
 * The few strings a listing needs from each resource file (titles), kept between runs in one
 * cache entry: a warm `list` or picker then stats the resource files instead of parsing them
 * all (14 MB of JSON for 370 articles in two locales). An entry holds while its file has the
 * same bytes and the same keys are asked of it; a file with a problem is never kept, so its
 * problem is told on every run.
 */
import { contentHash } from './cache-file.js';
import type { Cache } from './cache.js';

type Kept = [hash: string, keys: string, picked: Record<string, string>];

export class PickedStrings {
  private readonly key: string;
  private kept: Map<string, Kept> | undefined;
  private readonly used = new Map<string, Kept>();
  private changed = false;

  constructor(
    private readonly cache: Cache,
    localesDir: string,
  ) {
    this.key = cache.key('picked-strings', localesDir);
  }

  /** `keys` of a file's strings, from the memo or by `read` (which tells of problems). */
  pick(file: string, keys: ReadonlySet<string>, read: (file: string, problems: { told: boolean }) => Record<string, string>): Record<string, string> {
    this.kept ??= new Map(this.cache.get<[string, Kept][]>(this.key) ?? []);
    const hash = this.cache.hashOf(file);
    const asked = contentHash([...keys].join('\0'));
    const known = this.kept.get(file);
    if (known && known[0] === hash && known[1] === asked) {
      this.used.set(file, known);
      return known[2];
    }
    const problems = { told: false };
    const messages = read(file, problems);
    const picked = Object.fromEntries([...keys].filter((k) => Object.hasOwn(messages, k)).map((k) => [k, messages[k]!]));
    if (!problems.told) this.used.set(file, [hash, asked, picked]);
    this.changed = true;
    return picked;
  }

  /** Keeps what this run used (files gone or no longer listed drop out). */
  save(): void {
    if (this.changed || (this.kept && this.kept.size !== this.used.size)) this.cache.set(this.key, [...this.used]);
  }
}
