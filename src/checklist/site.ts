/**
 * `checklist --all`: every procedure of every article in every locale it has, one file per
 * article and locale (`<out>/<locale>/<slug>.<ext>`), links between articles pointing at each
 * other's checklist in the same locale, and an index page.
 */
import path from 'node:path';
import { translator, type ContentMessages } from '../catalog/i18n.js';
import { SOURCE_LOCALE } from '../catalog/versions.js';
import { DeferredWrites } from '../catalog/deferred-writes.js';
import type { Session } from '../cli/context.js';
import type { Workspace } from '../catalog/workspace.js';
import type { Workflow } from '../model/workflow.js';
import { escapeHtml as e } from '../text/escape-html.js';
import { plainMessage } from '../text/inline-runs.js';
import { buildChecklist, direction } from './checklist-model.js';
import { checklistHtml } from './html.js';
import { renderMarkdown } from './markdown.js';
import { articleLinkResolver } from './article-links.js';
import { seeArticle } from './link-titles.js';
import { linkedArticle } from '../flow/article-link.js';
import { ownCopy } from '../text/own-copy.js';

export interface SiteReport {
  files: number;
  procedures: number;
  locales: number;
}

const EXTENSION = { md: 'md', html: 'html', json: 'json' } as const;

/**
 * The articles' strings for a session (openSession's `contentMessages`), each article built, its
 * strings and procedures taken, and let go: a site keeps the catalog and the procedures (keys),
 * not the articles. Holding every article, a cold `checklist --all` of the 370 fr-fr articles
 * peaked at 223 MB.
 */
export function siteContent(procedures: Map<string, Workflow[]>): (workspace: Workspace) => { messages: ContentMessages; only: () => undefined } {
  return (workspace) => ({
    messages: (slug) => {
      if (!workspace.has(slug)) return undefined;
      const article = workspace.article(slug);
      procedures.set(slug, article.workflows);
      workspace.forget(slug);
      // Copies: strings sliced from the article would keep its whole text alive with the catalog.
      return new Map([...article.resources.messages].map(([locale, messages]) => [locale, Object.fromEntries(Object.entries(messages).map(([key, text]) => [key, ownCopy(text)]))]));
    },
    only: () => undefined,
  });
}

/** Every page in place when the promise resolves; `procedures` as siteContent took them. */
export async function writeChecklistSite(
  session: Session,
  procedures: ReadonlyMap<string, Workflow[]>,
  out: string,
  format: keyof typeof EXTENSION,
  withSource: boolean,
): Promise<SiteReport> {
  const { workspace } = session;
  const english = withSource ? translator(session.i18n, SOURCE_LOCALE) : undefined;
  const index = new Map<string, { slug: string; title: string; file: string; procedures: number }[]>();
  const report: SiteReport = { files: 0, procedures: 0, locales: 0 };
  // Pages reach the disk while the next ones are rendered.
  const writes = new DeferredWrites();
  const hasPage = (slug: string, locale: string) => (procedures.get(slug)?.length ?? 0) > 0 && session.localesFor(slug).includes(locale);
  for (const slug of workspace.slugs()) {
    const workflows = procedures.get(slug) ?? [];
    if (workflows.length === 0) continue;
    for (const locale of session.localesFor(slug)) {
      const tr = translator(session.i18n, locale);
      const checklist = buildChecklist(workflows, tr, { ...(locale === SOURCE_LOCALE ? {} : { english }), resolveLink: articleLinkResolver(workspace, tr) });
      const relative = `${locale}/${slug}.${EXTENSION[format]}`;
      const file = path.join(out, relative);
      // A link to another article of the content opens its checklist in the same locale; a
      // relative link to anything without a page here would lead nowhere, so only its text stays.
      const rewrite = (url: string) => {
        const linked = linkedArticle(slug, url, (s) => workspace.has(s));
        if (linked && hasPage(linked, locale)) return path.posix.relative(path.posix.dirname(relative), `${locale}/${linked}.${EXTENSION[format]}`);
        return /^(?:[a-z][a-z0-9+.-]*:|#)/i.test(url) ? undefined : null;
      };
      const text =
        format === 'json' ? `${JSON.stringify(checklist, null, 2)}\n` : format === 'html' ? checklistHtml(checklist, { rewrite, see: seeArticle(tr) }) : renderMarkdown(checklist, tr, rewrite);
      writes.write(file, text);
      report.files++;
      report.procedures += checklist.procedures.length;
      index.set(locale, [...(index.get(locale) ?? []), { slug, title: plainMessage(checklist.title), file: relative, procedures: checklist.procedures.length }]);
    }
    await writes.room();
  }
  report.locales = index.size;
  writes.write(path.join(out, `index.${EXTENSION[format]}`), indexPage(index, format));
  await writes.settle();
  return report;
}

function indexPage(index: Map<string, { slug: string; title: string; file: string; procedures: number }[]>, format: keyof typeof EXTENSION): string {
  const locales = [...index].sort(([a], [b]) => a.localeCompare(b));
  if (format === 'json') return `${JSON.stringify(Object.fromEntries(locales), null, 2)}\n`;
  if (format === 'md') {
    return `${locales.flatMap(([locale, items]) => [`## ${locale}`, '', ...items.map((i) => `- [${i.title}](${i.file}) (${i.procedures})`), '']).join('\n').trimEnd()}\n`;
  }
  const sections = locales
    .map(
      ([locale, items]) =>
        `<section lang="${e(locale)}" dir="${direction(locale)}"><h2>${e(locale)}</h2><ul>${items.map((i) => `<li><a href="${e(i.file)}">${e(i.title)}</a> <span class="slug">${e(i.slug)}</span></li>`).join('')}</ul></section>`,
    )
    .join('\n');
  return `<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>Checklists</title><style>body{font:11pt/1.5 system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem}.slug{color:#57606a;font-size:.85em}</style></head>\n<body><h1>Checklists</h1>\n${sections}\n</body></html>\n`;
}
