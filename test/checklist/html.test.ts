/**
 * Checklists as JSON and as a printable HTML page, looked at in headless Chromium: steps as
 * checkboxes, the locale's language and direction, and nothing from an article that runs.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { runCli } from '../../src/cli/program.js';
import { isRightToLeft } from '../../src/text/direction.js';
import { hasChromium, inChromium } from '../browser.js';
import { FIXTURES, folderWith, memoryIo, tempDir } from '../helpers.js';

/** What the page's window gives that the tests use (the tests compile without the DOM library). */
interface Browser {
  getComputedStyle(element: unknown): { breakInside: string };
}

const out = tempDir();
const hostile = folderWith({
  'en-US/hostile.md': [
    '# Hostile <script>globalThis.pwned = 1</script>',
    '',
    '1. Select **Save** <img src=x onerror="globalThis.pwned = 2"> now.',
    '2. Open [the portal](javascript:globalThis.pwned=3) or [this](data:text/html,<script>alert(1)</script>).',
    '3. Read [the guide](https://learn.microsoft.com/partner-center/) and <script>globalThis.pwned = 4</script> finish.',
    '',
  ].join('\n'),
});
afterAll(() => [out, hostile].forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

async function cli(...args: string[]) {
  const m = memoryIo();
  const code = await runCli(args, m.io);
  return { code, out: m.out(), err: m.err() };
}

describe('checklist formats', () => {
  it('gives a versioned JSON document of the steps, their text, English and labels', async () => {
    const { code, out: json } = await cli('checklist', 'add-a-new-customer', '--locale', 'fr-FR', '--format', 'json', '--with-source');
    expect(code).toBe(0);
    const checklist = JSON.parse(json) as {
      version: number;
      locale: string;
      dir: string;
      procedures: { steps: { number: number; name: string; blocks: { text: string; source?: string }[]; labels: { text: string; source: string }[] }[] }[];
    };
    expect(checklist).toMatchObject({ version: 1, locale: 'fr-FR', dir: 'ltr' });
    const steps = checklist.procedures[0]!.steps;
    expect(steps.map((s) => s.name)).toEqual(['Étape 1', 'Étape 2', 'Étape 3', 'Étape 4', 'Étape 5']);
    expect(steps[0]!.blocks[0]).toEqual({
      type: 'text',
      text: 'À partir de la **tableau de bord** menu, sélectionnez **clients** , puis sélectionnez **ajouter un client**.',
      source: 'From the **Dashboard** menu, select **Customers** and then select **Add customer**.',
    });
    expect(steps[3]!.labels.map((l) => [l.text, l.source])).toContainEqual(['mise à jour', 'Update']);
  });

  it('gives a page the direction the terminal draws its language in, by its script, not by a list of language codes', async () => {
    // Central Kurdish and Punjabi in Arabic script read right to left; Sindhi in Devanagari does not.
    const cases = [['ckb-IQ', 'rtl'], ['pa-Arab-PK', 'rtl'], ['sd-Deva-IN', 'ltr'], ['ar-SA', 'rtl']] as const;
    const steps = '# Steps\n\n1. Open the portal.\n2. Select **Save**.\n';
    const content = folderWith(Object.fromEntries(cases.map(([locale]) => [`${locale}/steps.md`, steps])));
    try {
      for (const [locale, dir] of cases) {
        const { code, out: html } = await cli('checklist', 'steps', '--content', content, '--locale', locale, '--format', 'html', '--no-cache');
        expect(code).toBe(0);
        expect(html).toContain(`<html lang="${locale}" dir="${dir}">`);
        expect(isRightToLeft(locale)).toBe(dir === 'rtl');
      }
      const site = path.join(out, 'directions');
      expect((await cli('checklist', '--all', '--content', content, '--format', 'html', '--out', site, '--no-cache')).code).toBe(0);
      const index = fs.readFileSync(path.join(site, 'index.html'), 'utf8');
      for (const [locale, dir] of cases) expect(index).toContain(`<section lang="${locale}" dir="${dir}">`);
    } finally {
      fs.rmSync(content, { recursive: true, force: true });
    }
  });

  it('marks a paragraph in English where the locale has no translation of it, so a Hebrew page reads it left to right', async () => {
    const { out: json } = await cli('checklist', 'add-a-new-customer', '--locale', 'he-IL', '--format', 'json');
    const steps = (JSON.parse(json) as { dir: string; procedures: { steps: { blocks: { type: string; lang?: string }[] }[] }[] });
    expect(steps.dir).toBe('rtl');
    const texts = steps.procedures[0]!.steps.flatMap((step) => step.blocks).filter((block) => block.type === 'text');
    expect(texts.length).toBeGreaterThan(4);
    expect(texts.every((block) => block.lang === 'en-US')).toBe(true);
    const { out: html } = await cli('checklist', 'add-a-new-customer', '--locale', 'he-IL', '--format', 'html');
    expect(html).toContain('<html lang="he-IL" dir="rtl">');
    expect(html).toMatch(/<p lang="en-US" dir="ltr">From the <strong class="ui">Dashboard<\/strong> menu/);
    // Translated, nothing is marked.
    const { out: fr } = await cli('checklist', 'add-a-new-customer', '--locale', 'fr-FR', '--format', 'json');
    expect(fr).not.toContain('"lang"');
  });

  it('marks the “Applies to” line English too where it is, so a Hebrew page sets it left to right as the title and steps under it', async () => {
    // Before: <p class="applies">Applies to: Partner Center operated by 21Vianet</p>, drawn flush right, its colon's side the page's.
    const { out: html } = await cli('checklist', 'add-a-new-customer', '--locale', 'he-IL', '--format', 'html');
    expect(html).toContain('<p class="applies" lang="en-US" dir="ltr">Applies to: Partner Center operated by 21Vianet</p>');
    const { out: json } = await cli('checklist', 'add-a-new-customer', '--locale', 'he-IL', '--format', 'json');
    expect(JSON.parse(json)).toMatchObject({ appliesTo: 'Applies to: Partner Center operated by 21Vianet', appliesToLang: 'en-US' });
    const { out: fr } = await cli('checklist', 'add-a-new-customer', '--locale', 'fr-FR', '--format', 'html');
    expect(fr).toContain('<p class="applies">S’applique à : Espace partenaires géré par 21Vianet</p>');
  });

  it('refuses --all with a flow named, or without --out, as a usage error that writes nothing', async () => {
    const dir = path.join(out, 'refused');
    const named = await cli('checklist', 'add-a-new-customer', '--all', '--out', dir);
    expect(named.code).toBe(2);
    expect(named.err).toContain('--all writes every procedure: give it no flow (“add-a-new-customer”)');
    expect((await cli('checklist', '--all')).code).toBe(2);
    expect(fs.existsSync(dir)).toBe(false);
  });

  it('gives each UI label its English in JSON without --with-source too (not the translation again)', async () => {
    const { out: json } = await cli('checklist', 'add-a-new-customer', '--locale', 'fr-FR', '--format', 'json');
    const steps = (JSON.parse(json) as { procedures: { steps: { labels: { text: string; source?: string }[] }[] }[] }).procedures[0]!.steps;
    expect(steps[3]!.labels.map((l) => [l.text, l.source])).toContainEqual(['mise à jour', 'Update']);
    expect(steps.flatMap((step) => step.labels).filter((label) => label.source === label.text && /[à-ü]/.test(label.text))).toEqual([]);
  });

  it('puts the English under each translated sentence in markdown with --with-source', async () => {
    const { out: md } = await cli('checklist', 'add-a-new-customer', '--locale', 'fr-FR', '--with-source');
    expect(md).toContain('- [ ] À partir de la **tableau de bord** menu');
    expect(md).toContain('  *Anglais : From the **Dashboard** menu, select **Customers** and then select **Add customer**.*');
  });
});

describe('a table cell with an escaped pipe (`\\|`, the only way to put one in a cell)', () => {
  const table = '| Symbol | Meaning |\n|---|---|\n| `\\|` | Or |\n| `a \\| b` | 1 \\| 2 |\n';
  const dir = folderWith({ 'en-US/query.md': `# Query\n\n1. Use the symbols:\n\n${table.replace(/^/gm, '   ')}\n2. Select **Run**.\n` });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const args = ['--content', dir, '--locales', path.join(dir, 'locales'), '--no-cache'];

  it('shows a pipe on the page and in the plain walkthrough, as micromark with GFM (the oracle) shows the table', async () => {
    const { micromark } = await import('micromark');
    const { gfm, gfmHtml } = await import('micromark-extension-gfm');
    const cells = (html: string) => [...html.matchAll(/<t[hd]>([\s\S]*?)<\/t[hd]>/g)].map((m) => m[1]!.trim());
    const expected = cells(micromark(table, { extensions: [gfm()], htmlExtensions: [gfmHtml()] }));
    expect(expected).toEqual(['Symbol', 'Meaning', '<code>|</code>', 'Or', '<code>a | b</code>', '1 | 2']);
    expect(cells((await cli('checklist', 'query', '--format', 'html', ...args)).out)).toEqual(expected);
    expect((await cli('run', 'query', '--plain', ...args)).out).toContain('    | a | b | 1 | 2 |\n');
  });
});

describe.skipIf(!hasChromium)('checklist HTML in Chromium', () => {
  it('shows the steps as checkboxes in French, left to right, with UI labels as buttons', async () => {
    const file = path.join(out, 'fr.html');
    expect((await cli('checklist', 'add-a-new-customer', '--locale', 'fr-FR', '--format', 'html', '--out', file)).code).toBe(0);
    await inChromium(file, async (page) => {
      expect(await page.locator('html').getAttribute('lang')).toBe('fr-FR');
      expect(await page.locator('html').getAttribute('dir')).toBe('ltr');
      expect(await page.locator('li.step').count()).toBe(5);
      expect(await page.locator('li.step > input[type=checkbox]').count()).toBe(5);
      // The inputs of the overlay are blanks to fill in; offers are boxes to tick.
      expect(await page.locator('li.step').nth(1).locator('.blank').count()).toBe(6);
      expect(await page.locator('li.step').nth(2).locator('.blank label').count()).toBe(4);
      expect(await page.locator('li.step').nth(3).locator('strong.ui').allInnerTexts()).toEqual(['révision', 'mise à jour', 'envoyer']);
      await page.locator('li.step > input').first().check();
      expect(await page.locator('li.step > input').first().isChecked()).toBe(true);
      // A step is not split across printed pages where it fits.
      expect(await page.locator('li.step').first().evaluate((el) => (globalThis as unknown as Browser).getComputedStyle(el).breakInside)).toBe('avoid');
    });
  });

  it('reads code left to right on a Hebrew page: "https://" in a sentence is not drawn "//:https"', async () => {
    // As he-il export-marketo.md writes it: "without `https://`. Example: `xyz-abc-123.mktorest.com`."
    const dir = folderWith({ 'he-IL/marketo.md': '# Marketo\n\n1. הזן את שם המארח בלבד, ללא `https://`. דוגמה: `<your instance id>`.\n2. בחר **שמור**.\n' });
    try {
      const file = path.join(out, 'code-rtl.html');
      expect((await cli('checklist', 'marketo', '--content', dir, '--locales', path.join(dir, 'locales'), '--locale', 'he-IL', '--format', 'html', '--out', file, '--no-cache')).code).toBe(0);
      await inChromium(file, async (page) => {
        // Each code span's characters from left to right as drawn, each where its box is.
        const drawn = await page.locator('li.step code').evaluateAll((codes) => {
          type Text = { textContent: string };
          const doc = (globalThis as unknown as { document: { createRange(): { setStart(n: Text, o: number): void; setEnd(n: Text, o: number): void; getBoundingClientRect(): { left: number } } } }).document;
          return (codes as unknown as { firstChild: Text }[]).map(({ firstChild: text }) =>
            [...text.textContent]
              .map((char, i) => {
                const range = doc.createRange();
                range.setStart(text, i);
                range.setEnd(text, i + 1);
                return { char, left: range.getBoundingClientRect().left };
              })
              .sort((a, b) => a.left - b.left)
              .map(({ char }) => char)
              .join(''),
          );
        });
        // Before, their neutral marks took the page's direction: "//:https", ">your instance id<".
        expect(drawn).toEqual(['https://', '<your instance id>']);
      });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('keeps each UI label one button on a narrow page, in Chinese and French: never split over two lines', async () => {
    for (const locale of ['zh-CN', 'fr-FR']) {
      const file = path.join(out, `labels-${locale}.html`);
      expect((await cli('checklist', 'add-a-new-customer', '--locale', locale, '--format', 'html', '--out', file)).code).toBe(0);
      await inChromium(file, async (page) => {
        for (const width of [320, 420, 520]) {
          await page.setViewportSize({ width, height: 800 });
          // A label drawn on two lines has two boxes.
          type Label = { getClientRects(): { length: number }; textContent: string };
          const split = await page.locator('strong.ui').evaluateAll((labels) => (labels as unknown as Label[]).filter((label) => label.getClientRects().length > 1).map((label) => label.textContent));
          expect(split, `${locale} at ${width}px`).toEqual([]);
        }
      });
    }
  });

  it('keeps the punctuation written against a UI label with its box: a comma after a box that fills a line does not start the next', async () => {
    // As fr-fr set-an-azure-spending-budget-for-your-customers and zh-cn articles write their labels.
    const dir = folderWith({
      'fr-FR/budget.md': '# Budget\n\n1. Dans la page **dépenses Azure** , sous **clients avec Microsoft Azure abonnements**, sélectionnez le ou les clients.\n2. Choisissez **appliquer** (**Paramètres du compte avancés et facturation**).\n',
      'zh-CN/budget-zh.md': '# 预算\n\n1. 在左侧菜单中选择“**合作伙伴中心的帐户设置与账单页面**”，然后选择客户。\n2. 选择 **应用**。\n',
    });
    for (const locale of ['fr-FR', 'zh-CN']) {
      const file = path.join(out, `punctuation-${locale}.html`);
      expect((await cli('checklist', locale === 'fr-FR' ? 'budget' : 'budget-zh', '--content', dir, '--locales', path.join(dir, 'locales'), '--locale', locale, '--format', 'html', '--out', file, '--no-cache')).code).toBe(0);
      await inChromium(file, async (page) => {
        for (const width of [320, 400, 1280]) {
          await page.setViewportSize({ width, height: 800 });
          // Each label's punctuation, and whether it sits on the line of the box's last line (not under the box), and the page's width.
          const placed = await page.evaluate(() => {
            type Rect = { top: number; bottom: number };
            type El = { textContent: string; getBoundingClientRect(): Rect; previousSibling: Txt | null; nextSibling: Txt | null };
            type Txt = { nodeType: number; textContent: string };
            const doc = (globalThis as unknown as { document: { querySelectorAll(s: string): El[]; createRange(): { setStart(n: unknown, o: number): void; setEnd(n: unknown, o: number): void; getBoundingClientRect(): Rect }; documentElement: { scrollWidth: number } } }).document;
            const beside = (box: El, text: Txt | null, at: 'start' | 'end') => {
              if (!text || text.nodeType !== 3 || !/^[\p{P}]+$/u.test(text.textContent)) return undefined;
              const range = doc.createRange();
              range.setStart(text, at === 'start' ? 0 : text.textContent.length - 1);
              range.setEnd(text, at === 'start' ? 1 : text.textContent.length);
              const mark = range.getBoundingClientRect();
              const rect = box.getBoundingClientRect();
              return { label: box.textContent, mark: text.textContent, withBox: mark.bottom > rect.top && mark.top < rect.bottom };
            };
            const labels = [...doc.querySelectorAll('strong.ui')];
            return { width: doc.documentElement.scrollWidth, marks: labels.flatMap((box) => [beside(box, box.previousSibling, 'end'), beside(box, box.nextSibling, 'start')].filter((mark) => mark !== undefined)) };
          });
          expect(placed.width, `${locale} at ${width}px`).toBeLessThanOrEqual(width);
          expect(placed.marks.filter((mark) => !mark.withBox), `${locale} at ${width}px`).toEqual([]);
          expect(placed.marks.map((mark) => mark.mark)).toEqual(locale === 'fr-FR' ? [',', '(', ').'] : ['“', '”，', '。']);
        }
      });
    }
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('draws as buttons only the bold of the steps, whose UI labels it is: not a lead-in, a table’s header or the prose after them', async () => {
    // As partner-center articles begin ("**Appropriate roles**: Global admin | Account admin"), 243 pages of the corpus.
    const dir = folderWith({
      'en-US/roles.md': [
        '# Find your role',
        '',
        '**Appropriate roles**: Global admin | Account admin',
        '',
        '1. Go to **Settings**, then select **My profile**.',
        '2. Check the permissions:',
        '',
        '   | **Role** | **Can** |',
        '   |---|---|',
        '   | Global admin | Select **Add user** |',
        '',
        'Your **roles** are listed there.',
        '',
      ].join('\n'),
    });
    const file = path.join(out, 'roles.html');
    expect((await cli('checklist', 'roles', '--content', dir, '--locales', path.join(dir, 'locales'), '--locale', 'en-US', '--format', 'html', '--out', file, '--no-cache')).code).toBe(0);
    await inChromium(file, async (page) => {
      expect(await page.locator('strong.ui').allInnerTexts()).toEqual(['Settings', 'My profile', 'Add user']);
      expect(await page.locator('strong:not(.ui)').allInnerTexts()).toEqual(['Appropriate roles', 'Role', 'Can', 'roles']);
    });
  });

  it('names the page by its title as a reader sees it: in the tab, a bookmark and the printed header, no markup or entity', async () => {
    // The title of customer-insights-pr's export-liveramp.md; and a title with markdown in it.
    const dir = folderWith({
      'en-US/export-liveramp.md': '# Export segments to LiveRamp&reg; (preview)\n\n1. Select **Export**.\n2. Select **Save**.\n',
      'en-US/configure.md': '# Configure **Contoso** for `admin`\n\n1. Select **Start**.\n2. Select **Save**.\n',
    });
    const titles: string[] = [];
    for (const slug of ['export-liveramp', 'configure']) {
      const file = path.join(out, `${slug}.html`);
      expect((await cli('checklist', slug, '--content', dir, '--locales', path.join(dir, 'locales'), '--locale', 'en-US', '--format', 'html', '--out', file, '--no-cache')).code).toBe(0);
      titles.push(await inChromium(file, (page) => page.title()));
    }
    expect(titles).toEqual(['Export segments to LiveRamp® (preview)', 'Configure Contoso for admin']);
  });

  it('heads a table with its first row and marks a picture in the text as one', async () => {
    const dir = folderWith({ 'en-US/fields.md': '# Fields\n\n1. Check the fields ![the form](img/form.png):\n\n   | Field | Value |\n   |---|---|\n   | Name | Contoso |\n\n2. Done.\n' });
    const file = path.join(out, 'fields.html');
    expect((await cli('checklist', 'fields', '--content', dir, '--locales', path.join(dir, 'locales'), '--locale', 'en-US', '--format', 'html', '--out', file, '--no-cache')).code).toBe(0);
    await inChromium(file, async (page) => {
      expect(await page.locator('table thead th').allInnerTexts()).toEqual(['Field', 'Value']);
      expect(await page.locator('table tbody td').allInnerTexts()).toEqual(['Name', 'Contoso']);
      expect(await page.locator('li.step').first().locator('.image').innerText()).toBe('[Image: the form]');
    });
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('reads right to left in Hebrew', async () => {
    const file = path.join(out, 'he.html');
    const article = path.join(FIXTURES, 'he-IL', 'export-power-apps.md');
    const content = folderWith({ 'he-IL/export-power-apps.md': { fixture: 'he-IL/export-power-apps.md' } });
    try {
      expect(fs.existsSync(article)).toBe(true);
      expect((await cli('checklist', 'export-power-apps', '--content', content, '--locale', 'he-IL', '--format', 'html', '--out', file)).code).toBe(0);
      await inChromium(file, async (page) => {
        expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
        expect(await page.locator('html').getAttribute('lang')).toBe('he-IL');
        expect(await page.locator('li.step').count()).toBe(5);
        expect(await page.locator('h2').first().innerText()).toMatch(/[\u0590-\u05FF]/);
      });
    } finally {
      fs.rmSync(content, { recursive: true, force: true });
    }
  });

  it('keeps a table cell\'s words whole on a phone ("Administra|teur" was cut at 400 px): a table too wide for them scrolls, the page does not', async () => {
    const file = path.join(out, 'html-table.html');
    expect((await cli('checklist', 'create-user-accounts-table', '--content', path.join(FIXTURES, 'html-table'), '--locale', 'fr-FR', '--format', 'html', '--out', file, '--no-cache')).code).toBe(0);
    await inChromium(file, async (page) => {
      for (const width of [320, 400]) {
        await page.setViewportSize({ width, height: 800 });
        const seen = await page.evaluate(() => {
          type Rects = { length: number };
          type Node = { nodeType: number; textContent: string; childNodes: Node[] };
          const doc = (globalThis as unknown as { document: { querySelectorAll(s: string): Node[]; createRange(): { setStart(n: Node, o: number): void; setEnd(n: Node, o: number): void; getClientRects(): Rects }; documentElement: { scrollWidth: number } } }).document;
          const texts = (node: Node): Node[] => (node.nodeType === 3 ? [node] : [...node.childNodes].flatMap((child) => texts(child)));
          const split: string[] = [];
          for (const text of [...doc.querySelectorAll('td, th')].flatMap((cell) => texts(cell))) {
            for (const word of text.textContent.matchAll(/\p{L}+/gu)) {
              const range = doc.createRange();
              range.setStart(text, word.index);
              range.setEnd(text, word.index + word[0].length);
              if (range.getClientRects().length > 1) split.push(word[0]);
            }
          }
          return { split, width: doc.documentElement.scrollWidth };
        });
        expect(seen.split, `at ${width}px`).toEqual([]);
        expect(seen.width, `at ${width}px`).toBeLessThanOrEqual(width);
      }
    });
  });

  it('wraps a long address, path or word inside the page: nothing wider than A4, nothing cut or shrunk in print', async () => {
    const long = folderWith({
      'en-US/long.md': [
        '# Long lines',
        '',
        `1. Open https://example.com/${'a'.repeat(160)} and ${'Supercalifragilistic'.repeat(6)}.`,
        `2. Export to \`Container/%Year%/%Month%/${'%EntityName%'.repeat(12)}.csv\`.`,
        '',
        '   ```',
        `   curl https://example.com/${'d'.repeat(150)}`,
        '   ```',
        '',
      ].join('\n'),
    });
    try {
      const file = path.join(out, 'long.html');
      expect((await cli('checklist', 'long', '--content', long, '--locale', 'en-US', '--format', 'html', '--out', file)).code).toBe(0);
      await inChromium(file, async (page) => {
        // A4's width less the page's margins, at 96 dpi.
        await page.setViewportSize({ width: 688, height: 1000 });
        const widths = await page.evaluate(() => {
          const root = (globalThis as unknown as { document: { documentElement: { scrollWidth: number; clientWidth: number } } }).document.documentElement;
          return [root.scrollWidth, root.clientWidth];
        });
        expect(widths[0]).toBeLessThanOrEqual(widths[1]!);
      });
    } finally {
      fs.rmSync(long, { recursive: true, force: true });
    }
  });

  it('runs nothing an article carries: no script, no onerror, no javascript: or data: link', async () => {
    const file = path.join(out, 'hostile.html');
    expect((await cli('checklist', 'hostile', '--content', hostile, '--locale', 'en-US', '--format', 'html', '--out', file)).code).toBe(0);
    const html = fs.readFileSync(file, 'utf8');
    expect(html).not.toMatch(/<script|onerror=|href="javascript:|href="data:/i);
    await inChromium(file, async (page) => {
      expect(await page.evaluate(() => (globalThis as { pwned?: number }).pwned)).toBeUndefined();
      expect(await page.locator('img').count()).toBe(0);
      expect(await page.locator('a').evaluateAll((links) => links.map((a) => (a as unknown as { getAttribute(name: string): string | null }).getAttribute('href')))).toEqual([
        'https://learn.microsoft.com/partner-center/',
      ]);
      expect(await page.locator('li.step').nth(1).innerText()).toContain('the portal');
    });
  });
});

describe('checklist --from-run', () => {
  const record = path.join(out, 'record.json');
  fs.writeFileSync(
    record,
    JSON.stringify({
      docflow: 1,
      flow: 'add-a-new-customer',
      slug: 'add-a-new-customer',
      startedAt: '2026-11-22T09:00:00.000Z',
      updatedAt: '2026-11-22T09:12:00.000Z',
      at: 'proc-1.step-4',
      outcome: 'abandoned',
      locales: ['fr-FR'],
      steps: [
        { key: 'proc-1.step-1', number: 1, at: '2026-11-22T09:01:00.000Z' },
        { key: 'proc-1.step-2', number: 2, at: '2026-11-22T09:06:00.000Z' },
        { key: 'proc-1.step-3', number: 3, at: '2026-11-22T09:10:00.000Z' },
      ],
      inputs: { 'company-name': 'Contoso Ltd', offers: ['Azure plan'], licenses: '5' },
    }),
  );

  it('ticks the steps a run did, with their time, and fills in what was entered', async () => {
    const { code, out: md } = await cli('checklist', '--from-run', record, '--locale', 'fr-FR');
    expect(code).toBe(0);
    expect(md.match(/^- \[x\] /gm)).toHaveLength(3);
    expect(md.match(/^- \[ \] /gm)).toHaveLength(2);
    expect(md).toContain('*(2026-11-22 09:06)*');
    expect(md).toContain('  - Nom de la société : Contoso Ltd');
    expect(md).toContain('  - Offres : Azure plan');
    expect(md).toContain('  - Adresse : ______');
  });

  it('writes what was entered as the text it is: no HTML, bold or link made of it (the oracle: remark’s own reading)', async () => {
    const typed = 'Contoso <script>alert(1)</script> & **Co** [x](javascript:alert(2)) #1_a_';
    const hostileRecord = path.join(out, 'hostile-record.json');
    fs.writeFileSync(hostileRecord, fs.readFileSync(record, 'utf8').replace('"Contoso Ltd"', JSON.stringify(typed)));
    const { code, out: md } = await cli('checklist', '--from-run', hostileRecord, '--locale', 'fr-FR');
    expect(code).toBe(0);
    const tree = unified().use(remarkParse).parse(md);
    type Node = { type: string; value?: string; children?: Node[] };
    // The paragraph of the company's line, as remark reads it: its nodes.
    let line: Node | undefined;
    const walk = (node: Node) => {
      if (node.type === 'paragraph' && node.children?.[0]?.value?.startsWith('Nom de la société')) line = node;
      node.children?.forEach(walk);
    };
    walk(tree as Node);
    expect(line!.children!.map((node) => [node.type, node.value])).toEqual([['text', `Nom de la société : ${typed}`]]);
  });

  it.skipIf(!hasChromium)('shows the same as a page: checked boxes, times, values', async () => {
    const file = path.join(out, 'run.html');
    expect((await cli('checklist', '--from-run', record, '--locale', 'fr-FR', '--format', 'html', '--out', file)).code).toBe(0);
    await inChromium(file, async (page) => {
      expect(await page.locator('li.step > input:checked').count()).toBe(3);
      expect(await page.locator('li.step').nth(1).locator('time').getAttribute('datetime')).toBe('2026-11-22T09:06:00.000Z');
      expect(await page.locator('.blank.filled[data-input="licenses"]').innerText()).toContain('5');
    });
  });

  it('opens with the run said in the checklist’s language, its times to the minute, a run still in progress as such', async () => {
    const { out: md } = await cli('checklist', '--from-run', record, '--locale', 'fr-FR');
    expect(md).toContain('> add-a-new-customer : 2026-11-22 09:00 → 2026-11-22 09:12 · abandonné · fr-FR\n');
    const going = path.join(out, 'going-record.json');
    fs.writeFileSync(going, fs.readFileSync(record, 'utf8').replace('"outcome":"abandoned",', ''));
    const file = path.join(out, 'going.html');
    expect((await cli('checklist', '--from-run', going, '--locale', 'zh-CN', '--format', 'html', '--out', file)).code).toBe(0);
    expect(fs.readFileSync(file, 'utf8')).toContain('<p class="applies run">add-a-new-customer：2026-11-22 09:00 → 2026-11-22 09:12 · 进行中 · fr-FR</p>');
    // On a Hebrew page the name, the times and the locales are isolated left to right, or the
    // bidi algorithm took the dates apart.
    const { out: hebrew } = await cli('checklist', '--from-run', record, '--locale', 'he-IL');
    expect(hebrew).toContain('> \u2066add-a-new-customer\u2069: \u20662026-11-22 09:00 → 2026-11-22 09:12\u2069 · ננטש · \u2066fr-FR\u2069\n');
  });

  it('refuses a file that is not a run record', async () => {
    const bad = path.join(out, 'bad.json');
    fs.writeFileSync(bad, '{"hello": 1}');
    const { code, err } = await cli('checklist', '--from-run', bad);
    expect(code).toBe(2);
    expect(err).toContain('not a docflow run record');
  });

  it('refuses a record whose times, locales or values are not what a run writes, naming the field, never a stack', async () => {
    const written = JSON.parse(fs.readFileSync(record, 'utf8')) as Record<string, unknown>;
    const cases: [string, unknown][] = [
      ['startedAt', 1_763_802_000_000],
      ['updatedAt', null],
      ['locales', 'fr-FR'],
      ['inputs', { 'company-name': { name: 'Contoso' } }],
      ['inputs', ['Contoso']],
    ];
    for (const [field, value] of cases) {
      const bad = path.join(out, `bad-${field}.json`);
      fs.writeFileSync(bad, JSON.stringify({ ...written, [field]: value }));
      for (const format of ['md', 'html', 'json']) {
        const { code, err } = await cli('checklist', '--from-run', bad, '--format', format);
        expect(code, `${field} ${format}`).toBe(2);
        expect(err).toContain(`${bad}: not a docflow run record (its “${field}” is not what a run writes)`);
        expect(err).not.toContain('internal error');
      }
    }
  });
});

describe('checklist --all', () => {
  it('writes every procedure of every article in every locale, with an index', async () => {
    const dir = path.join(out, 'all');
    const { code, out: printed } = await cli('checklist', '--all', '--format', 'html', '--out', dir);
    expect(code).toBe(0);
    expect(printed).toMatch(/^\d+ checklists of \d+ procedures in 3 locales written to /);
    const index = fs.readFileSync(path.join(dir, 'index.html'), 'utf8');
    expect(index).toContain('href="fr-FR/add-a-new-customer.html"');
    // Each title and slug is isolated from the other: a Hebrew title beside a Latin slug, in a
    // right-to-left section, would otherwise take the slug's slashes and dashes into its own run.
    expect(index).toMatch(/<li><a href="fr-FR\/add-a-new-customer\.html" dir="auto">[^<]+<\/a> <span class="slug" dir="ltr">add-a-new-customer<\/span><\/li>/);
    const page = fs.readFileSync(path.join(dir, 'zh-CN', 'add-a-new-customer.html'), 'utf8');
    // A link to another article opens its checklist in the same locale.
    expect(page).toContain('href="create-a-new-subscription.html"');
  });
});

describe('a note’s classes on the HTML page', () => {
  it('names its kind once: "note" for a note (it was "note note", a duplicate class to html-validate), "note important" for an important one', async () => {
    const content = folderWith({ 'en-US/notes.md': '# Notes\n\n1. Open it.\n\n   > [!NOTE]\n   > Read this.\n\n2. Save it.\n\n   > [!IMPORTANT]\n   > Mind this.\n' });
    try {
      const { out: html } = await cli('checklist', 'notes', '--content', content, '--locales', path.join(content, 'locales'), '--format', 'html', '--no-cache');
      expect(html).toContain('<div class="note" role="note">');
      expect(html).toContain('<div class="note important" role="note">');
      expect(html).not.toContain('class="note note"');
    } finally {
      fs.rmSync(content, { recursive: true, force: true });
    }
  });
});
