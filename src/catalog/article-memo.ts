/**
 * One result per article of a command that reads the articles and their files in locales/
 * (`status`, `apply`), kept for runs of articles together (grouped-memo.ts) rather than one cache
 * entry each (a warm status read 368 entries, one per article). A result is kept under the
 * article's inputs (its files, its overlay, every resource and provenance file of it) and used
 * while the questions its build asked of the rest of the content get the same answers. No cache,
 * no memo.
 */
import { articleInputs } from './article-inputs.js';
import { contentHash } from './cache-file.js';
import type { Question } from './content-questions.js';
import { GroupedMemo } from './grouped-memo.js';
import { itemsScope } from './packed-memo.js';
import type { Workspace } from './workspace.js';

export class ArticleMemo<T extends { questions: readonly Question[] }> {
  private readonly memo: GroupedMemo<T>;

  private constructor(
    private readonly workspace: Workspace,
    name: string,
    slugs: readonly string[],
    /** The one locale the run is about, or every one. */
    locale: string | undefined,
    /** More of what the results rest on (status's team names). */
    more: readonly string[],
  ) {
    this.memo = new GroupedMemo<T>(workspace.parseCache!, name, slugs, workspace.localesDir, locale ?? '*', itemsScope(slugs, workspace.slugs()), ...workspace.content.dirs, ...(more.length > 0 ? ['\0', ...more] : []));
  }

  static open<T extends { questions: readonly Question[] }>(workspace: Workspace, name: string, slugs: readonly string[], locale: string | undefined, more: readonly string[] = []): ArticleMemo<T> | undefined {
    return workspace.parseCache && new ArticleMemo<T>(workspace, name, slugs, locale, more);
  }

  /** The article's inputs as they are now: taken before the work, and given back to `remember`. */
  key(slug: string): string {
    return contentHash(articleInputs(this.workspace, slug, { resources: true }).join('\0'));
  }

  /** The article's result under `key`, if kept and its questions still get the same answers. */
  recall(slug: string, key: string): T | undefined {
    return this.memo.get(slug, key, (saved) => this.workspace.stillAnswered(saved.questions));
  }

  remember(slug: string, key: string, value: T): void {
    this.memo.put(slug, key, value);
  }

  save(): void {
    this.memo.save();
  }
}
