/**
 * Links between articles, for checklists: which article of the content a link names and that
 * article's title in the checklist's locale, so a printed copy says where to look, not a file name.
 */
import type { Translator } from '../catalog/i18n.js';
import type { Workspace } from '../catalog/workspace.js';
import { linkedArticle } from '../flow/article-link.js';
import { relatedArticles } from '../flow/related-flows.js';
import type { LinkResolver } from './checklist-model.js';

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

/** The articles a set of flows links to: the namespaces a checklist of them needs loaded. */
export function linkedNamespaces(workspace: Workspace, slug: string): string[] {
  return [...new Set([slug, ...relatedArticles(workspace.article(slug).workflows)])];
}
