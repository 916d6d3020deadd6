/**
 * A documentation folder and its resources: `--content` and `--locales`. Articles are parsed on
 * first use and kept, so a command reads each file once.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { VFile } from 'vfile';
import type { Document } from '../model/document.js';
import type { Workflow } from '../model/workflow.js';
import { readOverlay } from '../flow/overlay.js';
import { buildWorkflows } from '../flow/workflow.js';
import { absorbGlossary, emptyGlossary, learnGlossary, type Glossary } from '../parse/label-glossary.js';
import { readArticlesCached } from './article-cache.js';
import { contentHash, type Cache } from './cache.js';
import { scanDocument } from '../parse/scan-document.js';
import { readableName } from '../text/input-label.js';
import { listContent, overlayPath, type Content } from './content.js';
import { localesWith } from './locale-files.js';
import { buildResources, SOURCE_LOCALE, type ArticleResources } from './resources.js';

/** The package root: bundled `content/` and `locales/` live there. */
export const PACKAGE_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const BUNDLED_CONTENT = path.join(PACKAGE_ROOT, 'content');
export const BUNDLED_LOCALES = path.join(PACKAGE_ROOT, 'locales');

export interface Article {
  slug: string;
  /** The article in every locale: the canonical one parsed, the others scanned (segments only). */
  documents: Document[];
  /** The canonical document is `resources.canonical`. */
  resources: ArticleResources;
  /** Parser messages of every locale's file, and the overlay's. */
  files: VFile[];
  workflows: Workflow[];
}

export class Workspace {
  readonly content: Content;
  private readonly articles = new Map<string, Article>();
  private readonly slugSet: ReadonlySet<string>;
  private readonly glossaries = new Map<string, Glossary>();

  constructor(
    contentDirs: string | readonly string[] = BUNDLED_CONTENT,
    readonly localesDir: string = BUNDLED_LOCALES,
    /** Where parses are kept between runs (none: every run parses). */
    readonly parseCache?: Cache,
  ) {
    this.content = listContent(contentDirs);
    this.slugSet = new Set(this.content.articles.keys());
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
    const glossaryOf = (locale: string) => this.glossary(locale);
    const parsed = readArticlesCached([...files.values()], glossaryOf, this.parseCache);
    const [canonical, ...others] = parsed.map((p) => p.document);
    const resources = buildResources(canonical!, others, glossaryOf);
    const overlayFile = new VFile({ path: overlayPath(this.content, slug) });
    const overlay = readOverlay(overlayFile.path, overlayFile);
    // What the overlay asks for is named in every language like the article's strings:
    // `input.<name>`, English from the name, translations in locales/ (kept by extract).
    const english = resources.messages.get(SOURCE_LOCALE);
    if (english) for (const input of overlay.inputs) english[`input.${input.name}`] ??= readableName(input.name);
    const workflows = buildWorkflows({
      slug,
      document: resources.canonical,
      keys: resources.keys,
      overlay,
      slugs: this.slugSet,
      overlayFile,
    });
    const article: Article = { slug, documents: parsed.map((p) => p.document), resources, files: [...parsed.map((p) => p.file), overlayFile], workflows };
    this.articles.set(slug, article);
    return article;
  }

  /**
   * How this content translates its UI labels in a locale, learned from every article of it (one
   * bold label in the English, one marked translation): the product's glossary, as far as the
   * content says. Read once per locale, by the scan alone.
   */
  glossary(locale: string): Glossary {
    let glossary = this.glossaries.get(locale);
    if (!glossary) {
      const learned = emptyGlossary();
      for (const files of this.content.articles.values()) {
        const file = files.get(locale);
        if (file) absorbGlossary(learned, this.fileGlossary(file.path));
      }
      glossary = learned;
      this.glossaries.set(locale, glossary);
    }
    return glossary;
  }

  /** Message key of an article's title (its first heading), if it has one. */
  titleKey(slug: string): string | undefined {
    const { canonical, keys } = this.article(slug).resources;
    const first = canonical.titleSegments[0];
    return first === undefined ? undefined : keys.segments.get(first);
  }

  /** What one file teaches about its locale's labels; from the cache when the file is unchanged. */
  private fileGlossary(file: string): Glossary {
    const text = fs.readFileSync(file, 'utf8');
    const learn = () => learnGlossary(scanDocument(text, { path: file }).document.segments);
    if (!this.parseCache) return learn();
    const key = this.parseCache.key('glossary', contentHash(text));
    const cached = this.parseCache.get<Glossary>(key);
    if (cached) return cached;
    const learned = learn();
    this.parseCache.set(key, learned);
    return learned;
  }

  /** Locales the content is written in, plus en-US (the English halves). */
  locales(): string[] {
    const all = new Set([SOURCE_LOCALE]);
    for (const files of this.content.articles.values()) for (const locale of files.keys()) all.add(locale);
    return [...all].sort();
  }

  /** Locales whose resource folder has a file for this article. */
  resourceLocales(slug: string): string[] {
    return localesWith(this.localesDir, slug);
  }

  /** Locales that have strings for an article, from its content alone. */
  localesOf(slug: string): string[] {
    return this.has(slug) ? [...this.article(slug).resources.messages.keys()].sort() : [];
  }

  /** Every procedure of every article, in slug order. */
  workflows(): Workflow[] {
    return this.slugs().flatMap((slug) => this.article(slug).workflows);
  }
}
