/**
 * checklist --all lets each article go once its pages are written, but for its title: the links
 * of every page, forward and backward in the content's order, still name the linked article as
 * the one-article checklist (which loads the linked articles whole) names it, translators' edits
 * in locales/ included.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { Workspace } from '../../src/catalog/workspace.js';
import { runCli } from '../../src/cli/program.js';
import { hasChromium, inChromium, PHONE } from '../browser.js';
import { CONTENT, folderWith, LOCALES, memoryIo, tempDir } from '../helpers.js';

const out = tempDir();
afterAll(() => fs.rmSync(out, { recursive: true, force: true }));

/** What the tests use of a page's window (they compile without the DOM library). */
interface Window {
  location: { hash: string };
  document: { getElementById(id: string): unknown };
}

async function cli(...args: string[]) {
  const m = memoryIo();
  const code = await runCli(args, m.io);
  expect(m.err()).toBe('');
  return { code, out: m.out() };
}

/** The titles a page names after its links: " (voir « *Title* »)", "（参见“*Title*”）". */
const seen = (page: string) => [...page.matchAll(/(?:voir « |参见“|see “)\*([^*]+)\*/g)].map((m) => m[1]);

/** A translator's new title for an article, in a copy of the bundled locales. */
function retitle(locales: string, slug: string, title: string): void {
  const file = path.join(locales, 'fr-FR', `${slug}.json`);
  const strings = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, string>;
  const key = Object.keys(strings).find((k) => k.startsWith('title.'))!;
  fs.writeFileSync(file, JSON.stringify({ ...strings, [key]: title }));
}

