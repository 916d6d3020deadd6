/**
 * checklist --all on the whole shared corpus: it finishes, writes one page per article with
 * procedures, every step of every procedure is a checkbox, and no page carries a script.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openSession } from '../../src/cli/context.js';
import { writeChecklistSite } from '../../src/checklist/site.js';
import { memoryIo, tempDir } from '../helpers.js';
import { CORPUS, corpora } from './corpus-folders.js';

const out = tempDir();
const pageIds = new Map<string, Set<string>>();
/** The ids of a page's elements. */
const idsIn = (html: string) => new Set([...html.matchAll(/\sid="([^"]*)"/g)].map((m) => m[1]!));
/** Those of a page written, read once. */
const idsOf = (file: string) => pageIds.get(file) ?? pageIds.set(file, idsIn(fs.readFileSync(file, 'utf8'))).get(file)!;
afterAll(() => fs.rmSync(out, { recursive: true, force: true }));

describe.skipIf(corpora.length === 0)('checklist --all on the real corpus', () => {
  it.each(corpora)('%s: a page per article and locale, a checkbox per step', async (corpus) => {
    const session = openSession(memoryIo().io, { content: path.join(CORPUS, corpus), locales: path.join(out, 'locales') });
    const dir = path.join(out, corpus);
    const report = await writeChecklistSite(session, dir, 'html', true);
    let pages = 0;
    let links = 0;
    for (const slug of session.workspace.slugs()) {
      const workflows = session.workspace.article(slug).workflows;
      if (workflows.length === 0) continue;
      for (const locale of session.localesFor(slug)) {
        const html = fs.readFileSync(path.join(dir, locale, `${slug}.html`), 'utf8');
        pages++;
        expect(html.match(/<li class="step"/g)?.length ?? 0, `${locale} ${slug}`).toBe(workflows.reduce((sum, w) => sum + w.steps.length, 0));
        expect(html).not.toMatch(/<script|onerror=|href="javascript:/i);
        // Oracle, the file system: every relative link of a page opens a page that was written.
        // Oracle, the page itself: a link within it lands on an element it has (a procedure's heading).
        const ids = idsIn(html);
        for (const [, href] of html.matchAll(/<a href="([^"]*)"/g)) {
          if (href!.startsWith('#')) expect(ids.has(href!.slice(1)), `${locale}/${slug}.html → ${href}`).toBe(true);
          if (/^(?:[a-z][a-z0-9+.-]*:|#)/i.test(href!)) continue;
          const [file, fragment] = decodeURI(href!.replace(/&amp;/g, '&')).split('#');
          const target = path.resolve(dir, locale, path.dirname(slug), file!);
          expect(fs.existsSync(target), `${locale}/${slug}.html → ${href}`).toBe(true);
          // And lands on an element that page has (before, 190 links of the he-IL corpus named a section of prose).
          if (fragment !== undefined) expect(idsOf(target).has(fragment), `${locale}/${slug}.html → ${href}`).toBe(true);
          links++;
        }
      }
    }
    expect(report.files).toBe(pages);
    expect(pages).toBeGreaterThan(90);
    expect(links, "links checked").toBeGreaterThan(100);
  });
});
