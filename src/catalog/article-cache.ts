/**
 * Reading an article through the cache. An article's documents depend on its files and, for the
 * pairing of UI labels, on what the rest of its locale teaches (the glossary). So an entry is
 * keyed by the files' paths and content hashes, and keeps the glossary questions its parse
 * asked with their answers: it is used only while the content still gives the same answers.
 */
import fs from 'node:fs';
import { VFile } from 'vfile';
import type { Document } from '../model/document.js';
import type { GlossaryLookup } from '../parse/labels.js';
import type { ParseResult } from '../parse/parse-document.js';
import { contentHash, type Cache } from './cache.js';
import { readArticles, type ArticleFile } from './content.js';

type Parsed = Pick<ParseResult, 'document' | 'file'>;

/** One glossary question and its answer, as plain data. */
type Question = [locale: string, kind: 'term' | 'lead', key: string, answer: string | undefined];

interface SavedMessage {
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

export function readArticlesCached(files: readonly ArticleFile[], glossaryOf: (locale: string) => GlossaryLookup | undefined, cache?: Cache): Parsed[] {
  if (!cache) return readArticles(files, glossaryOf);
  const texts = files.map((f) => fs.readFileSync(f.path, 'utf8'));
  const key = articleKey(cache, files, texts);
  const cached = cachedEntry(cache, key, glossaryOf);
  if (cached) return revive(cached, files);
  const entry = parseEntry(files, glossaryOf, texts);
  cache.set(key, entry);
  return revive(entry, files);
}

/** The cache key of an article: its files' locales, paths and content hashes. */
export function articleKey(cache: Cache, files: readonly ArticleFile[], texts: readonly string[]): string {
  return cache.key('article', ...files.flatMap((f, i) => [f.locale, f.path, contentHash(texts[i]!)]));
}

/** The cached parse under `key`, if the locale still answers its glossary questions alike. */
export function cachedEntry(cache: Cache, key: string, glossaryOf: (locale: string) => GlossaryLookup | undefined): Entry | undefined {
  return cache.get<Entry>(key, (saved) => saved.questions.every((q) => answer(glossaryOf(q[0]), q[1], q[2]) === q[3]));
}

/** Parses an article into plain data, writing down the glossary questions it asks. */
export function parseEntry(files: readonly ArticleFile[], glossaryOf: (locale: string) => GlossaryLookup | undefined, texts?: readonly string[]): Entry {
  const questions = new Map<string, Question>();
  const parsed = readArticles(files, (locale) => recording(locale, glossaryOf(locale), questions), texts);
  return {
    documents: parsed.map((p) => p.document),
    messages: parsed.map((p) => p.file.messages.map((m) => ({ reason: m.reason, place: m.place, ruleId: m.ruleId, source: m.source, fatal: m.fatal }))),
    questions: [...questions.values()],
  };
}

/** The answer to a glossary question, as a string that compares exactly. */
function answer(glossary: GlossaryLookup | undefined, kind: Question[1], key: string): string | undefined {
  const found = kind === 'term' ? glossary?.terms.get(key) : glossary?.leads.get(key);
  return found === undefined ? undefined : JSON.stringify(found instanceof Map ? [...found] : found);
}

/** The glossary as the parse sees it, each question written down. */
function recording(locale: string, glossary: GlossaryLookup | undefined, questions: Map<string, Question>): GlossaryLookup | undefined {
  if (!glossary) return undefined;
  const asked = (kind: Question[1], key: string) => {
    const id = `${locale}\0${kind}\0${key}`;
    if (!questions.has(id)) questions.set(id, [locale, kind, key, answer(glossary, kind, key)]);
  };
  return {
    terms: { get: (key) => (asked('term', key), glossary.terms.get(key)) },
    leads: { get: (key) => (asked('lead', key), glossary.leads.get(key)) },
  };
}

/** The parse again, with its messages on VFiles. */
export function revive(entry: Entry, files: readonly ArticleFile[]): Parsed[] {
  return entry.documents.map((document, i) => {
    const file = new VFile({ path: document.path ?? files[i]!.path });
    for (const saved of entry.messages[i] ?? []) {
      const message = file.message(saved.reason, { place: saved.place as never, ...(saved.ruleId ? { ruleId: saved.ruleId } : {}), ...(saved.source ? { source: saved.source } : {}) });
      message.fatal = saved.fatal;
    }
    return { document, file };
  });
}
