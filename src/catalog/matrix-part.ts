/**
 * What a part of a CI matrix says it was run on: its shard, its `--locale`, the articles named
 * on its command line, where the content's files are, and the names its `--config` allows.
 * `docflow merge` joins only parts that say the same (but their shard), as a part run on other
 * articles, locales or files than the others left theirs out of the merged report, and one run
 * with other names allowed counted other sentences as still in English.
 */
import { compareNames } from '../text/name-order.js';

export interface MatrixPart {
  /** `i/n`, as given to `--shard`. */
  shard: string;
  /** With `--locale`: the one locale the part counts or checks. */
  locale?: string;
  /** With articles named: all of them (every job's, not this shard's alone), in name order, once each. */
  articles?: string[];
  /** The content's listing hash (see ContentListing): the same files in the same places, in any checkout. */
  listing?: string;
  /**
   * With `--config`: the names its `allow:` lets a translation keep in English, in name order,
   * once each (none: the key is left out). They decide which sentences are still in English, so
   * status and lint parts run with other names counted or checked otherwise.
   */
  allow?: string[];
}

/** A part's allowed names as it says them: in name order, once each; none when there are none. */
export function allowedNames(allow: readonly string[]): { allow?: string[] } {
  const names = [...new Set(allow)].sort(compareNames);
  return names.length > 0 ? { allow: names } : {};
}

export function matrixPart(shard: { index: number; count: number }, locale: string | undefined, named: readonly string[] | undefined, listing: string): MatrixPart {
  return {
    shard: `${shard.index}/${shard.count}`,
    ...(locale !== undefined ? { locale } : {}),
    ...(named !== undefined ? { articles: [...new Set(named)].sort(compareNames) } : {}),
    listing,
  };
}
