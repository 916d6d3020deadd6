/**
 * Links between articles, for checklists: which article of the content a link names and that
 * article's title in the checklist's locale, so a printed copy says where to look, not a file name.
 */
import type { Translator } from '../catalog/i18n.js';
import type { Workspace } from '../catalog/workspace.js';
import { linkedArticle } from '../flow/article-link.js';
import { declaredFlow, flowOfLink, flowOfTarget, linkedArticles } from '../flow/related-flows.js';
import { articleSlug } from '../flow/find-workflow.js';
import type { FlowEntry } from '../model/workflow.js';
import { flowTitle } from '../text/flow-text.js';
import type { FlowResolver, LinkResolver } from './checklist-model.js';

/** `open`: makes a linked article's title readable, when its strings may not be loaded yet. */
/** `has`: whether an article exists, as the caller asks it (a memo records the answers). */
export function articleLinkResolver(workspace: Workspace, tr: Translator, open?: (slug: string) => void, has = (slug: string) => workspace.has(slug)): LinkResolver {
  return (fromSlug, href) => {
    const slug = linkedArticle(fromSlug, href, has);
    if (!slug) return undefined;
    open?.(slug);
    const key = workspace.titleKey(slug);
    return { slug, title: (key && tr.text(slug, key)) || slug };
  };
}

/** What a link to a procedure needs of it: which it is, and its title's keys. */
export type LinkedFlow = Pick<FlowEntry, 'id' | 'slug' | 'procedure' | 'anchor' | 'titleKey' | 'pivot' | 'procedureTitleKeys' | 'tabKeys'>;

/** Just that of a flow: what is kept of an article let go, for the links to it (see site.ts). */
export function linkedFlow({ id, slug, procedure, anchor, titleKey, pivot, procedureTitleKeys, tabKeys }: LinkedFlow): LinkedFlow {
  return { id, slug, procedure, anchor, procedureTitleKeys, ...(tabKeys === undefined ? {} : { tabKeys }), ...(titleKey === undefined ? {} : { titleKey }), ...(pivot === undefined ? {} : { pivot }) };
}

/**
 * The procedures links lead to, titled as the screen titles them (flowTitle) in the locale.
 * `flowsOf(slug)`: an article's procedures, undefined when the content has no such article;
 * `open` makes one's titles readable first, as articleLinkResolver's does.
 */
export function flowResolver(flowsOf: (slug: string) => readonly LinkedFlow[] | undefined, tr: Translator, open?: (slug: string) => void): FlowResolver {
  const flows = (target: string) => flowsOf(articleSlug(target)) ?? [];
  return {
    declared: (target) => {
      const flow = declaredFlow(target, flows(target));
      if (!flow) return undefined;
      open?.(flow.slug);
      return { id: flow.id, slug: flow.slug, anchor: flow.anchor, title: flowTitle(flow, tr) };
    },
    linked: (from, url) => flowOfLink(from, url, (target) => flowOfTarget(target, flows(target), from.slug))?.id,
  };
}

/** The articles a set of flows links to or names in its overlay: the namespaces a checklist of them needs loaded. */
export function linkedNamespaces(workspace: Workspace, slug: string): string[] {
  return [...new Set([slug, ...linkedArticles(workspace.article(slug).workflows)])].filter((s) => workspace.has(s));
}
