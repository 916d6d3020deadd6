/**
 * The links of a checklist's HTML page, read where the articles are not (saved, mailed, printed):
 * a relative link (`x.md`, `/azure/…`) leads nowhere from it, so its words stay, followed by the
 * title of the article it names, else by its address; a web or mail address is printed after its
 * words, on paper only. `--all` points a link to the page it made, and one with no page as above.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { hasChromium, inChromium } from '../browser.js';
import { cliRun, folderWith, removeTempDirs, tempDir } from '../helpers.js';

afterAll(removeTempDirs);

const content = folderWith({
  'en-US/setup.md': [
    '# Set up', '',
    'Read [the overview](overview.md) and [the pricing API](/partner/develop/pricing) first.', '',
    '1. Open [the dashboard](https://partner.microsoft.com/dashboard) or <https://aka.ms/pc>.',
    '2. Write to [support](mailto:help@example.com), then see [Sign](agreement.md) or [a page](missing.md).', '',
  ].join('\n'),
  'en-US/overview.md': '# Overview\n\nJust text.\n',
  'en-US/agreement.md': '# Agreement\n\n1. Select **Sign**.\n2. Select **Save**.\n',
  'locales/zh-CN/setup.json': JSON.stringify({ 'title.1': '设置' }),
});
const cli = (...args: string[]) => cliRun([...args, '--content', content, '--locales', path.join(content, 'locales'), '--no-cache']);

describe('a single HTML checklist page', () => {
  it('keeps no relative link, which leads nowhere beside it: its words, then the article’s title, else its address', async () => {
    const { code, out } = await cli('checklist', 'setup', '--format', 'html');
    expect(code).toBe(0);
    // Before: <a href="overview.md">, <a href="/partner/develop/pricing">, <a href="missing.md">.
    expect(out).not.toMatch(/href="(?!https:|mailto:)/);
    expect(out).toContain('<p>Read the overview (see “<em>Overview</em>”) and the pricing API (<code>/partner/develop/pricing</code>) first.</p>');
    expect(out).toContain('then see Sign (see “<em>Agreement</em>”) or a page (<code>missing.md</code>).');
  });

  it('prints a web or mail address after its link’s words, not where the words are the address', async () => {
    const { out } = await cli('checklist', 'setup', '--format', 'html');
    expect(out).toContain('<a href="https://partner.microsoft.com/dashboard">the dashboard</a><span class="print-only"> (<code>https://partner.microsoft.com/dashboard</code>)</span> or <a href="https://aka.ms/pc">https://aka.ms/pc</a>.');
    expect(out).toContain('<a href="mailto:help@example.com">support</a><span class="print-only"> (<code>help@example.com</code>)</span>');
    // In the page's language: full-width brackets in Chinese.
    const zh = (await cli('checklist', 'setup', '--format', 'html', '--locale', 'zh-CN')).out;
    expect(zh).toContain('<span class="print-only">（<code>https://partner.microsoft.com/dashboard</code>）</span>');
  });

  it('in --all, points a link to the page made for its article, and gives the address of one with none', async () => {
    const dir = tempDir();
    expect((await cli('checklist', '--all', '--format', 'html', '--out', dir)).code).toBe(0);
    const page = fs.readFileSync(path.join(dir, 'en-US', 'setup.html'), 'utf8');
    expect(page).toContain('then see <a href="agreement.html">Sign</a> (see “<em>Agreement</em>”) or a page (<code>missing.md</code>).');
    expect(page).toContain('the pricing API (<code>/partner/develop/pricing</code>)');
    // The markdown pages of --all likewise (before: "or a page." and "the pricing API first.").
    const md = tempDir();
    expect((await cli('checklist', '--all', '--out', md)).code).toBe(0);
    const text = fs.readFileSync(path.join(md, 'en-US', 'setup.md'), 'utf8');
    expect(text).toContain('then see [Sign](agreement.md) (see “*Agreement*”) or a page (`missing.md`).');
    expect(text).toContain('Read the overview (see “*Overview*”) and the pricing API (`/partner/develop/pricing`) first.');
  });

  it.skipIf(!hasChromium)('reads on screen as the words, and on paper with the addresses', async () => {
    const file = path.join(tempDir(), 'setup.html');
    expect((await cli('checklist', 'setup', '--format', 'html', '--out', file)).code).toBe(0);
    const seen = await inChromium(file, async (page) => {
      const step = page.locator('li.step[data-step="1"]');
      const screen = await step.innerText();
      await page.emulateMedia({ media: 'print' });
      return { screen, paper: await step.innerText() };
    });
    expect(seen.screen).toContain('Open the dashboard or https://aka.ms/pc.');
    expect(seen.paper).toContain('Open the dashboard (https://partner.microsoft.com/dashboard) or https://aka.ms/pc.');
  });

  // As the bundled zh-CN add-a-new-customer's note has it: "通过[多渠道](multichannel.md)", whose words are that article's title (多渠道), read "通过多渠道（`multichannel.md`）" on its page.
  it('gives no address after words that are the title of the article the link named', async () => {
    const named = folderWith({
      'en-US/setup.md': '# Set up\n\n1. Read the [Overview](overview.md) and [the pricing API](/partner/develop/pricing).\n2. Save.\n',
      'en-US/overview.md': '# Overview\n\nJust text.\n',
    });
    const run = (...args: string[]) => cliRun([...args, '--content', named, '--locales', path.join(named, 'locales'), '--no-cache']);
    const { out } = await run('checklist', 'setup', '--format', 'html');
    expect(out).toContain('Read the Overview and the pricing API (<code>/partner/develop/pricing</code>).');
    const md = tempDir();
    expect((await run('checklist', '--all', '--out', md)).code).toBe(0);
    expect(fs.readFileSync(path.join(md, 'en-US', 'setup.md'), 'utf8')).toContain('Read the Overview and the pricing API (`/partner/develop/pricing`).');
  });
});
