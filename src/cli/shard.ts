/**
 * `--shard i/n`: the articles split over n CI jobs, deterministically and stably. An article's
 * shard comes from a hash of its slug, so it stays in its shard when others are added or removed,
 * and every job agrees without talking to the others.
 */
import { hash } from 'node:crypto';
import type { ContentScope } from '../catalog/workspace.js';
import { CliError } from './io.js';

export interface Shard {
  /** 1-based, as written. */
  index: number;
  count: number;
}

export function parseShard(spec: string | undefined): Shard | undefined {
  if (spec === undefined) return undefined;
  const match = /^(\d+)\/(\d+)$/.exec(spec.trim());
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || index < 1 || index > count) throw new CliError(`--shard takes i/n with 1 ≤ i ≤ n (1/4, 2/4, …), not “${spec}”`, 2);
  return { index, count };
}

export function shardOf(slug: string, count: number): number {
  // One-shot: a Hash object a slug was half of listing a shard of 300,000 files.
  return (hash('sha1', slug, 'buffer').readUInt32BE(0) % count) + 1;
}

/** The slugs of one shard, in their order. */
export function inShard(slugs: readonly string[], shard: Shard | undefined): string[] {
  return shard ? slugs.filter((slug) => shardOf(slug, shard.count) === shard.index) : [...slugs];
}

/** A workspace of the shard's articles alone (see ContentScope): the others' files are not opened. */
export function shardScope(shard: Shard): ContentScope {
  // An article's slug comes once per locale folder: its shard is found once.
  const known = new Map<string, boolean>();
  const keep = (slug: string) => {
    let kept = known.get(slug);
    if (kept === undefined) known.set(slug, (kept = shardOf(slug, shard.count) === shard.index));
    return kept;
  };
  return { name: `shard ${shard.index}/${shard.count}`, keep };
}
