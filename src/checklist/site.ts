/**
 * `checklist --all`: every procedure of every article in every locale it has, one file per
 * article and locale (`<out>/<locale>/<slug>.<ext>`), links between articles pointing at each
 * other's checklist in the same locale, and an index page.
 */
import fs from 'node:fs';
import path from 'node:path';
import { englishSource, translator } from '../catalog/i18n.js';
import { SOURCE_LOCALE } from '../catalog/versions.js';
import { overlaysFolder } from '../catalog/content.js';
import { DeferredWrites } from '../catalog/deferred-writes.js';
import type { Session } from '../cli/context.js';
import { escapeHtml as e } from '../text/escape-html.js';
import { plainMessage } from '../text/inline-runs.js';
import { checklistParts, direction } from './checklist-model.js';
import { checklistPieces, type ChecklistFormat } from './checklist-pieces.js';
import { articleLinkResolver, flowResolver, linkedFlow, type LinkedFlow } from './article-links.js';
import { seeArticle } from './link-titles.js';
import { pagelessRewrite } from './inline-html.js';
import { linkedArticle } from '../flow/article-link.js';
import { linkedArticles } from '../flow/related-flows.js';
import { ownCopy } from '../text/own-copy.js';
import { contentHash } from '../catalog/cache-file.js';
import { addQuestions, recordingArticles, type Question } from '../catalog/content-questions.js';
import { SiteMemo, type PageRecord } from './site-memo.js';
import { sweepPages, type SweepReport } from './site-manifest.js';
import { compareNames } from '../text/name-order.js';
import { settleMemory } from '../runtime/memory-budget.js';
import type { Workflow } from '../model/workflow.js';
import type { Article } from '../catalog/workspace.js';

export interface SiteReport {
  files: number;
  procedures: number;
  locales: number;
  /** Pages of the last run in the folder this one did not make: removed, or left as edited since (see site-manifest.ts). */
  stale: SweepReport;
}

const EXTENSION: Record<ChecklistFormat, string> = { md: 'md', html: 'html', json: 'json' };

/**
 * Every page in place when the promise resolves. The session loads no article; each is built,
 * its strings loaded whole and the article let go but for its workflows, its pages written, then
 * its strings let go but for its titles (what links to it from other pages say: the article's,
 * and its procedures' for a step's "see also"). An article's pages name the titles of the articles it links to, so those
 * are done first (depth first; one on the way is already loaded): what is held at once is a chain
 * of links, not the content. Holding every article's strings, a cold `checklist --all` of 1,328
 * articles peaked at 292 MB and grew with their number.
 */
