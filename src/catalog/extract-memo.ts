/**
 * extract on an article that has not changed since the last run: nothing to parse, merge or
 * write. A memo, kept in the parse cache, says what the last run of this docflow build found for
 * the same article files, overlay and set of resource files, and the bytes it left in every file
 * it wrote; it holds while every one of those files still has those bytes (no one edited a
 * translation since) and the locales still answer the glossary questions the article's build
 * asked. The report's state (stale strings, problems) is the memo's; its events (hand edits found,
 * strings set aside) are not: they were the last run's, and the files it left record them (the
 * edits in the provenance, the set-aside strings out of the resource file), so a run on those
 * bytes finds none, as a run without a cache does.
 */
import { fileWith, savedMessages, type SavedMessage } from './article-cache.js';
import { articleInputs, fileHash } from './article-inputs.js';
import type { Question } from './content-questions.js';
import type { Workspace, Article } from './workspace.js';
import type { VFile } from 'vfile';
import { contentHash } from './cache-file.js';
import { itemsScope, PackedMemo } from './packed-memo.js';
import { compareNames } from '../text/name-order.js';

export interface ArticleOutcome {
  /** Every file written or found up to date, with the sha1 of its bytes. */
  outputs: [file: string, hash: string][];
  stale: number;
  /** The files with messages, said again: those without were 30,000 entries of a memo of 500 articles in 60 locales. */
  files: { path: string; messages: SavedMessage[] }[];
  questions: Question[];
}

/**
 * The articles' extract memos, in one cache entry (a warm extract read 368 entries, one per
 * article), or undefined without a cache.
 */
export function extractMemo(workspace: Workspace, slugs: readonly string[]): PackedMemo<ArticleOutcome> | undefined {
  const cache = workspace.parseCache;
  return cache && new PackedMemo<ArticleOutcome>(cache, 'extract', workspace.localesDir, itemsScope(slugs, workspace.slugs()), ...workspace.content.dirs);
}

/**
 * What an article's extract is made from, as one hash. `written`: locales whose resource file
 * this run has written since locales/ was read, as the next run will find them (a memo kept under
 * the key from before its own writes would miss once, after every cold run).
 */
export function memoKey(workspace: Workspace, slug: string, written: readonly string[] = []): string {
  const locales = [...new Set([...workspace.resourceLocales(slug), ...written])].sort(compareNames);
  return contentHash([...articleInputs(workspace, slug), locales.join(',')].join('\0'));
}

/** The last run's outcome, if it still holds. */
export function recall(workspace: Workspace, memo: PackedMemo<ArticleOutcome>, slug: string, key: string): { outcome: ArticleOutcome; files: VFile[] } | undefined {
  const outcome = memo.get(
    slug,
    key,
    (saved) => saved.outputs.every(([file, hash]) => fileHash(workspace, file) === hash) && workspace.stillAnswered(saved.questions),
  );
  return outcome && { outcome, files: outcome.files.map((f) => fileWith(f.path, f.messages)) };
}

export function remember(memo: PackedMemo<ArticleOutcome>, slug: string, key: string, article: Article, outcome: Omit<ArticleOutcome, 'files' | 'questions'>): void {
  memo.put(slug, key, { ...outcome, files: article.files.flatMap((f) => (f.messages.length > 0 ? [{ path: f.path, messages: savedMessages(f) }] : [])), questions: article.questions });
}
