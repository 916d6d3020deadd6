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
import { GroupedMemo } from './grouped-memo.js';
import { itemsScope } from './packed-memo.js';
import { compareNames } from '../text/name-order.js';
import { pathPrefix } from '../runtime/path-prefix.js';
import path from 'node:path';

export interface ArticleOutcome {
  /**
   * Every file written or found up to date, below locales/ (see packOutputs), `\0`-joined: one
   * string, not a pair of strings a file (10.6 MB of a warm extract of 500 articles in 60 locales).
   */
  outputs: string;
  /** The sha1 of their bytes, in that order, hashed as one. */
  outputsHash: string;
  stale: number;
  /** The files with messages, said again: those without were 30,000 entries of a memo of 500 articles in 60 locales. */
  files: { path: string; messages: SavedMessage[] }[];
  questions: Question[];
}

/**
 * The articles' extract memos, kept for runs of articles (a warm extract read 368 entries, one per
 * article; one entry of all of them was 23 MB of 5,000 articles in 60 locales), or undefined
 * without a cache.
 */
export function extractMemo(workspace: Workspace, slugs: readonly string[]): GroupedMemo<ArticleOutcome> | undefined {
  const cache = workspace.parseCache;
  return cache && new GroupedMemo<ArticleOutcome>(cache, 'extract', slugs, workspace.localesDir, itemsScope(slugs, workspace.slugs()), ...workspace.content.dirs);
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

/** The last run's outcome, if it still holds, and how many files it found up to date. */
export function recall(workspace: Workspace, memo: GroupedMemo<ArticleOutcome>, slug: string, key: string): { outcome: ArticleOutcome; files: VFile[]; outputs: number } | undefined {
  let outputs = 0;
  const outcome = memo.get(slug, key, (saved) => {
    const files = unpackOutputs(workspace, saved.outputs);
    outputs = files.length;
    return outputsHash(files.map((file) => fileHash(workspace, file))) === saved.outputsHash && workspace.stillAnswered(saved.questions);
  });
  return outcome && { outcome, files: outcome.files.map((f) => fileWith(f.path, f.messages)), outputs };
}

export function remember(
  workspace: Workspace,
  memo: GroupedMemo<ArticleOutcome>,
  slug: string,
  key: string,
  article: Article,
  outcome: { outputs: readonly [file: string, hash: string][]; stale: number },
): void {
  memo.put(slug, key, {
    outputs: packOutputs(workspace, outcome.outputs.map(([file]) => file)),
    outputsHash: outputsHash(outcome.outputs.map(([, hash]) => hash)),
    stale: outcome.stale,
    files: article.files.flatMap((f) => (f.messages.length > 0 ? [{ path: f.path, messages: savedMessages(f) }] : [])),
    questions: article.questions,
  });
}

/** Files below locales/ by their path there (a file elsewhere, absolute), `\0`-joined. */
function packOutputs(workspace: Workspace, files: readonly string[]): string {
  const prefix = pathPrefix(workspace.localesDir);
  return files.map((file) => (prefix && file.startsWith(prefix) ? file.slice(prefix.length) : path.resolve(file))).join('\0');
}

function unpackOutputs(workspace: Workspace, packed: string): string[] {
  if (packed === '') return [];
  const prefix = pathPrefix(workspace.localesDir);
  return packed.split('\0').map((file) => (path.isAbsolute(file) ? file : prefix + file));
}

function outputsHash(hashes: readonly string[]): string {
  return contentHash(hashes.join('\0'));
}
