/**
 * Every article's files by slug and locale, packed: a file is two numbers (its locale's and its
 * folder's), its `ArticleFile` made when asked, its path from the folder and the slug. A Map of
 * Maps of `{slug, locale, path}` held ~220 bytes a file (6.6 MB of 30,000 files, 66 MB of 300,000);
 * this holds the slugs and eight bytes a file. It reads as the Map it replaces, slugs and each
 * article's locales in name order.
 */
import path from 'node:path';
import type { ArticleFile } from './content.js';
import { compareNames } from '../text/name-order.js';

/** One article's file in one locale found twice: the one listed first is used, the other not read. */
export interface ArticleClash {
  slug: string;
  locale: string;
  used: string;
  unread: string;
}

/** Gathers files in any order, then packs them. */
export class ArticleTableBuilder {
  /** Files of an article and locale that had one already, in the order met (see `add`). */
  readonly clashes: ArticleClash[] = [];
  private readonly locales: string[] = [];
  private readonly localeIds = new Map<string, number>();
  /** slug → [locale id, folder id]… */
  private readonly files = new Map<string, number[]>();

  constructor(
    /** What goes before a relative path of each folder listed, by its number. */
    private readonly prefixes: readonly string[],
  ) {}

  /** Adds the slug's file in `locale` from folder number `folder`, unless that locale has one already (the first folder wins: the other is a clash). */
  add(slug: string, locale: string, folder: number): void {
    let id = this.localeIds.get(locale);
    if (id === undefined) {
      id = this.locales.push(locale) - 1;
      this.localeIds.set(locale, id);
    }
    let pairs = this.files.get(slug);
    if (!pairs) this.files.set(slug, (pairs = []));
    for (let i = 0; i < pairs.length; i += 2) {
      if (pairs[i] !== id) continue;
      const relative = relativePath(slug);
      this.clashes.push({ slug, locale, used: this.prefixes[pairs[i + 1]!]! + relative, unread: this.prefixes[folder]! + relative });
      return;
    }
    pairs.push(id, folder);
  }

  has(slug: string): boolean {
    return this.files.has(slug);
  }

  build(): ArticleTable {
    // Locales numbered in name order: an article's files sort by their numbers.
    const order = this.locales.map((_, id) => id).sort((a, b) => compareNames(this.locales[a]!, this.locales[b]!));
    const rank = new Uint32Array(this.locales.length);
    order.forEach((id, i) => (rank[id] = i));
    const slugs = [...this.files.keys()].sort(compareNames);
    const starts = new Uint32Array(slugs.length + 1);
    let count = 0;
    for (const pairs of this.files.values()) count += pairs.length / 2;
    const localeOf = new Uint32Array(count);
    const folderOf = new Uint32Array(count);
    let at = 0;
    slugs.forEach((slug, i) => {
      starts[i] = at;
      const pairs = this.files.get(slug)!;
      const files = Array.from({ length: pairs.length / 2 }, (_, j) => [rank[pairs[2 * j]!]!, pairs[2 * j + 1]!] as const).sort((a, b) => a[0] - b[0]);
      for (const [locale, folder] of files) {
        localeOf[at] = locale;
        folderOf[at++] = folder;
      }
    });
    starts[slugs.length] = at;
    return new ArticleTable(
      slugs,
      new Map(slugs.map((slug, i) => [slug, i])),
      starts,
      localeOf,
      folderOf,
      order.map((id) => this.locales[id]!),
      this.prefixes,
    );
  }
}

export class ArticleTable implements ReadonlyMap<string, ReadonlyMap<string, ArticleFile>> {
  constructor(
    /** The slugs in name order. */
    private readonly slugs: readonly string[],
    /** slug → its number. */
    private readonly numbers: ReadonlyMap<string, number>,
    /** Where each slug's files start in the two arrays below (and, last, where they end). */
    private readonly starts: Uint32Array,
    private readonly localeOf: Uint32Array,
    private readonly folderOf: Uint32Array,
    private readonly locales: readonly string[],
    private readonly prefixes: readonly string[],
  ) {}

  get size(): number {
    return this.numbers.size;
  }

  has(slug: string): boolean {
    return this.numbers.has(slug);
  }

  /** The table's own copy of a string equal to one of its slugs (else the string): one copy is held, not two. */
  own(name: string): string {
    const number = this.numbers.get(name);
    return number === undefined ? name : this.slugs[number]!;
  }

  get(slug: string): ReadonlyMap<string, ArticleFile> | undefined {
    const number = this.numbers.get(slug);
    if (number === undefined) return undefined;
    const files = new Map<string, ArticleFile>();
    const relative = relativePath(slug);
    for (let at = this.starts[number]!; at < this.starts[number + 1]!; at++) {
      const file = this.fileAt(slug, relative, at);
      files.set(file.locale, file);
    }
    return files;
  }

  /**
   * The files in one locale, in slug order, without making every article's (a locale's glossary
   * asks this of each locale: 60 locales of 5,000 articles made 18 million files).
   */
  filesIn(locale: string): ArticleFile[] {
    const id = this.locales.indexOf(locale);
    const files: ArticleFile[] = [];
    if (id < 0) return files;
    this.slugs.forEach((slug, number) => {
      for (let at = this.starts[number]!; at < this.starts[number + 1]!; at++) if (this.localeOf[at] === id) files.push(this.fileAt(slug, relativePath(slug), at));
    });
    return files;
  }

  /** The locales that have files, in name order. */
  localesWithFiles(): readonly string[] {
    return this.locales;
  }

  private fileAt(slug: string, relative: string, at: number): ArticleFile {
    const locale = this.locales[this.localeOf[at]!]!;
    return { slug, locale, path: this.prefixes[this.folderOf[at]!]! + relative };
  }

  keys(): MapIterator<string> {
    return this.numbers.keys();
  }

  *entries(): MapIterator<[string, ReadonlyMap<string, ArticleFile>]> {
    for (const slug of this.numbers.keys()) yield [slug, this.get(slug)!];
  }

  *values(): MapIterator<ReadonlyMap<string, ArticleFile>> {
    for (const slug of this.numbers.keys()) yield this.get(slug)!;
  }

  [Symbol.iterator](): MapIterator<[string, ReadonlyMap<string, ArticleFile>]> {
    return this.entries();
  }

  forEach(each: (files: ReadonlyMap<string, ArticleFile>, slug: string, table: ReadonlyMap<string, ReadonlyMap<string, ArticleFile>>) => void): void {
    for (const [slug, files] of this) each(files, slug, this);
  }
}

/** A slug's file below its folder: the listing's relative path, which the slug was made from. */
function relativePath(slug: string): string {
  return (path.sep === '/' ? slug : slug.split('/').join(path.sep)) + '.md';
}
