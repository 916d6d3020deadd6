/**
 * Reading an article through the cache. An article's documents depend on its files and, for the
 * pairing of UI labels, on what the rest of its locale teaches (the glossary). So an entry is
 * keyed by the files' paths and content hashes, and keeps the glossary questions its parse
 * asked with their answers: it is used only while the content still gives the same answers.
 */
import fs from 'node:fs';
import { VFile } from 'vfile';
import { LONG_TEXT } from '../parse/sxs-segments.js';
import type { Document } from '../model/document.js';
import type { GlossaryLookup, LessonBook } from '../parse/labels.js';
import type { ParseResult } from '../parse/parse-document.js';
import type { Cache } from './cache.js';
import { readArticles, type ArticleFile } from './content.js';
import { recording, stillAnswered, type Question } from './content-questions.js';

type Parsed = Pick<ParseResult, 'document' | 'file'>;

export interface SavedMessage {
  reason: string;
  place: unknown;
  ruleId?: string | undefined;
  source?: string | undefined;
  fatal?: boolean | null | undefined;
}

/** An article's parse as plain data: what the cache keeps and what a worker thread sends back. */
export interface Entry {
  documents: Document[];
  messages: SavedMessage[][];
  questions: Question[];
}

/** An article's documents, read or from the cache, and the glossary questions they rest on. */
export interface ReadArticle {
  parsed: Parsed[];
  questions: Question[];
}

export function readArticlesCached(
  files: readonly ArticleFile[],
  glossaryOf: (locale: string) => GlossaryLookup | undefined,
  cache?: Cache,
  lessons?: LessonBook,
): ReadArticle {
  const key = cache && articleKey(cache, files);
  const cached = key ? cachedEntry(cache, key, glossaryOf) : undefined;
  if (cached) return { parsed: revive(cached, files), questions: cached.questions };
  const entry = parseEntry(files, glossaryOf, lessons);
  if (key) keepInCache(cache, key, entry, isLong(files));
  return { parsed: revive(entry, files), questions: entry.questions };
}

/** An article with a file past LONG_TEXT bytes: parsed in pieces, on this thread, on the small memory budget. */
export function isLong(files: readonly ArticleFile[]): boolean {
  return files.some(({ path }) => fs.statSync(path).size > LONG_TEXT);
}

/** A long article's entry is kept in parts (see cache-parts.ts): whole, its bytes alone were 25–63 MB. */
export function keepInCache(cache: Cache, key: string, value: object, long: boolean): void {
  if (long) cache.setInParts(key, value);
  else cache.set(key, value);
}

/** The cache key of an article: its files' locales, paths and content hashes. */
export function articleKey(cache: Cache, files: readonly ArticleFile[]): string {
  return cache.key('article', ...files.flatMap((f) => [f.locale, f.path, cache.hashOf(f.path)]));
}

/** The cached parse under `key`, if the locale still answers its glossary questions alike. */
function cachedEntry(cache: Cache, key: string, glossaryOf: (locale: string) => GlossaryLookup | undefined): Entry | undefined {
  return cache.get<Entry>(key, (saved) => stillAnswered(saved.questions, glossaryOf));
}

/** Parses an article into plain data, writing down the glossary questions it asks. */
export function parseEntry(
  files: readonly ArticleFile[],
  glossaryOf: (locale: string) => GlossaryLookup | undefined,
  lessons?: LessonBook,
): Entry {
  const questions = new Map<string, Question>();
  const parsed = readArticles(files, (locale) => recording(locale, glossaryOf(locale), questions), lessons);
  return {
    documents: parsed.map((p) => p.document),
    messages: parsed.map((p) => savedMessages(p.file)),
    questions: [...questions.values()],
  };
}

/** The parse again, with its messages on VFiles. */
export function revive(entry: Entry, files: readonly ArticleFile[]): Parsed[] {
  return entry.documents.map((document, i) => ({ document, file: fileWith(document.path ?? files[i]!.path, entry.messages[i] ?? []) }));
}

/** A file's messages as plain data. */
export function savedMessages(file: VFile): SavedMessage[] {
  return file.messages.map((m) => ({ reason: m.reason, place: m.place, ruleId: m.ruleId, source: m.source, fatal: m.fatal }));
}

/** A VFile carrying saved messages again. */
export function fileWith(path: string, messages: readonly SavedMessage[]): VFile {
  return addSaved(new VFile({ path }), messages);
}

/** Saved messages put back on a file. */
export function addSaved(file: VFile, messages: readonly SavedMessage[]): VFile {
  for (const saved of messages) {
    const message = file.message(saved.reason, { place: saved.place as never, ...(saved.ruleId ? { ruleId: saved.ruleId } : {}), ...(saved.source ? { source: saved.source } : {}) });
    message.fatal = saved.fatal;
  }
  return file;
}
