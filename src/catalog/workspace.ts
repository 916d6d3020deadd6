/**
 * A documentation folder and its resources: `--content` and `--locales`. Articles are parsed on
 * first use and kept, so a command reads each file once.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';
import { VFile } from 'vfile';
import type { Workflow } from '../model/workflow.js';
import { buildWorkflows } from '../flow/workflow.js';
import { absorbGlossary, emptyGlossary, type Glossary } from '../parse/label-glossary.js';
import { articleKey, isLong, keepInCache, readArticlesCached, revive, type Entry, type ReadArticle } from './article-cache.js';
import { assembleArticle, keepArticle, reviveArticle, type Article, type ArticleParts, type FlowBuilder, type KeptArticle } from './built-article.js';
import { articleInputs } from './article-inputs.js';
import { readOverlayCached } from './overlay-cache.js';
import { EMPTY_OVERLAY, type Overlay } from '../flow/overlay.js';
import { addQuestions, recording, recordingArticles, stillAnswered, type Question } from './content-questions.js';
import { fileGlossary } from './file-glossary.js';
import { HeldLessons } from './held-lessons.js';
import { threadCount, workersAvailable } from './parse-pool.js';
import { ParseAhead } from './parse-ahead.js';
import type { Cache } from './cache.js';
import { readableName } from '../text/input-label.js';
import { holdLongArticle, remeasureLive, settleMemory } from '../runtime/memory-budget.js';
import { contentOf, declaredLocale, listFiles, overlayPath, type ArticleFile, type Content } from './content.js';
import { PackedMemo } from './packed-memo.js';
import { LocaleListing } from './locale-files.js';
import { buildResources, SOURCE_LOCALE } from './resources.js';
import { readText } from './file-blocks.js';
import { pivotGroupsFinder } from './pivot-titles.js';
import { addPivotTitles } from './article-pivots.js';

/** The package root: bundled `content/` and `locales/` live there. */
export const PACKAGE_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const BUNDLED_CONTENT = path.join(PACKAGE_ROOT, 'content');
export const BUNDLED_LOCALES = path.join(PACKAGE_ROOT, 'locales');

export type { Article } from './built-article.js';

/**
 * The locale each file of the content declares, kept by its hash: with the stat index, listing
 * an unchanged repository stats its files instead of opening each one to read its head.
 */
function declaredLocales(cache: Cache, scope: readonly string[]): { localeOf: (file: string) => string | undefined; memo: PackedMemo<string> } {
  const memo = new PackedMemo<string>(cache, 'declared-locales', ...scope);
  // '' for a file with no front matter: not an article, and remembered as such.
  return { memo, localeOf: (file) => memo.take(file, cache.hashOf(file), () => ({ value: declaredLocale(file) ?? '', keep: true })) || undefined };
}

/**
 * Some of the content's articles (a CI job's shard): the others' files are not opened. When what
 * they would tell is known already (the glossary the matrix learned, of this checkout), the
 * workspace still knows every article's slug and the content's locales; otherwise only its own.
 */
export interface ContentScope {
  /** Which articles (`shard 1/64`): its memo of the files' locales is its own. */
  name: string;
  keep: (slug: string) => boolean;
  whole?: {
    /** The hash of the listing they were learned from (see ContentListing): this content's must be the same. */
    listing: string;
    /** The slugs listed that are not articles, as a whole listing found them. */
    notArticles: ReadonlySet<string>;
    /** The content's locales, as a whole listing found them; each one's glossary is given. */
    locales: readonly string[];
  };
}

interface KnownLessons {
  paths: string[];
  /** Each file's content hash, asked once (with a cache). */
  hashes: string[] | undefined;
  /** Each file's lessons, kept by the cache or learned in this run (see `kept`). */
  known: (Glossary | undefined)[];
  /** Whether the cache kept them. */
  kept: boolean[];
  memo: PackedMemo<Glossary> | undefined;
  missing: string[];
}

