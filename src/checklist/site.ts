/**
 * `checklist --all`: every procedure of every article in every locale it has, one file per
 * article and locale (`<out>/<locale>/<slug>.<ext>`), links between articles pointing at each
 * other's checklist in the same locale, and an index page.
 */
import path from 'node:path';
import { translator } from '../catalog/i18n.js';
import { SOURCE_LOCALE } from '../catalog/versions.js';
import { DeferredWrites } from '../catalog/deferred-writes.js';
import type { Session } from '../cli/context.js';
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
 * Every page in place when the promise resolves. The session loads no article; each is built,
 * its strings loaded whole, its pages written, then let go but for its title (what links to it
 * from other pages say). An article's pages name the titles of the articles it links to, so those
 * are done first (depth first; one on the way is already loaded): what is held at once is a chain
 * of links, not the content. Holding every article's strings, a cold `checklist --all` of 1,328
 * articles peaked at 292 MB and grew with their number.
 */
export async function writeChecklistSite(session: Session, out: string, format: keyof typeof EXTENSION, withSource: boolean): Promise<SiteReport> {
  const { workspace } = session;
  const english = withSource ? translator(session.i18n, SOURCE_LOCALE) : undefined;
  /** Each page's index line, by article: the index lists them in the content's order, not the order written. */
  const listed = new Map<string, (IndexEntry & { locale: string })[]>();
  const report: SiteReport = { files: 0, procedures: 0, locales: 0 };
  // Pages reach the disk while the next ones are rendered.
  const writes = new DeferredWrites();
  /**
   * The locales each article opened has pages in (none without procedures); opened, its strings
   * are loaded. Asked once: every link to it asks again, and the session reads locales/ to answer.
   */
  const pages = new Map<string, readonly string[]>();
  const done = new Set<string>();
  const open = (slug: string) => {
    if (pages.has(slug)) return;
    pages.set(slug, workspace.article(slug).workflows.length > 0 ? session.localesFor(slug) : []);
    session.addStrings([slug], { fromContent: (ns) => workspace.article(ns).resources.messages, listing: workspace.localeListing() });
  };
  const write = async (slug: string): Promise<void> => {
    if (done.has(slug)) return;
    done.add(slug);
    open(slug);
    // Still built: an article opened is let go only when its pages are written.
    const { workflows } = workspace.article(slug);
    for (const linked of new Set(workflows.flatMap((flow) => flow.related))) await write(linked);
    const lines: (IndexEntry & { locale: string })[] = [];
    for (const locale of pages.get(slug)!) {
      const tr = translator(session.i18n, locale);
      // A link the English does not have (a translator's own) opens its article here.
      const resolveLink = articleLinkResolver(workspace, tr, open);
      const checklist = buildChecklist(workflows, tr, { ...(locale === SOURCE_LOCALE ? {} : { english }), resolveLink });
      const relative = `${locale}/${slug}.${EXTENSION[format]}`;
      // A link to another article of the content opens its checklist in the same locale; a
      // relative link to anything without a page here would lead nowhere, so only its text stays.
      const rewrite = (url: string) => {
        const linked = linkedArticle(slug, url, (s) => workspace.has(s));
        if (linked) open(linked);
        if (linked && pages.get(linked)!.includes(locale)) return path.posix.relative(path.posix.dirname(relative), `${locale}/${linked}.${EXTENSION[format]}`);
        return /^(?:[a-z][a-z0-9+.-]*:|#)/i.test(url) ? undefined : null;
      };
      const text =
        format === 'json' ? `${JSON.stringify(checklist, null, 2)}\n` : format === 'html' ? checklistHtml(checklist, { rewrite, see: seeArticle(tr) }) : renderMarkdown(checklist, tr, rewrite);
      writes.write(path.join(out, relative), text);
      report.files++;
      report.procedures += checklist.procedures.length;
      lines.push({ locale, slug, title: plainMessage(checklist.title), file: relative, procedures: checklist.procedures.length });
    }
    listed.set(slug, lines);
    keepTitle(session, slug);
    // Collects as it lets go: pages are garbage once written too (rendering 1,328 articles'
    // pages without a collection between them had taken the peak 80 MB higher).
    workspace.forget(slug);
    await writes.room();
  };
  for (const slug of workspace.slugs()) await write(slug);
  const index = new Map<string, IndexEntry[]>();
  for (const slug of workspace.slugs()) {
    for (const { locale, ...line } of listed.get(slug)!) {
      const items = index.get(locale) ?? index.set(locale, []).get(locale)!;
      items.push(line);
    }
  }
  report.locales = index.size;
  writes.write(path.join(out, `index.${EXTENSION[format]}`), indexPage(index, format));
  await writes.settle();
  return report;
}

interface IndexEntry {
  slug: string;
  title: string;
  file: string;
  procedures: number;
}

/** An article's strings let go in every locale but its title's (copied: a slice keeps its whole text). */
function keepTitle(session: Session, slug: string): void {
  const key = session.workspace.titleKey(slug);
  const { i18n } = session;
  for (const locale of Object.keys(i18n.store.data)) {
    const title = key === undefined ? undefined : (i18n.getResource(locale, slug, key) as unknown);
    i18n.removeResourceBundle(locale, slug);
    if (typeof title === 'string') i18n.addResourceBundle(locale, slug, { [key!]: ownCopy(title) }, false, true);
  }
}

function indexPage(index: Map<string, IndexEntry[]>, format: keyof typeof EXTENSION): string {
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
