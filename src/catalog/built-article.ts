/**
 * An article as the workspace builds it, and as the cache keeps it.
 *
 * Its workflows (every procedure's steps as keys) are read by the flows, the checklists, the
 * graph and the listing; `extract`, `lint`, `status` and `apply` never read them. They are built
 * when first asked for: the 20 MB article densest in steps held 21 MB of them for nothing, and
 * its `extract` peaked at 307 MB instead of 286–295. An article with an overlay has them built
 * with it: the overlay's mistakes are found building them, and every command tells them.
 */
import type { VFile } from 'vfile';
import type { Document } from '../model/document.js';
import type { Workflow } from '../model/workflow.js';
import { fileWith, savedMessages, type SavedMessage } from './article-cache.js';
import { addQuestions, type Question } from './content-questions.js';
import { PlaceIndex } from './place-index.js';
import type { ArticleResources } from './resources.js';
import { SOURCE_LOCALE } from './versions.js';

export interface Article {
  slug: string;
  /** The article in every locale: the canonical one parsed, the others scanned (segments only). */
  documents: Document[];
  /** The canonical document is `resources.canonical`. */
  resources: ArticleResources;
  /** Parser messages of every locale's file, and the overlay's (the last). */
  files: VFile[];
  readonly workflows: Workflow[];
  /**
   * What building it asked of the rest of the content (glossaries, articles), with the answers
   * (see content-questions.ts): its workflows' questions too once they are built.
   */
  readonly questions: Question[];
}

/** What an article is made of besides its workflows and questions. */
export type ArticleParts = Pick<Article, 'slug' | 'documents' | 'resources' | 'files'>;

/** Builds an article's workflows, recording what they ask (which articles exist) in `questions`. */
export type FlowBuilder = (parts: ArticleParts, questions: Map<string, Question>) => Workflow[];

class BuiltArticle implements Article {
  readonly slug: string;
  readonly documents: Document[];
  readonly resources: ArticleResources;
  readonly files: VFile[];
  private flows: Workflow[] | undefined;

  constructor(
    parts: ArticleParts,
    private readonly asked: Map<string, Question>,
    private readonly build: FlowBuilder,
  ) {
    ({ slug: this.slug, documents: this.documents, resources: this.resources, files: this.files } = parts);
  }

  get workflows(): Workflow[] {
    this.flows ??= this.build(this, this.asked);
    return this.flows;
  }

  get questions(): Question[] {
    return [...this.asked.values()];
  }

  /** Its workflows if they were built (the cache keeps them then). */
  get built(): Workflow[] | undefined {
    return this.flows;
  }
}

/** An article whose workflows are built now (`eager`: it has an overlay) or when first asked for. */
export function assembleArticle(parts: ArticleParts, questions: Map<string, Question>, build: FlowBuilder, eager: boolean): Article {
  const article = new BuiltArticle(parts, questions, build);
  if (eager) void article.workflows;
  return article;
}

/** An article as the cache keeps it: its messages as plain data instead of VFiles, its workflows if built. */
export type KeptArticle = Pick<Article, 'slug' | 'documents' | 'resources' | 'questions'> & {
  files: { path: string; messages: SavedMessage[] }[];
  workflows?: Workflow[];
};

export function keepArticle(article: Article): KeptArticle {
  const built = article instanceof BuiltArticle ? article.built : article.workflows;
  return {
    slug: article.slug,
    documents: article.documents,
    resources: article.resources,
    questions: article.questions,
    files: article.files.map((file) => ({ path: file.path, messages: savedMessages(file) })),
    ...(built ? { workflows: built } : {}),
  };
}

/**
 * A kept article as it was built: `build` makes its workflows if they were not kept. `long`: its
 * strings are made the very strings its documents' segments hold again, where equal, as building
 * it made them (v8.deserialize gives each its own copy).
 */
export function reviveArticle(kept: KeptArticle, build: FlowBuilder, long = false): Article {
  if (long) shareStrings(kept);
  const places = new Map([...kept.resources.places].map(([locale, saved]) => [locale, PlaceIndex.revive(saved)]));
  const parts: ArticleParts = {
    slug: kept.slug,
    documents: kept.documents,
    resources: { ...kept.resources, places },
    files: kept.files.map((file) => fileWith(file.path, file.messages)),
  };
  const questions = new Map<string, Question>();
  addQuestions(questions, kept.questions);
  const { workflows } = kept;
  return assembleArticle(parts, questions, workflows ? () => workflows : build, false);
}

/**
 * Each string of a kept article's catalog that is its segment's text (found by the segment's key,
 * no table of its own) made that very text, as building it made it; so is a target equal to its
 * source.
 */
function shareStrings({ documents, resources: { keys, messages } }: KeptArticle): void {
  const english = messages.get(SOURCE_LOCALE);
  for (const { locale, segments } of documents) {
    const own = messages.get(locale);
    for (const segment of segments) {
      const { n, source } = segment;
      // A target that is its source is that string again (see detachSegments).
      if (segment.target === source) segment.target = source;
      const { target } = segment;
      const key = keys.segments.get(n);
      if (key === undefined) continue;
      if (own && own[key] === target) own[key] = target;
      if (english && english[key] === source) english[key] = source;
    }
  }
}