export class Workspace {
  readonly content: Content;
  private readonly articles = new Map<string, Article>();
  /** The parse threads prepare() started, while they work: their parses wait there for article(). */
  private ahead: ParseAhead | undefined;
  /** Every article's slug (when scoped, those of the other articles too if known). */
  private readonly slugSet: ReadonlySet<string>;
  private readonly scope: ContentScope | undefined;
  private readonly glossaries = new Map<string, Glossary>();
  /**
   * Each file's lessons learned in this run, for its locale's glossary or by its parse: neither
   * learns them again (nor reads the file again for them). Up to a bound (see held-lessons.ts).
   */
  private readonly lessons = new HeldLessons();
  private listing: LocaleListing | undefined;
  /** The docset's zone pivot groups file of an article file, if any (see pivot-titles.ts). */
  readonly pivotGroupsFile: (file: string) => string | undefined;
  /** The long articles held (see isLong). */
  private readonly long = new Set<string>();
  /** What is still asked of an article let go (its title's key, its locales): asked again, it was built again. */
  private readonly briefs = new Map<string, { titleKey: string | undefined; locales: string[] }>();
  /** Whether the content still answers a memo's questions alike: the glossaries, which articles exist (see content-questions.ts). */
  readonly stillAnswered = (questions: readonly Question[]) =>
    stillAnswered(
      questions,
      (locale) => this.glossary(locale),
      (slug) => this.slugSet.has(slug),
    );

  constructor(
    contentDirs: string | readonly string[] = BUNDLED_CONTENT,
    readonly localesDir: string = BUNDLED_LOCALES,
    /** Where parses are kept between runs (none: every run parses). */
    readonly parseCache?: Cache,
    /** The articles to read, if not all (see ContentScope). */
    scope?: ContentScope,
  ) {
    const dirs = typeof contentDirs === 'string' ? [contentDirs] : [...contentDirs];
    let listing = listFiles(dirs, scope?.keep, scope?.whole !== undefined);
    let whole = scope?.whole;
    // A run keeps the locales of the files it read, and drops the others: a scope's are its own.
    let locales = parseCache && declaredLocales(parseCache, scope ? [...dirs, scope.name] : dirs);
    let content = whole && listing.hash !== whole.listing ? undefined : contentOf(dirs, listing, locales?.localeOf);
    // Files added, removed or moved since the whole was known, or a locale it did not know (a
    // file's head changed it): every file is read.
    if (whole && (!content || content.articles.localesWithFiles().some((locale) => !whole!.locales.includes(locale)))) {
      scope = whole = undefined;
      listing = listFiles(dirs);
      locales = parseCache && declaredLocales(parseCache, dirs);
      content = contentOf(dirs, listing, locales?.localeOf);
    }
    locales?.memo.save();
    this.content = content!;
    this.pivotGroupsFile = pivotGroupsFinder(dirs);
    this.scope = scope;
    this.slugSet = whole ? new Set([...listing.everySlug!].filter((slug) => !whole.notArticles.has(slug))) : new Set(this.content.articles.keys());
  }

  /** Whether only some articles were listed (see ContentScope): `slugs()` names those. */
  get scoped(): boolean {
    return this.scope !== undefined;
  }

  /** The first content folder (overlays live there). */
  get contentDir(): string {
    return this.content.dir;
  }

  slugs(): string[] {
    return [...this.content.articles.keys()];
  }

  has(slug: string): boolean {
    return this.slugSet.has(slug);
  }

  article(slug: string): Article {
    const cached = this.articles.get(slug);
    if (cached) return cached;
    const files = this.content.articles.get(slug);
    if (!files) throw new Error(`No article named ${slug}`);
    // Built before, from the same files and overlay, and the locales still answer alike: kept.
    const key = this.parseCache?.key('built-article', ...articleInputs(this, slug));
    const kept = key ? this.parseCache!.get<KeptArticle>(key, (saved) => this.stillAnswered(saved.questions)) : undefined;
    // Asked for before ready(): a worker's parse of it is not waited for.
    this.ahead?.takeOver(slug);
    // Kept without its workflows only when it has no overlay (one with an overlay has them built with it).
    const long = isLong([...files.values()]);
    const article = kept ? reviveArticle(kept, this.flowBuilder(EMPTY_OVERLAY), long) : this.build(slug, [...files.values()]);
    if (key && !kept) keepInCache(this.parseCache!, key, keepArticle(article), long);
    this.articles.set(slug, article);
    // Held from here until forget(): a long one shrinks the memory budget while it is (not while
    // it parses: the 20 MB article's parse took 6.1 s instead of 5.0 on it, to peak 10 MB lower).
    if (long) {
      this.long.add(slug);
      holdLongArticle(true);
    }
    return article;
  }

