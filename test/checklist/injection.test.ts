/**
 * An article written to attack whoever opens its checklist: a script in its title, an image whose
 * error handler runs code, `javascript:` and `data:` links, raw anchors. The markdown keeps none
 * of them live; the HTML, opened in headless Chromium, runs none of them.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/program.js';
import { safeMarkdown } from '../../src/checklist/safe-markdown.js';
import { hasChromium, inChromium } from '../browser.js';
import { folderWith, memoryIo } from '../helpers.js';

const ARTICLE = [
  '# Set up <script>document.title = "pwned"</script>',
  '',
  '1. Click <img src=x onerror="document.title = \'pwned\'"> [here](javascript:document.title=\'pwned\') and [this](data:text/html,<script>x</script>).',
  '2. Open <a href="javascript:document.title=\'pwned\'">the page</a>, <JAVASCRIPT:alert(1)> or [the docs](https://learn.microsoft.com/).',
  '',
].join('\n');

const dir = folderWith({ 'en-US/evil.md': ARTICLE });
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function checklist(format: string): Promise<string> {
  const m = memoryIo();
  const code = await runCli(['checklist', 'evil', '--content', dir, '--locales', path.join(dir, 'locales'), '--format', format, '--no-cache'], m.io);
  expect(code).toBe(0);
  return m.out();
}

describe('checklists from a hostile article', () => {
  it('markdown: raw HTML as text, links that run code reduced to their words, safe links kept', async () => {
    const md = await checklist('md');
    expect(md).not.toMatch(/<(?:script|img|a)\b/i);
    expect(md).not.toMatch(/\]\((?:javascript|data):/i);
    expect(md).toContain('# Set up &lt;script&gt;');
    // A picture is shown as one (see text/inline-icons.ts): its src and alt, nothing else of its tag.
    expect(md).toContain('Click \\[Image: x\\] here');
    expect(md).toContain(' here and this.');
    expect(md).toContain('[the docs](https://learn.microsoft.com/)');
  });

  it('keeps markdown that is not dangerous byte for byte', () => {
    const text = 'Select **Save** in `config.json`, see [Create](create.md) or <https://example.com>.';
    expect(safeMarkdown(text)).toBe(text);
    expect(safeMarkdown('[x](JavaScript:alert(1)) and ![pic](data:image/svg+xml;base64,PHN2Zz4=)')).toBe('x and pic');
    // Text whose only markup is plain links is read without the parser: the same edits.
    expect(safeMarkdown('Open [the portal](javascript:void0) or [the docs](https://learn.microsoft.com/).')).toBe('Open the portal or [the docs](https://learn.microsoft.com/).');
  });

  it('drops an author\'s comment, which Docs does not show, where other raw HTML shows as text', () => {
    // A hand-written English article: `1. Select **Customers**. <!-- renamed in 2021 -->`.
    expect(safeMarkdown('Select **Customers**. <!-- renamed in 2021 -->')).toBe('Select **Customers**. ');
    expect(safeMarkdown('Type <token> here <!-- a note -->.')).toBe('Type &lt;token&gt; here .');
  });

  it('leaves the words of tags that only style them, as the HTML page and the terminal show them; their attributes go with them', () => {
    expect(safeMarkdown('Press <kbd>Ctrl</kbd>+<kbd>C</kbd>, then x<sup>2</sup><br>next <span onclick="steal()">here</span>.')).toBe('Press Ctrl+C, then x2 next here.');
    // A tag that styles nothing is the author's placeholder: shown as written.
    // Bold written in HTML is markdown's bold (html-styles.ts).
    expect(safeMarkdown('Replace <tenant-name> in <B>bold</B>.')).toBe('Replace &lt;tenant-name&gt; in **bold**.');
  });

  it('markdown: the English under a translation (--with-source) keeps nothing live either, and its links lead where the translation’s do', async () => {
    const translated = folderWith({
      'en-US/evil.md': '# Set up\n\n1. Click <img src=x onerror="alert(1)"> [here](javascript:alert(1)), read [the terms](terms.md) and [below](#later).\n2. Save.\n\n## Later\n\nText.\n',
      // An article without procedures: no page of its own in --all.
      'en-US/terms.md': '# Terms\n\nNo steps.\n',
      'locales/fr-FR/evil.json': JSON.stringify({ 'title.1': 'Configurer', 'proc-1.step-1.2': 'Cliquez [ici](javascript:alert(1)), lisez [les conditions](terms.md) et [plus bas](#later).', 'proc-1.step-2.3': 'Enregistrez.' }),
    });
    const args = ['--with-source', '--locale', 'fr-FR', '--content', translated, '--locales', path.join(translated, 'locales'), '--no-cache'];
    const m = memoryIo();
    expect(await runCli(['checklist', 'evil', ...args], m.io)).toBe(0);
    expect(m.out()).toContain('  *Anglais : Click \\[Image : x\\] here, read [the terms](terms.md) and below.*\n');
    // In --all a link to an article without a page keeps only its words, in both lines.
    const out = path.join(translated, 'site');
    expect(await runCli(['checklist', '--all', '--out', out, ...args.filter((arg) => arg !== '--locale' && arg !== 'fr-FR')], memoryIo().io)).toBe(0);
    const page = fs.readFileSync(path.join(out, 'fr-FR', 'evil.md'), 'utf8');
    expect(page).toContain('- [ ] Cliquez ici, lisez les conditions (voir « *Terms* ») et plus bas.\n  *Anglais : Click \\[Image : x\\] here, read the terms and below.*\n');
  });

  it.skipIf(!hasChromium)('HTML: opened in Chromium, nothing of the article runs and no link leads to code', async () => {
    const file = path.join(dir, 'evil.html');
    fs.writeFileSync(file, await checklist('html'));
    await inChromium(file, async (page) => {
      await page.waitForTimeout(300);
      expect(await page.title()).not.toBe('pwned');
      expect(await page.locator('script').count()).toBe(0);
      expect(await page.locator('img[onerror], [onerror]').count()).toBe(0);
      const hrefs = await page.locator('a[href]').evaluateAll((links) => links.map((a) => (a as unknown as { getAttribute(n: string): string }).getAttribute('href')));
      for (const href of hrefs) expect(href).not.toMatch(/^\s*(?:javascript|data|vbscript):/i);
      // Tags are dropped, the words stay.
      expect(await page.locator('body').innerText()).toContain('Open the page');
    });
  });
});
