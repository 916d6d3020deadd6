/**
 * What listing procedures needs of an article, kept between runs: its procedures (keys only) and,
 * per locale, the strings that title them (their zone pivots' too). `list` and the picker read these instead of building
 * every article; an entry holds while the article's files, its overlay and the glossary answers
 * its build rested on are the same.
 */
import { flowEntry, type FlowEntry } from '../model/workflow.js';
import { ownCopy } from '../text/own-copy.js';
import { articleInputs } from './article-inputs.js';
import { pivotKey } from './pivot-titles.js';
import type { Question } from './content-questions.js';
import type { Messages } from './resources.js';
import type { Article, Workspace } from './workspace.js';
import type { GroupedMemo } from './grouped-memo.js';

export interface ArticleSummary {
  flows: FlowEntry[];
  /** locale → the article's title, procedure and pivot titles and "applies to" strings in that locale. */
  titles: Map<string, Messages>;
  questions: Question[];
}

export function summarize(article: Article): ArticleSummary {
  const keys = new Set(article.workflows.flatMap((w) => [w.titleKey, ...w.procedureTitleKeys, ...w.appliesToKeys, w.pivot && pivotKey(w.pivot)].filter((k): k is string => !!k)));
  const titles = new Map<string, Messages>();
  for (const [locale, messages] of article.resources.messages) {
    // Copies: a title sliced from its article keeps the whole article's text alive with the summary.
    titles.set(locale, Object.fromEntries([...keys].filter((k) => messages[k] !== undefined).map((k) => [k, ownCopy(messages[k]!)])));
  }
  return { flows: article.workflows.map(flowEntry), titles, questions: article.questions };
}

/**
 * The summary of an article: from `pack` (the summaries kept together, a cache entry for each run
 * of articles, see grouped-memo.ts) while it holds, else built (and kept). No pack: no cache.
 */
export function articleSummary(workspace: Workspace, slug: string, pack: GroupedMemo<ArticleSummary> | undefined): ArticleSummary {
  const cache = workspace.parseCache;
  // The summary is what a listing keeps: the article goes (all of 1,328 held: 318 MB).
  const build = () => {
    const summary = summarize(workspace.article(slug));
    workspace.forget(slug);
    return summary;
  };
  if (!cache || !pack) return build();
  return pack.take(slug, cache.key('summary', ...articleInputs(workspace, slug)), () => ({ value: build(), keep: true }), (saved) => workspace.stillAnswered(saved.questions));
}
