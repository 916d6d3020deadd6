/**
 * `checklist --all`: every procedure of every article in every locale it has, one file per
 * article and locale (`<out>/<locale>/<slug>.<ext>`), links between articles pointing at each
 * other's checklist in the same locale, and an index page.
 */
import path from 'node:path';
import { translator } from '../catalog/i18n.js';
import { SOURCE_LOCALE } from '../catalog/versions.js';
import { writeFileAtomic } from '../catalog/write-file.js';
import type { Session } from '../cli/context.js';
import { escapeHtml as e } from '../text/escape-html.js';
import { plainMessage } from '../text/inline-runs.js';
import { buildChecklist, direction } from './checklist-model.js';
import { checklistHtml } from './html.js';
import { renderMarkdown } from './markdown.js';

export interface SiteReport {
  files: number;
  procedures: number;
  locales: number;
}

const EXTENSION = { md: 'md', html: 'html', json: 'json' } as const;

export function writeChecklistSite(session: Session, out: string, format: keyof typeof EXTENSION, withSource: boolean): SiteReport {
  const { workspace } = session;
  const english = withSource ? translator(session.i18n, SOURCE_LOCALE) : undefined;
  const index = new Map<string, { slug: string; title: string; file: string; procedures: number }[]>();
  const report: SiteReport = { files: 0, procedures: 0, locales: 0 };
  for (const slug of workspace.slugs()) {
    const workflows = workspace.article(slug).workflows;
    if (workflows.length === 0) continue;
    for (const locale of session.localesFor(slug)) {
      const tr = translator(session.i18n, locale);
      const checklist = buildChecklist(workflows, tr, locale === SOURCE_LOCALE ? undefined : english);
      const relative = `${locale}/${slug}.${EXTENSION[format]}`;
      const file = path.join(out, relative);
      // A link to another article of the content opens its checklist in the same locale.
      const rewrite = (url: string) => {
        const target = url.split(/[?#]/)[0]!;
        if (/^[a-z][a-z0-9+.-]*:/i.test(url) || !target.endsWith('.md')) return undefined;
        const linked = path.posix.normalize(path.posix.join(path.posix.dirname(slug), decodeURI(target))).slice(0, -3);
        return workspace.has(linked) ? path.posix.relative(path.posix.dirname(relative), `${locale}/${linked}.${EXTENSION[format]}`) : undefined;
      };
      const text =
        format === 'json' ? `${JSON.stringify(checklist, null, 2)}\n` : format === 'html' ? checklistHtml(checklist, { rewrite }) : renderMarkdown(checklist, tr);
      writeFileAtomic(file, text);
      report.files++;
      report.procedures += checklist.procedures.length;
      index.set(locale, [...(index.get(locale) ?? []), { slug, title: plainMessage(checklist.title), file: relative, procedures: checklist.procedures.length }]);
    }
  }
  report.locales = index.size;
  writeFileAtomic(path.join(out, `index.${EXTENSION[format]}`), indexPage(index, format));
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
