/**
 * One result per article of a command that reads the articles and their files in locales/
 * (`status`, `apply`), kept for runs of articles together rather than one cache entry each (a
 * warm status read 368 entries, one per article). A result is kept under the article's inputs
 * (its files, its overlay, every resource and provenance file of it) and used while the
 * questions its build asked of the rest of the content get the same answers. No cache, no memo.
 *
 * The runs are cut where the content says, not by count: a new run starts at each article whose
 * name hashes to a multiple of GROUP, so an article added or removed changes its own run's entry
 * and no other. The articles are asked in order, and a run's entry is saved and let go when the
 * next one starts: a command over 5,000 articles in 60 locales holds one run's results, not the
 * 59 MB entry of all of them (and its 300,000 rows once read).
 */
import { articleInputs } from './article-inputs.js';
import { contentHash } from './cache-file.js';
import type { Question } from './content-questions.js';
import { itemsScope, PackedMemo } from './packed-memo.js';
import type { Workspace } from './workspace.js';

/** Articles a run holds on average: 64 of 60 locales is ~3,800 status rows, ~1 MB kept. */
const GROUP = 64;

export class ArticleMemo<T extends { questions: readonly Question[] }> {
  private readonly scope: string[];
  private group: PackedMemo<T> | undefined;
  /** The article last asked about: its `recall` and `remember` are in the same run. */
  private asked: string | undefined;

  private constructor(
    private readonly workspace: Workspace,
    private readonly name: string,
    slugs: readonly string[],
    /** The one locale the run is about, or every one. */
    locale: string | undefined,
  ) {
    this.scope = [workspace.localesDir, locale ?? '*', itemsScope(slugs, workspace.slugs()), ...workspace.content.dirs];
  }

  static open<T extends { questions: readonly Question[] }>(workspace: Workspace, name: string, slugs: readonly string[], locale: string | undefined): ArticleMemo<T> | undefined {
    return workspace.parseCache && new ArticleMemo<T>(workspace, name, slugs, locale);
  }

  /** The article's inputs as they are now: taken before the work, and given back to `remember`. */
  key(slug: string): string {
    return contentHash(articleInputs(this.workspace, slug, { resources: true }).join('\0'));
  }

  /** The article's result under `key`, if kept and its questions still get the same answers. */
  recall(slug: string, key: string): T | undefined {
    return this.groupOf(slug).get(slug, key, (saved) => this.workspace.stillAnswered(saved.questions));
  }

  remember(slug: string, key: string, value: T): void {
    this.groupOf(slug).put(slug, key, value);
  }

  save(): void {
    this.group?.save();
  }

  /** The run `slug` is in: the one before, unless it starts a run of its own (or is the first asked). */
  private groupOf(slug: string): PackedMemo<T> {
    if (this.group && (slug === this.asked || !startsGroup(slug))) {
      this.asked = slug;
      return this.group;
    }
    this.group?.save();
    this.asked = slug;
    return (this.group = new PackedMemo<T>(this.workspace.parseCache!, this.name, ...this.scope, slug));
  }
}

/** FNV-1a of the name's code units: cheap, and the same on every machine and run. */
export function startsGroup(slug: string): boolean {
  let hash = 0x811c9dc5;
  for (let i = 0; i < slug.length; i++) hash = Math.imul(hash ^ slug.charCodeAt(i), 0x01000193);
  return (hash >>> 0) % GROUP === 0;
}
