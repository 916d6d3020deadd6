/**
 * The few strings a listing needs from each resource file (titles), kept between runs in one
 * cache entry: a warm `list` or picker then stats the resource files instead of parsing them
 * all (14 MB of JSON for 370 articles in two locales). An entry holds while its file has the
 * same bytes and the same keys are asked of it; a file with a problem is never kept, so its
 * problem is told on every run.
 */
import { contentHash } from './cache-file.js';
import type { Cache } from './cache.js';
import { PackedMemo } from './packed-memo.js';

export class PickedStrings {
  private readonly memo: PackedMemo<Record<string, string>>;

  constructor(
    private readonly cache: Cache,
    localesDir: string,
  ) {
    this.memo = new PackedMemo(cache, 'picked-strings', localesDir);
  }

  /** `keys` of a file's strings, from the memo or by `pick` (which tells of problems). */
  pick(file: string, keys: ReadonlySet<string>, pick: (problems: { told: boolean }) => Record<string, string>): Record<string, string> {
    const key = `${this.cache.hashOf(file)}\0${contentHash([...keys].join('\0'))}`;
    return this.memo.take(file, key, () => {
      const problems = { told: false };
      return { value: pick(problems), keep: !problems.told };
    });
  }

  save(): void {
    this.memo.save();
  }
}