describe('checklist --all, one article at a time', () => {
  it('names every linked article by its title in the page’s locale, as the one-article checklist does', async () => {
    const locales = path.join(out, 'locales');
    fs.cpSync(LOCALES, locales, { recursive: true });
    // add-a-new-customer links forward to create-a-new-subscription; report-problems-with-partner-center
    // back to report-problems-on-behalf-of-a-customer: the first is not built yet, the second let go.
    retitle(locales, 'create-a-new-subscription', 'Créer un abonnement (revu)');
    retitle(locales, 'report-problems-on-behalf-of-a-customer', 'Signaler pour un client (revu)');
    // multichannel has no procedure, no page: only its title is loaded, for the links to it.
    retitle(locales, 'multichannel', 'Multicanal (revu)');
    const dir = path.join(out, 'site');
    expect((await cli('checklist', '--all', '--format', 'md', '--locales', locales, '--out', dir)).code).toBe(0);
    const french = (slug: string) => fs.readFileSync(path.join(dir, 'fr-FR', `${slug}.md`), 'utf8');
    expect(seen(french('add-a-new-customer'))).toContain('Créer un abonnement (revu)');
    expect(seen(french('report-problems-with-partner-center'))).toContain('Signaler pour un client (revu)');
    expect(seen(french('add-a-new-customer'))).toContain('Multicanal (revu)');
    expect(fs.existsSync(path.join(dir, 'fr-FR', 'multichannel.md'))).toBe(false);
    let compared = 0;
    for (const locale of ['fr-FR', 'zh-CN', 'en-US']) {
      for (const page of fs.readdirSync(path.join(dir, locale))) {
        const slug = page.replace(/\.md$/, '');
        const alone = await cli('checklist', slug, '--locale', locale, '--locales', locales);
        const titles = seen(fs.readFileSync(path.join(dir, locale, page), 'utf8'));
        expect(titles, `${locale}/${slug}`).toEqual(seen(alone.out));
        compared += titles.length;
      }
    }
    expect(compared).toBeGreaterThan(10);
  });

  it('an HTML page links to the procedure a heading names, on its page or another: each procedure carries its anchor', async () => {
    const procedure = (title: string) => `## ${title}\n\n1. Select **Start**.\n2. Select **Save**.\n`;
    const content = folderWith({
      'en-US/budget.md': `# Budgets\n\n${procedure('Set a budget')}\nSee [Remove a budget](#remove-a-budget) or [Suspend](subscriptions.md#Suspend-a-subscription).\n\n${procedure('Remove a budget')}`,
      'en-US/subscriptions.md': `# Subscriptions\n\n${procedure('Create a subscription')}\n${procedure('Suspend a subscription')}`,
    });
    const dir = path.join(out, 'anchors');
    expect((await cli('checklist', '--all', '--format', 'html', '--content', content, '--locales', path.join(content, 'locales'), '--no-cache', '--out', dir)).code).toBe(0);
    const page = (slug: string) => fs.readFileSync(path.join(dir, 'en-US', `${slug}.html`), 'utf8');
    expect(page('budget')).toContain('href="#remove-a-budget"');
    expect(page('budget')).toContain('href="subscriptions.html#suspend-a-subscription"');
    expect(page('budget')).toMatch(/<section class="procedure" id="remove-a-budget"[^>]*><h2>Remove a budget<\/h2>/);
    expect(page('subscriptions')).toMatch(/<section class="procedure" id="suspend-a-subscription"[^>]*><h2>Suspend a subscription<\/h2>/);
  });

  it.skipIf(!hasChromium)('a link to another page lands where it says: a heading that titles no procedure there is no place on that page, the link opens the page', async () => {
    const procedure = (title: string) => `## ${title}\n\n1. Select **Start**.\n2. Select **Save**.\n`;
    const content = folderWith({
      'en-US/budget.md': `# Budgets\n\n${procedure('Set a budget')}\nSee [Suspend](subscriptions.md#suspend-a-subscription), [the states](subscriptions.md#subscription-states) and [renewals](subscriptions.md#renewals).\n`,
      // "Subscription states" is prose, "Renewals" a section whose procedure is under a heading of its own: neither titles a procedure.
      'en-US/subscriptions.md': `# Subscriptions\n\n${procedure('Suspend a subscription')}\n## Subscription states\n\nActive or suspended.\n\n## Renewals\n\nRenew each year.\n\n${procedure('Renew by hand').replace('##', '###')}`,
    });
    try {
      const dir = path.join(out, 'landing');
      expect((await cli('checklist', '--all', '--format', 'html', '--content', content, '--locales', path.join(content, 'locales'), '--no-cache', '--out', dir)).code).toBe(0);
      const landed = await inChromium(path.join(dir, 'en-US', 'budget.html'), async (page) => {
        const hrefs = await page.locator('a[href]').evaluateAll((links) => links.map((a) => (a as unknown as { href: string }).href));
        const places: [string, boolean][] = [];
        for (const href of hrefs) {
          await page.goto(href);
          // Where the reader is taken: the page, and on it the element the fragment names, if any.
          places.push([href.replace(/^.*\//, ''), await page.evaluate(() => { const { location, document } = globalThis as unknown as Window; return location.hash === '' || document.getElementById(decodeURIComponent(location.hash.slice(1))) !== null; })]);
        }
        return places;
      });
      // Before, the last two kept their fragments: the page opened at its top, the link's place nowhere.
      expect(landed).toEqual([['subscriptions.html#suspend-a-subscription', true], ['subscriptions.html', true], ['subscriptions.html', true]]);
    } finally {
      fs.rmSync(content, { recursive: true, force: true });
    }
  });

  it.skipIf(!hasChromium)('the index page is as wide as a phone’s screen, as the checklists it lists are', async () => {
    const content = folderWith({ 'en-US/budget.md': '# Budgets\n\n1. Select **Start**.\n2. Select **Save**.\n' });
    try {
      const dir = path.join(out, 'phone');
      expect((await cli('checklist', '--all', '--format', 'html', '--content', content, '--locales', path.join(content, 'locales'), '--no-cache', '--out', dir)).code).toBe(0);
      const width = (file: string) => inChromium(path.join(dir, file), (page) => page.evaluate(() => (globalThis as unknown as { document: { documentElement: { clientWidth: number } } }).document.documentElement.clientWidth), PHONE);
      expect(await width('en-US/budget.html')).toBe(360);
      // Before, the index said no width: laid out at 980 px and shrunk, its links a third of their size.
      expect(await width('index.html')).toBe(360);
    } finally {
      fs.rmSync(content, { recursive: true, force: true });
    }
  });

  it('leaves the pages nothing changed under as they are, and remakes those a change reaches, as a run without a cache would', async () => {
    const locales = path.join(out, 'locales-memo');
    fs.cpSync(LOCALES, locales, { recursive: true });
    const dir = path.join(out, 'site-memo');
    const site = (to: string, ...more: string[]) => runCli(['checklist', '--all', '--format', 'html', '--locales', locales, '--out', to, ...more], memoryIo({ XDG_CACHE_HOME: path.join(out, 'cache-memo') }).io);
    /** Every page of the site with its bytes. */
    const pages = (root: string) => Object.fromEntries(fs.readdirSync(root, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => [path.relative(root, path.join(e.parentPath, e.name)), fs.readFileSync(path.join(e.parentPath, e.name), 'utf8')]));
    const sameAsWithoutCache = async () => {
      const cold = path.join(out, `site-cold-${Math.random().toString(36).slice(2)}`);
      expect(await site(cold, '--no-cache')).toBe(0);
      expect(pages(dir)).toEqual(pages(cold));
    };
    expect(await site(dir)).toBe(0);
    // Nothing changed: no article built again.
    const built = vi.spyOn(Workspace.prototype, 'article');
    try {
      expect(await site(dir)).toBe(0);
      expect(built).not.toHaveBeenCalled();
    } finally {
      built.mockRestore();
    }
    await sameAsWithoutCache();
    // A linked article's title changed by a translator: the pages that name it say the new one.
    retitle(locales, 'create-a-new-subscription', 'Créer un abonnement (mémo)');
    expect(await site(dir)).toBe(0);
    expect(pages(dir)['fr-FR/add-a-new-customer.html']).toContain('Créer un abonnement (mémo)');
    await sameAsWithoutCache();
    // A page edited by hand is made again.
    const page = path.join(dir, 'zh-CN', 'check-service-health.html');
    fs.writeFileSync(page, 'edited');
    expect(await site(dir)).toBe(0);
    expect(fs.readFileSync(page, 'utf8')).toContain('<!DOCTYPE html>');
    await sameAsWithoutCache();
  });

  it('removes the pages of articles gone since the last run, but not a page edited since or a file of its own', async () => {
    const content = path.join(out, 'content-gone');
    fs.cpSync(CONTENT, content, { recursive: true });
    const dir = path.join(out, 'site-gone');
    const site = async () => {
      const m = memoryIo();
      const code = await runCli(['checklist', '--all', '--content', content, '--locales', LOCALES, '--out', dir, '--no-cache'], m.io);
      return { code, out: m.out(), err: m.err() };
    };
    expect((await site()).code).toBe(0);
    const page = (locale: string, slug: string) => path.join(dir, locale, `${slug}.md`);
    for (const locale of ['fr-FR', 'zh-CN', 'en-US']) expect(fs.existsSync(page(locale, 'check-service-health')), locale).toBe(true);
    fs.writeFileSync(path.join(dir, 'fr-FR', 'notes.md'), 'a file of the reader’s own');
    // Two articles leave the content; a page of one of them was edited by hand since.
    for (const slug of ['check-service-health', 'add-a-new-customer']) for (const locale of ['fr-FR', 'zh-CN']) fs.rmSync(path.join(content, locale, `${slug}.md`));
    fs.appendFileSync(page('zh-CN', 'add-a-new-customer'), '\n- [x] printed and signed\n');
    const second = await site();
    expect(second.code).toBe(0);
    for (const locale of ['fr-FR', 'zh-CN', 'en-US']) expect(fs.existsSync(page(locale, 'check-service-health')), locale).toBe(false);
    expect(fs.existsSync(page('fr-FR', 'add-a-new-customer'))).toBe(false);
    expect(fs.readFileSync(page('zh-CN', 'add-a-new-customer'), 'utf8')).toContain('printed and signed');
    expect(second.err).toBe(`${page('zh-CN', 'add-a-new-customer')}:1:1 warning the last run made this page and this one does not (its article or locale is gone), but it was edited since: left in place docflow:stale-page\n`);
    expect(second.out).toMatch(/; 5 pages of the last run no longer made removed\n$/);
    expect(fs.readFileSync(path.join(dir, 'fr-FR', 'notes.md'), 'utf8')).toBe('a file of the reader’s own');
    expect(fs.readFileSync(path.join(dir, 'index.md'), 'utf8')).not.toContain('check-service-health');
    // Said once: the next run removes nothing and says nothing of them.
    const third = await site();
    expect(third.err).toBe('');
    expect(third.out).not.toContain('removed');
    expect(fs.existsSync(page('zh-CN', 'add-a-new-customer'))).toBe(true);
  });
});