  private build(slug: string, files: ArticleFile[]): Article {
    const read = this.parsedAhead(slug, files) ?? readArticlesCached(files, (locale) => this.glossary(locale), this.parseCache, this.lessons);
    const parsed = read.parsed;
    // Everything asked of the locales' glossaries to build it: what a memo of its results rests on.
    const questions = new Map<string, Question>();
    addQuestions(questions, read.questions);
    const glossaryOf = (locale: string) => recording(locale, this.glossary(locale), questions);
    const [canonical, ...others] = parsed.map((p) => p.document);
    settleMemory();
    const resources = buildResources(canonical!, others, glossaryOf, this.lessons);
    settleMemory();
    // Zone pivots are named by the docset's titles ("Azure CLI"), each locale by its own file's.
    const pivotFiles = addPivotTitles(resources.messages, [canonical!, ...others], this.pivotGroupsFile);
    const overlayFile = new VFile({ path: overlayPath(this.content, slug) });
    const overlay = readOverlayCached(overlayFile.path, overlayFile, this.parseCache);
    // What the overlay asks for is named in every language like the article's strings:
    // `input.<name>`, English from the name, translations in locales/ (kept by extract).
    const english = resources.messages.get(SOURCE_LOCALE);
    if (english) for (const input of overlay.inputs) english[`input.${input.name}`] ??= readableName(input.name);
    const parts: ArticleParts = { slug, documents: parsed.map((p) => p.document), resources, files: [...parsed.map((p) => p.file), ...pivotFiles, overlayFile] };
    return assembleArticle(parts, questions, this.flowBuilder(overlay), overlay !== EMPTY_OVERLAY);
  }

  /** How an article's workflows are built: where its links lead depends on which articles exist, asked and kept with the answers. */
  private flowBuilder(overlay: Overlay): FlowBuilder {
    return ({ slug, resources, files }, questions) =>
      buildWorkflows({ slug, document: resources.canonical, keys: resources.keys, overlay, slugs: recordingArticles((s) => this.slugSet.has(s), questions), overlayFile: files[files.length - 1]! });
  }

  /** A parse prepare() did, revived (and let go). */
  private parsedAhead(slug: string, files: ArticleFile[]): ReadArticle | undefined {
    const bytes = this.ahead?.parseOf(slug);
    if (!bytes) return undefined;
    const entry = v8.deserialize(bytes) as Entry;
    return { parsed: revive(entry, files), questions: entry.questions };
  }

  /**
   * Whether an article's strings are their own, not views on its text: a long article's are
   * copied out of it when it is parsed (see detachSegments) or come whole from the cache; a short
   * one's keep its text alive for as long as they live.
   */
  ownsStrings(slug: string): boolean {
    return this.isLongArticle(slug);
  }

  /** Whether an article held is long (see isLong): each of its catalogs is tens of megabytes. */
  isLongArticle(slug: string): boolean {
    return this.long.has(slug);
  }

  /** Lets go of an article read before, or being read ahead (a command that streams articles is done with it). */
  forget(slug: string): void {
    this.keepBrief(slug);
    for (const file of this.content.articles.get(slug)?.values() ?? []) this.lessons.delete(file.path);
    this.articles.delete(slug);
    this.ahead?.drop(slug);
    // A long article's tens of megabytes are collected now: on the budget over what was live
    // with them, what comes next grew on top of them (the densest one's checklists, 258 MB).
    if (this.long.delete(slug)) {
      holdLongArticle(this.long.size > 0);
      remeasureLive();
    }
    settleMemory();
  }

  /**
   * What is still asked of an article about to be let go. Not in forget()'s own frame: a local
   * there held the article through the collection it ends with.
   */
  private keepBrief(slug: string): void {
    const article = this.articles.get(slug);
    if (article) this.briefs.set(slug, { titleKey: titleKeyOf(article), locales: localesOf(article) });
  }

  /**
   * How this content translates its UI labels in a locale, learned from every article of it (one
   * bold label in the English, one marked translation): the product's glossary, as far as the
   * content says. Read once per locale, by the scan alone.
   */
  glossary(locale: string): Glossary {
    let glossary = this.glossaries.get(locale);
    // Learning it takes every file of the locale, which a scoped workspace has not listed.
    if (!glossary && this.scope) throw new Error(`No glossary was given for ${locale}`);
    if (!glossary) {
      const paths = this.localePaths(locale);
      // The whole locale's glossary is kept too, under all its files' hashes: one read when
      // nothing changed, the files' own lessons when one did.
      const hashes = this.fileHashes(paths);
      const key = this.parseCache?.key('locale-glossary', locale, ...paths.flatMap((file, i) => [file, hashes![i]!]));
      glossary = key ? this.parseCache!.get<Glossary>(key) : undefined;
      if (!glossary) {
        const lessons = this.knownLessons(locale, paths, hashes);
        glossary = this.absorbLessons(lessons, lessons.missing.map(learnFile));
        if (key) this.parseCache!.set(key, glossary);
      }
      this.glossaries.set(locale, glossary);
    }
    return glossary;
  }

