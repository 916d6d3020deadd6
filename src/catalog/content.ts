/**
 * The content folder: `content/<locale>/<slug>.md`, plus `content/overlays/<slug>.yaml`.
 * Files are listed here and parsed by whoever needs them, so listing stays cheap.
 */
import fs from 'node:fs';
import path from 'node:path';
import { normalizeLocale } from '../parse/locale.js';
import { parseDocument, type ParseResult } from '../parse/parse-document.js';
import { scanDocument } from '../parse/scan-document.js';
import { canonicalDocument } from './resources.js';

export interface ArticleFile {
  slug: string;
  /** The locale named by the folder. */
  locale: string;
  path: string;
}

export interface Content {
  dir: string;
  /** slug → locale → file, both sorted. */
  articles: Map<string, Map<string, ArticleFile>>;
  locales: string[];
}

export class ContentError extends Error {}

export function listContent(dir: string): Content {
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) {
    throw new ContentError(`Content folder not found: ${dir}`);
  }
  const articles = new Map<string, Map<string, ArticleFile>>();
  const locales: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const locale = entry.isDirectory() ? normalizeLocale(entry.name) : undefined;
    if (!locale) continue;
    locales.push(locale);
    for (const name of fs.readdirSync(path.join(dir, entry.name)).sort()) {
      if (!name.endsWith('.md')) continue;
      const slug = name.slice(0, -3);
      if (!articles.has(slug)) articles.set(slug, new Map());
      articles.get(slug)!.set(locale, { slug, locale, path: path.join(dir, entry.name, name) });
    }
  }
  return { dir, articles: new Map([...articles].sort(([a], [b]) => a.localeCompare(b))), locales };
}

/**
 * The documents of one article in every locale, canonical first. Only the canonical one (and
 * plain markdown) is parsed for structure: the other side-by-side files are scanned, since their
 * strings are keyed by the canonical structure.
 */
export function readArticles(files: readonly ArticleFile[]): Pick<ParseResult, 'document' | 'file'>[] {
  const texts = files.map((f) => ({ f, text: fs.readFileSync(f.path, 'utf8') }));
  const scanned = texts.map(({ f, text }) => scanDocument(text, { path: f.path, locale: f.locale }));
  const canonical = canonicalDocument(scanned.map((s) => s.document));
  const results = texts.map(({ f, text }, i) => {
    const read = scanned[i]!;
    return read.document === canonical || !read.document.sxs ? parseDocument(text, { path: f.path, locale: f.locale }) : read;
  });
  const first = scanned.findIndex((s) => s.document === canonical);
  return [results[first]!, ...results.filter((_, i) => i !== first)];
}

export function overlayPath(content: Content, slug: string): string {
  return path.join(content.dir, 'overlays', `${slug}.yaml`);
}
