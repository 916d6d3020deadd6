/**
 * What a part of a CI matrix says it was run on: its shard, its `--locale`, the articles named
 * on its command line and where the content's files are. `docflow merge` joins only parts that
 * say the same (but their shard), as a part run on other articles, locales or files than the
 * others left theirs out of the merged report.
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
}

export function matrixPart(shard: { index: number; count: number }, locale: string | undefined, named: readonly string[] | undefined, listing: string): MatrixPart {
  return {
    shard: `${shard.index}/${shard.count}`,
    ...(locale !== undefined ? { locale } : {}),
    ...(named !== undefined ? { articles: [...new Set(named)].sort(compareNames) } : {}),
    listing,
  };
}
