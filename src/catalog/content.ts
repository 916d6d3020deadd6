/**
 * A content folder, in one of two layouts:
 *
 * - locale folders: `content/<locale>/<slug>.md` (slugs may have sub-folders), the bundled layout;
 * - a localized docs repository as it is checked out (`partner-center-pr.fr-fr/`), with no locale
 *   folders: every markdown file with front matter is an article, its locale from
 *   `ms.contentlocale` (else en-US), its slug its path (`partner-center/add-a-new-customer`).
 *
 * Overlays live in `<content>/overlays/<slug>.yaml`. Files are listed here and parsed by whoever
 * needs them, so listing stays cheap.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { normalizeLocale } from '../parse/locale.js';
import { compareNames } from '../text/name-order.js';
import { parseDocument, type ParseResult } from '../parse/parse-document.js';
import type { GlossaryLookup, LessonBook } from '../parse/labels.js';
import { scanDocument } from '../parse/scan-document.js';
import { canonicalDocument, SOURCE_LOCALE } from './versions.js';
import { filesBelow } from '../runtime/files-below.js';
import { pathPrefix } from '../runtime/path-prefix.js';
import { remeasureLive } from '../runtime/memory-budget.js';
import { LONG_TEXT } from '../parse/sxs-segments.js';
import { isUtf8File, readText } from './file-blocks.js';
import { ArticleTableBuilder, type ArticleClash, type ArticleTable } from './article-table.js';

export interface ArticleFile {
  /** Path below the locale folder (or the repository) without `.md`, `/`-separated. */
  slug: string;
  /** The locale named by the folder, or declared by the file. */
  locale: string;
  path: string;
}

export interface Content {
  /** The first folder: overlays live there. */
  dir: string;
  /** Every folder read, in the order given (a repository per locale, say). */
  dirs: string[];
  /** slug → locale → file, both sorted (packed: see article-table.ts). */
  articles: ArticleTable;
  /** The listing's hash (see ContentListing). */
  listing: string;
  /** Slugs of the markdown files read that are not articles (no front matter), sorted. */
  notArticles: string[];
  /**
   * An article's file in a locale found again in a later folder (two `--content` holding it), its
   * bytes not the first's: the first is used, the other is not read. Copies of the same bytes (the
   * same folder given twice) are one article, and not listed.
   */
  clashes: ArticleClash[];
}

export class ContentError extends Error {}

// A locale folder is `fr`, `fr-FR`, `zh-Hans`, `es-419`...; not `api`, `img` or `ci-docs`.
const SCRIPT = '(-(hans|hant|latn|cyrl|arab|hebr|deva|beng|grek|jpan|kore|thai|ethi|geor|taml|telu|mong|tibt))';
const REGION = '(-([a-z]{2}|\\d{3}))';
const LOCALE_FOLDER = new RegExp(`^[a-z]{2}${SCRIPT}?${REGION}?$|^[a-z]{3}${SCRIPT}?${REGION}$`, 'i');
const SKIPPED = new Set(['overlays', 'node_modules', '.git']);
const DECLARED_LOCALE = /^ms\.contentlocale:[^\S\n]*["']?([^"'\s]+)/m;

/**
 * The markdown files of a content's folders, from their listings alone: no file is opened.
 * Which of them are articles, and in which locale, is `contentOf`'s to say.
 */
export interface ContentListing {
  /** Locale folders, each with its files (relative) and their slugs; or, in a repository, one with locale undefined: declared by each file. */
  folders: { locale: string | undefined; prefix: string; files: string[]; slugs: string[] }[];
  /**
   * A hash of where every markdown file is (each folder's place in the order given, its locale
   * folder, its path), kept or not: the same files in the same places make the same hash in any
   * checkout.
   */
  hash: string;
  /** Every slug listed, kept or not, when asked for. */
  everySlug?: Set<string>;
}

/**
 * The files of one or more folders (a checked-out repository per locale, say), listed: with
 * `keep`, only the files of the articles it keeps are held (a CI job's shard of a repository of
 * millions), though every file is counted in the hash.
 */
export function listFiles(dirs: readonly string[], keep?: (slug: string) => boolean, everySlug = false): ContentListing {
  const hash = createHash('sha1');
  const every = everySlug ? new Set<string>() : undefined;
  const folders = dirs.flatMap((dir, i) => {
    hash.update(`${i}\0`);
    return foldersOf(dir).map(({ locale, folder }) => {
      const files = markdownFiles(folder);
      const slugs = files.map(slugOf);
      hash.update(`${locale ?? ''}\0${slugs.join('\0')}\0`);
      if (every) for (const slug of slugs) every.add(slug);
      const kept = keep ? slugs.flatMap((slug, j) => (keep(slug) ? [j] : [])) : undefined;
      return {
        locale,
        prefix: pathPrefix(folder),
        files: kept ? kept.map((j) => files[j]!) : files,
        slugs: kept ? kept.map((j) => slugs[j]!) : slugs,
      };
    });
  });
  return { folders, hash: hash.digest('hex'), ...(every ? { everySlug: every } : {}) };
}

/**
 * The articles of one or more folders: several roots make one content set, an article's locales
 * joined by slug; the first root wins a clash (listed in `clashes`).
 */
export function listContent(dirs: string | readonly string[], localeOf: (file: string) => string | undefined = declaredLocale): Content {
  const roots = typeof dirs === 'string' ? [dirs] : [...dirs];
  return contentOf(roots, listFiles(roots), localeOf);
}

/** The articles of the files listed (in a repository, a file's locale is read from its head). */
export function contentOf(dirs: readonly string[], listing: ContentListing, localeOf: (file: string) => string | undefined = declaredLocale): Content {
  const articles = new ArticleTableBuilder(listing.folders.map((folder) => folder.prefix));
  const notArticles = new Set<string>();
  listing.folders.forEach(({ locale: folderLocale, prefix, files, slugs }, folder) => {
    files.forEach((file, j) => {
      const slug = slugs[j]!;
      const locale = folderLocale ?? localeOf(prefix + file);
      if (locale === undefined) notArticles.add(slug);
      else articles.add(slug, locale, folder);
    });
  });
  return {
    dir: dirs[0]!,
    dirs: [...dirs],
    notArticles: [...notArticles].filter((slug) => !articles.has(slug)).sort(compareNames),
    articles: articles.build(),
    listing: listing.hash,
    clashes: articles.clashes.filter((clash) => !sameBytes(clash.used, clash.unread)),
  };
}

/** Whether two files hold the same bytes (read only when two folders have one article's file: rare). */
function sameBytes(one: string, other: string): boolean {
  if (fs.realpathSync(one) === fs.realpathSync(other)) return true;
  return fs.statSync(one).size === fs.statSync(other).size && fs.readFileSync(one).equals(fs.readFileSync(other));
}

/** A content folder's locale folders, or the folder itself (a repository: each file declares its locale). */
function foldersOf(dir: string): { locale: string | undefined; folder: string }[] {
  const stat = fs.statSync(dir, { throwIfNoEntry: false });
  if (!stat) throw new ContentError(`Content folder not found: ${dir}`);
  // A file given where the folder goes: it is there, so "not found" sent the reader looking for a typo.
  if (!stat.isDirectory()) throw new ContentError(`Content folder is a file, not a folder: ${dir} (--content takes the folder of the articles)`);
  const folders = fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && LOCALE_FOLDER.test(e.name))
    .map((e) => e.name)
    .sort();
  if (folders.length === 0) return [{ locale: undefined, folder: dir }];
  return folders.map((name) => ({ locale: normalizeLocale(name)!, folder: path.join(dir, name) }));
}