export async function writeChecklistSite(session: Session, out: string, format: keyof typeof EXTENSION, withSource: boolean): Promise<SiteReport> {
  const { workspace } = session;
  const reference = englishSource(session.i18n);
  const english = withSource ? reference : undefined;
  /** Each page's index line, by article: the index lists them in the content's order, not the order written. */
  const listed = new Map<string, (IndexEntry & { locale: string })[]>();
  const report: SiteReport = { files: 0, procedures: 0, locales: 0, stale: { removed: [], edited: [] } };
  /** Every page this run made or kept, by path in the folder: the hash of its text. */
  const pages = new Map<string, string>();
  // Pages reach the disk while the next ones are rendered.
  const writes = new DeferredWrites();
  /**
   * Each article opened (its strings loaded): the locales it has pages in (none without
   * procedures), the questions its build asked of the content (a page naming it rests on those
   * answers too), and whether its strings loaded without a problem (a page kept from them would
   * keep the problem from the next run). Asked once: every link to it asks again.
   */
  // Only an overlay names another article's procedure (a step's "see also"): without overlays
  // nothing of an article's procedures is kept once its pages are written (the densest article
  // has 19,000 of them).
  const overlaid = fs.existsSync(overlaysFolder(workspace.content));
  // `anchors`: its procedures' headings, the only places its HTML page has (kept once its workflows go).
  const opened = new Map<string, { locales: readonly string[]; questions: readonly Question[]; quiet: boolean; workflows?: Workflow[]; flows: LinkedFlow[]; anchors: ReadonlySet<string> }>();
  /** Opened, and holding all their strings: let go but for the title once their pages are done. */
  const whole = new Set<string>();
  const done = new Set<string>();
  // Pages left as the last run wrote them, where nothing they are made from has changed.
  const memo = workspace.parseCache && new SiteMemo(session, out, format, withSource);
  const open = (slug: string) => {
    if (opened.has(slug)) return;
    const { workflows, questions, messages } = pageParts(workspace, slug);
    // The rest of the article goes before its strings load (see pageParts).
    workspace.forget(slug);
    let quiet = true;
    // An article without procedures has no pages: a link to it asks for its title, nothing else
    // (a long reference article's 100,000 strings were loaded in every locale for nothing).
    const titleOnly = workflows.length === 0 && new Set(titleKeys(workspace, slug));
    session.addStrings([slug], {
      fromContent: () => messages,
      given: true,
      listing: workspace.localeListing(),
      told: () => (quiet = false),
      ...(titleOnly ? { only: () => titleOnly } : {}),
    });
    const anchors = new Set(format === 'html' ? workflows.flatMap((w) => w.anchor || []) : []);
    opened.set(slug, { locales: workflows.length > 0 ? session.localesFor(slug) : [], questions, quiet, workflows, flows: overlaid ? workflows.map(linkedFlow) : [], anchors });
    whole.add(slug);
  };
  const record = (slug: string, lines: (IndexEntry & { locale: string })[]) => {
    listed.set(slug, lines);
    report.files += lines.length;
    report.procedures += lines.reduce((sum, line) => sum + line.procedures, 0);
  };
  const write = async (slug: string): Promise<void> => {
    if (done.has(slug)) return;
    done.add(slug);
    const kept = memo?.recall(slug);
    if (kept) {
      for (const [file, hash] of kept.pages) pages.set(file, hash);
      return record(slug, kept.pages.map(([file, , locale, title, procedures]) => ({ locale, slug, title, file, procedures })));
    }
    open(slug);
    // Held until its pages are written (its article was let go when opened).
    const { workflows = [] } = opened.get(slug)!;
    // What the pages rest on beyond the article: which articles exist, and those they name.
    const questions = new Map<string, Question>();
    const has = recordingArticles((s) => workspace.has(s), questions).has;
    const named = new Set<string>([slug]);
    const see = (linked: string) => {
      named.add(linked);
      open(linked);
    };
    // Those its overlay names too (a step's "see also"), whose procedures' titles the pages say.
    for (const linked of linkedArticles(workflows).filter((s) => s !== slug && workspace.has(s))) {
      await write(linked);
      see(linked);
    }
    const lines: (IndexEntry & { locale: string })[] = [];
    const written: PageRecord[] = [];
    for (const locale of opened.get(slug)!.locales) {
      const tr = translator(session.i18n, locale);
      // A link the English does not have (a translator's own) opens its article here.
      const resolveLink = articleLinkResolver(workspace, tr, see, has);
      const resolveFlow = flowResolver((s) => (s === slug ? workflows : has(s) ? (see(s), opened.get(s)!.flows) : undefined), tr);
      const source = locale === SOURCE_LOCALE || !english ? {} : { english, resolveEnglishLink: articleLinkResolver(workspace, english, see, has) };
      const checklist = checklistParts(workflows, tr, { ...source, reference, resolveLink, resolveFlow, eachProcedure: settleMemory });
      const relative = `${locale}/${slug}.${EXTENSION[format]}`;
      // A link to another article of the content opens its checklist in the same locale; a
      // relative link to anything without a page here would lead nowhere, so only its words stay
      // (on an HTML page followed by the article's title, else by the address: see html.ts).
      const rewrite = (url: string) => {
        const linked = linkedArticle(slug, url, has);
        if (linked) see(linked);
        const page = linked && opened.get(linked)!;
        if (page && page.locales.includes(locale)) return path.posix.relative(path.posix.dirname(relative), `${locale}/${linked}.${EXTENSION[format]}`) + pageFragment(url, page.anchors);
        return pagelessRewrite(url);
      };
      // Written as it is rendered, a procedure at a time.
      const { hash } = writes.writePieces(path.join(out, relative), checklistPieces(checklist, format, tr, { rewrite, see: seeArticle(tr) }));
      const title = plainMessage(checklist.head.title);
      lines.push({ locale, slug, title, file: relative, procedures: checklist.count });
      written.push([relative, hash, locale, title, checklist.count]);
      pages.set(relative, hash);
      settleMemory();
    }
    record(slug, lines);
    // A page whose strings had a problem is made again next run, so the problem is told again.
    if (memo && [...named].every((s) => opened.get(s)!.quiet)) {
      for (const s of named) addQuestions(questions, opened.get(s)!.questions);
      memo.remember(slug, written, named, [...questions.values()]);
    }
    // Its strings go but for its title, and so do those of the articles opened on the way whose
    // pages are done (kept from the last run; not those whose pages are still to come).
    // Collects as it lets go: pages are garbage once written too (rendering 1,328 articles'
    // pages without a collection between them had taken the peak 80 MB higher).
    for (const other of whole) {
      if (!listed.has(other)) continue;
      keepTitle(session, other, opened.get(other)!.flows);
      delete opened.get(other)!.workflows;
      whole.delete(other);
    }
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
  const indexText = indexPage(index, format);
  writes.write(path.join(out, `index.${EXTENSION[format]}`), indexText);
  pages.set(`index.${EXTENSION[format]}`, contentHash(indexText));
  await writes.settle();
  report.stale = sweepPages(out, EXTENSION[format], pages);
  memo?.save();
  return report;
}

interface IndexEntry {
  slug: string;
  title: string;
  file: string;
  procedures: number;
}

/**
 * What an article's pages are made of: its workflows (built now) and its strings to load. Taken
 * in a frame of their own, so that once the workspace forgets the article nothing holds the rest
 * of it (the densest 20 MB article's document and catalog, 50 MB, were held while its strings
 * loaded and its 19,000 procedures were rendered: 258 MB). Its title and locales stay known (see
 * Workspace.forget).
 */
function pageParts(workspace: Session['workspace'], slug: string): Pick<Article, 'workflows' | 'questions'> & Pick<Article['resources'], 'messages'> {
  const { workflows, questions, resources } = workspace.article(slug);
  return { workflows, questions, messages: resources.messages };
}

/** The key of an article's title, if it has one. */
function titleKeys(workspace: Session['workspace'], slug: string): string[] {
  const key = workspace.titleKey(slug);
  return key === undefined ? [] : [key];
}

/**
 * The heading a link points at, kept where the linked page has it: an HTML page's procedures
 * carry their headings' anchors, and only those (a link to a section of prose kept its fragment
 * and opened the page at its top, its place nowhere; the page is what it opens, its first
 * procedure as `run` opens). A markdown viewer makes ids from the translated heading, which the
 * English anchor would not match: no anchors are given for markdown.
 */
function pageFragment(url: string, anchors: ReadonlySet<string>): string {
  const hash = url.indexOf('#');
  const fragment = hash >= 0 ? url.slice(hash + 1).toLowerCase() : '';
  return anchors.has(fragment) ? `#${fragment}` : '';
}

/**
 * An article's strings let go in every locale but its titles' (copied: a slice keeps its whole
 * text): the article's, and its procedures' where it has several (a "see also" names one).
 */
function keepTitle(session: Session, slug: string, flows: readonly LinkedFlow[]): void {
  const key = session.workspace.titleKey(slug);
  const keys = [...(key === undefined ? [] : [key]), ...flows.flatMap((flow) => (flow.id === flow.slug ? [] : flow.procedureTitleKeys))];
  const { i18n } = session;
  for (const locale of Object.keys(i18n.store.data)) {
    const titles = keys.flatMap((k) => {
      const title = i18n.getResource(locale, slug, k) as unknown;
      return typeof title === 'string' ? [[k, ownCopy(title)] as const] : [];
    });
    i18n.removeResourceBundle(locale, slug);
    if (titles.length > 0) i18n.addResourceBundle(locale, slug, Object.fromEntries(titles), false, true);
  }
}

function indexPage(index: Map<string, IndexEntry[]>, format: keyof typeof EXTENSION): string {
  const locales = [...index].sort(([a], [b]) => compareNames(a, b));
  if (format === 'json') return `${JSON.stringify(Object.fromEntries(locales), null, 2)}\n`;
  if (format === 'md') {
    return `${locales.flatMap(([locale, items]) => [`## ${locale}`, '', ...items.map((i) => `- [${i.title}](${i.file}) (${i.procedures})`), '']).join('\n').trimEnd()}\n`;
  }
  const sections = locales
    .map(
      ([locale, items]) =>
        `<section lang="${e(locale)}" dir="${direction(locale)}"><h2>${e(locale)}</h2><ul>${items.map((i) => `<li><a href="${e(i.file)}" dir="auto">${e(i.title)}</a> <span class="slug" dir="ltr">${e(i.slug)}</span></li>`).join('')}</ul></section>`,
    )
    .join('\n');
  // As wide as the screen, as the checklists are (without it a phone laid the index out at 980 px and shrank it).
  return `<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Checklists</title><style>body{font:11pt/1.5 system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem}.slug{color:#57606a;font-size:.85em}</style></head>\n<body><h1>Checklists</h1>\n${sections}\n</body></html>\n`;
}