  /** Message key of an article's title (its first heading), if it has one. */
  titleKey(slug: string): string | undefined {
    const brief = this.articles.has(slug) ? undefined : this.briefs.get(slug);
    return brief ? brief.titleKey : titleKeyOf(this.article(slug));
  }

  /**
   * Parses ahead, on worker threads, what the articles named will need and the cache does not
   * hold: first every file's glossary lessons of their locales (this thread learning some too),
   * then the articles, handed to the workers in order. Returns once the articles are handed out:
   * `ready(slug)` waits for one's parse, or takes it back for article() to parse here, and
   * `finishAhead()` stops the threads. With one thread, or from the TypeScript sources, it does
   * nothing and article() parses as it goes.
   */
  async prepare(slugs: readonly string[], threads = threadCount()): Promise<void> {
    const wanted = slugs.filter((slug) => !this.articles.has(slug));
    if (threads < 2 || wanted.length < 2 || !workersAvailable() || this.ahead) return;
    const ahead = (this.ahead = new ParseAhead(threads - 1));
    try {
      const locales = new Set(wanted.flatMap((slug) => [...this.content.articles.get(slug)!.keys()]));
      for (const locale of locales) {
        if (this.glossaries.has(locale)) continue;
        const lessons = this.knownLessons(locale, this.localePaths(locale));
        const learned = await ahead.shared(
          lessons.missing.map((path) => ({ kind: 'glossary' as const, path })),
          ({ path }) => learnFile(path),
        );
        this.glossaries.set(locale, this.absorbLessons(lessons, learned));
      }
      // Articles the cache has are left to article() (whether an entry still holds is asked
      // there); the others come back serialized and stay so until their turn: 370 articles'
      // objects, held at once, had cost a two-thread extract 120 MB.
      // A long article too is left to this thread, which parses it in pieces: a worker's parse
      // comes back whole, and is whole twice while it crosses (370 articles and a 5 MB one on
      // two threads peaked at 208–269 MB; its parse here, 187 MB).
      const tasks: { slug: string; files: ArticleFile[]; key?: string }[] = [];
      for (const slug of wanted) {
        const files = [...this.content.articles.get(slug)!.values()];
        const key = this.parseCache && articleKey(this.parseCache, files);
        if (key !== undefined && this.parseCache!.has(key)) continue;
        if (isLong(files)) continue;
        tasks.push({ slug, files, ...(key ? { key } : {}) });
      }
      const keys = new Map(tasks.map(({ slug, key }) => [slug, key]));
      ahead.parse(
        tasks.map(({ slug, files }) => ({ slug, task: { kind: 'article' as const, files, lessons: this.lessonsOfFiles(files) } })),
        this.glossaries,
        // Kept as the worker made it: the cache's entries are these bytes.
        (slug, bytes) => {
          const key = keys.get(slug);
          if (key) this.parseCache!.setSerialized(key, bytes);
        },
        (slug) => this.article(slug),
      );
    } catch (error) {
      this.ahead = undefined;
      await ahead.stop();
      throw error;
    }
  }

  /**
   * Resolves when what prepare() handed a worker for this article is back, or at once (then
   * article() parses it here).
   */
  async ready(slug: string): Promise<void> {
    await this.ahead?.ready(slug);
  }

  /** The parse threads' work done and the threads stopped; now, without waiting, if `failed`. */
  async finishAhead(failed = false): Promise<void> {
    const ahead = this.ahead;
    this.ahead = undefined;
    await (failed ? ahead?.stop() : ahead?.close());
  }

  /** The lessons learned so far of some files (a parse thread's share of `lessons`). */
  private lessonsOfFiles(files: readonly ArticleFile[]): Map<string, Glossary> {
    const known = new Map<string, Glossary>();
    for (const { path } of files) {
      const lessons = this.lessons.get(path);
      if (lessons) known.set(path, lessons);
    }
    return known;
  }

  /** The files of the content in a locale. */
  private localePaths(locale: string): string[] {
    return this.content.articles.filesIn(locale).map((file) => file.path);
  }

  /**
   * Glossaries made elsewhere (a `docflow glossary` file, joined from a CI matrix's parts):
   * these locales' files are not read for them.
   */
  giveGlossaries(given: ReadonlyMap<string, Glossary>): void {
    for (const [locale, glossary] of given) this.glossaries.set(locale, glossary);
  }