/** Markdown files below `root`, relative, sorted; hidden folders, overlays and node_modules skipped. */
function markdownFiles(root: string): string[] {
  const listed = (name: string) => !SKIPPED.has(name) && !name.startsWith('.');
  return filesBelow(root, listed)
    .filter((file) => file.name.endsWith('.md') && listed(file.name))
    .map((file) => file.relative)
    .sort();
}

function slugOf(relative: string): string {
  const slug = relative.slice(0, -'.md'.length);
  return path.sep === '/' ? slug : slug.split(path.sep).join('/');
}

/**
 * The locale a file of a folder without locale folders declares (`ms.contentlocale`, else
 * en-US), or undefined when it has no front matter (not an article).
 */
export function declaredLocale(file: string): string | undefined {
  const head = frontmatterHead(file);
  if (head === undefined) return undefined;
  return normalizeLocale(DECLARED_LOCALE.exec(head)?.[1]) ?? SOURCE_LOCALE;
}

/** The front matter block of a file (read from its first 4 KB), or undefined when it has none. */
function frontmatterHead(file: string): string | undefined {
  const buffer = Buffer.alloc(4096);
  const fd = fs.openSync(file, 'r');
  try {
    const head = buffer.subarray(0, fs.readSync(fd, buffer, 0, buffer.length, 0)).toString('utf8');
    return /^\uFEFF?---\r?\n/.test(head) ? head : undefined;
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * The documents of one article in every locale, canonical first. Only the canonical one (and
 * plain markdown) is parsed for structure: the other side-by-side files are scanned, since their
 * strings are keyed by the canonical structure.
 */
export function readArticles(
  files: readonly ArticleFile[],
  glossaryOf: (locale: string) => GlossaryLookup | undefined = () => undefined,
  lessons?: LessonBook,
): Pick<ParseResult, 'document' | 'file'>[] {
  const read = (f: ArticleFile) => readText(f.path);
  const bytesAreUtf8 = (f: ArticleFile) => () => isUtf8File(f.path);
  const parse = (f: ArticleFile, text: string | (() => string)) => parseDocument(text, { path: f.path, locale: f.locale, bytesAreUtf8: bytesAreUtf8(f), glossaryOf, ...(lessons ? { lessons } : {}) });
  let long = false;
  const measured = (text: string) => {
    if (text.length > LONG_TEXT) long = true;
    return text;
  };
  let results: Pick<ParseResult, 'document' | 'file'>[];
  let first = 0;
  if (files.length === 1) {
    // One file is its own canonical document: no scan to choose it (4% of reading a one-locale repository).
    results = [parse(files[0]!, () => measured(read(files[0]!)))];
  } else {
    // A long text is not kept past its scan (the canonical one is read again to be parsed): no
    // text is held here while another is parsed, nor while its own parse no longer needs it.
    const scanned = files.map((f) => {
      const text = measured(read(f));
      return { f, scan: scanDocument(text, { path: f.path, locale: f.locale, bytesAreUtf8: bytesAreUtf8(f) }), text: text.length > LONG_TEXT ? undefined : text };
    });
    const canonical = canonicalDocument(scanned.map((s) => s.scan.document));
    // Another locale's side-by-side file: scanned is enough, its strings take the canonical's keys.
    results = scanned.map(({ f, scan, text }) => (scan.document !== canonical && scan.document.sxs ? scan : parse(f, text ?? (() => read(f)))));
    first = scanned.findIndex((s) => s.scan.document === canonical);
  }
  if (long) remeasureLive();
  return [results[first]!, ...results.filter((_, i) => i !== first)];
}

export function overlayPath(content: Content, slug: string): string {
  return path.join(overlaysFolder(content), `${slug}.yaml`);
}

/** Where the content's overlays are; most repositories have none. */
export function overlaysFolder(content: Content): string {
  return path.join(content.dir, 'overlays');
}