  /**
   * The lessons of the files of a locale, each with its slug (what a glossary file keeps, see
   * glossary-file.ts): those the cache keeps, the others learned now. A scoped workspace's are
   * its shard's.
   */
  lessonsOfLocale(locale: string): [slug: string, lessons: Glossary][] {
    const files = this.content.articles.filesIn(locale);
    const lessons = this.knownLessons(locale, files.map((file) => file.path));
    const settled = this.settleLessons(lessons, lessons.missing.map(learnFile));
    return files.map(({ slug }, i) => [slug, settled[i]!]);
  }

  /**
   * The lessons of a locale's files that the cache keeps, and the files still to learn from. All
   * of a locale's lessons are kept in one entry: relearning its glossary after one file changed
   * reads one entry, not one per file (48 ms on 370 articles).
   */
  private knownLessons(locale: string, paths: string[], hashes = this.fileHashes(paths)): KnownLessons {
    const memo = this.parseCache && new PackedMemo<Glossary>(this.parseCache, 'file-lessons', locale, ...this.content.dirs, ...(this.scope ? [this.scope.name] : []));
    const kept = paths.map((file, i) => memo?.get(file, hashes![i]!));
    const known = paths.map((file, i) => kept[i] ?? this.lessons.get(file));
    return { paths, hashes, known, kept: kept.map((lessons) => lessons !== undefined), memo, missing: paths.filter((_, i) => known[i] === undefined) };
  }

  /**
   * The files' content hashes (with a cache), asked once for all a locale's glossary does with
   * them: asked three times, the stat index looked in each of the locale's folders three times,
   * and held every one of them to the end of the run (see stat-index.ts).
   */
  private fileHashes(paths: readonly string[]): string[] | undefined {
    return this.parseCache && paths.map((file) => this.parseCache!.hashOf(file));
  }

  /** A locale's glossary from its files' lessons: those known, and `learned` for the missing ones, in order. */
  private absorbLessons(lessons: KnownLessons, learned: readonly Glossary[]): Glossary {
    return this.settleLessons(lessons, learned).reduce(absorbGlossary, emptyGlossary());
  }

  /** Each file's lessons, those known and `learned` for the missing ones, in order: kept for this run and by the cache. */
  private settleLessons({ paths, hashes, known, kept, memo }: KnownLessons, learned: readonly Glossary[]): Glossary[] {
    let next = 0;
    const settled = paths.map((file, i) => {
      const lessons = known[i] ?? learned[next++]!;
      this.lessons.set(file, lessons);
      if (!kept[i]) memo?.put(file, hashes![i]!, lessons);
      return lessons;
    });
    memo?.save();
    return settled;
  }

  /** Locales the content is written in, plus en-US (the English halves). */
  locales(): string[] {
    return [...new Set([SOURCE_LOCALE, ...this.contentLocales()])].sort();
  }

  /** Locales the content has files in. */
  contentLocales(): string[] {
    if (this.scope?.whole) return [...this.scope.whole.locales];
    return [...this.content.articles.localesWithFiles()].sort();
  }

  /** Locales whose resource folder has a file for this article (as the folder was first read). */
  resourceLocales(slug: string): string[] {
    return this.localeListing().localesWith(slug);
  }

  /** locales/ read once for this workspace (see LocaleListing for why that holds). */
  localeListing(): LocaleListing {
    return (this.listing ??= new LocaleListing(this.localesDir, (namespace) => this.content.articles.own(namespace)));
  }

  /** Locales that have strings for an article, from its content alone. */
  localesOf(slug: string): string[] {
    if (!this.has(slug)) return [];
    const brief = this.articles.has(slug) ? undefined : this.briefs.get(slug);
    return brief ? brief.locales : localesOf(this.article(slug));
  }

  /** Every procedure of every article, in slug order. */
  workflows(): Workflow[] {
    return this.slugs().flatMap((slug) => this.article(slug).workflows);
  }
}

function titleKeyOf({ resources: { canonical, keys } }: Article): string | undefined {
  const first = canonical.titleSegments[0];
  return first === undefined ? undefined : keys.segments.get(first);
}

function localesOf(article: Article): string[] {
  return [...article.resources.messages.keys()].sort();
}

/**
 * A file's label lessons, learned from its text. A locale's glossary reads every file of it, an
 * article of 60 locales every file of the content, with no article let go in between: the
 * garbage goes within the budget as it is made (300,000 files: 207 MB used before the first
 * collection, the run's peak).
 */
function learnFile(file: string): Glossary {
  const lessons = fileGlossary(readText(file));
  settleMemory();
  return lessons;
}


