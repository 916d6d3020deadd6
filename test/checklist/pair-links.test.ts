/**
 * A link whose text is a translated sentence: in a side-by-side article its markup is outside
 * the pair (`[<span…>Informations de référence</span>…](https://…)`), so the sentence's
 * translation alone does not hold it. The checklist (markdown and JSON) and the step screen give
 * the sentence as the link it is. The oracle: the raw article, where the link wraps the pair.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openSession } from '../../src/cli/context.js';
import { runCli } from '../../src/cli/program.js';
import { FIXTURES, folderWith, memoryIo } from '../helpers.js';
import { renderApp, tick } from '../tui/render-app.js';

const ARTICLE = fs.readFileSync(path.join(FIXTURES, 'fr-FR', 'connector-salesforce.md'), 'utf8');
const URL = 'https://help.salesforce.com/articleView?err=1&id=notes_admin_setup.htm&type=5';
const dir = folderWith({ 'fr-FR/connector-salesforce.md': ARTICLE });
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function checklist(format: string): Promise<string> {
  const m = memoryIo();
  expect(await runCli(['checklist', 'connector-salesforce', '--locale', 'fr-FR', '--content', dir, '--locales', path.join(dir, 'locales'), '--format', format, '--no-cache'], m.io)).toBe(0);
  return m.out();
}

describe('a link around a translated sentence', () => {
  it('is in the raw article around the pair (the oracle)', () => {
    expect(ARTICLE).toMatch(new RegExp(`\\[<span data-ttu-id="ed622-143">Informations de référence</span><span class="sxs-lookup"><span data-stu-id="ed622-143">Reference</span></span>\\]\\(${URL.replace(/[.?&=]/g, '\\$&')}\\)`));
  });

  it('stays a link in the markdown checklist and in the JSON', async () => {
    expect(await checklist('md')).toContain(`- [ ] Dans Salesforce, activez les **Notes** et ajoutez-les à la liste des opportunités associées. [Informations de référence](${URL})`);
    const json = JSON.parse(await checklist('json')) as { procedures: { steps: { blocks: { type: string; text?: string }[] }[] }[] };
    const first = json.procedures[0]!.steps[0]!.blocks[0]!;
    expect(first.text).toContain(`[Informations de référence](${URL})`);
  });

  it('is the link on the English line too (--with-source, and the screen’s s)', async () => {
    const m = memoryIo();
    expect(await runCli(['checklist', 'connector-salesforce', '--with-source', '--locale', 'fr-FR', '--content', dir, '--locales', path.join(dir, 'locales'), '--no-cache'], m.io)).toBe(0);
    expect(m.out()).toContain(`  *Anglais : In Salesforce, activate **Notes** and add it to the opportunities related list. [Reference](${URL})*\n`);
    const session = openSession(memoryIo().io, { content: dir, locales: path.join(dir, 'locales'), locale: 'fr-FR', cache: false }, (ws) => ws.slugs());
    const flows = session.workspace.workflows();
    const app = renderApp(session.i18n, { flows, initial: flows[0]!, localesFor: session.localesFor }, { columns: 200, rows: 200 });
    try {
      await app.press('s');
      // Each sentence with its English under it.
      expect(app.frame()).toMatch(/│ Informations de référence\[1\] +│\n│ Reference\[1\] +│/);
    } finally {
      app.unmount();
    }
  });

  it('is numbered in run --plain as the address listed under the step, as on the screen', async () => {
    const m = memoryIo();
    expect(await runCli(['run', 'connector-salesforce', '--plain', '--locale', 'fr-FR', '--content', dir, '--locales', path.join(dir, 'locales'), '--no-cache'], m.io)).toBe(0);
    expect(m.out()).toContain(`  Dans Salesforce, activez les Notes et ajoutez-les à la liste des opportunités associées. Informations de référence[1]\n  [1] ${URL}\n`);
  });

  it('is a link on the step screen: its words, a numbered reference and the address under the step', async () => {
    const session = openSession(memoryIo().io, { content: dir, locales: path.join(dir, 'locales'), locale: 'fr-FR', cache: false }, (ws) => ws.slugs());
    const flows = session.workspace.workflows();
    const app = renderApp(session.i18n, { flows, initial: flows[0]!, localesFor: session.localesFor }, { columns: 200, rows: 50 });
    try {
      await tick();
      expect(app.frame()).toMatch(/Informations de référence\[1\]/);
      expect(app.frame()).toContain(`[1] ${URL}`);
    } finally {
      app.unmount();
    }
  });
});

describe('a link into the article’s own sections', () => {
  const plain = folderWith({ 'en-US/setup.md': '# Set up\n\n1. Read [the requirements](#requirements) first, then [the guide](https://learn.microsoft.com/).\n2. Select **Save**.\n\n## Requirements\n\nA tenant.\n' });
  afterAll(() => fs.rmSync(plain, { recursive: true, force: true }));
  const render = async (format: string) => {
    const m = memoryIo();
    expect(await runCli(['checklist', 'setup', '--content', plain, '--locales', path.join(plain, 'locales'), '--format', format, '--no-cache'], m.io)).toBe(0);
    return m.out();
  };

  it('keeps only its words: a checklist has the procedures, not the sections it would lead to', async () => {
    const md = await render('md');
    expect(md).toContain('Read the requirements first, then [the guide](https://learn.microsoft.com/).');
    const html = await render('html');
    expect(html).not.toContain('href="#requirements"');
    expect(html).toContain('<a href="https://learn.microsoft.com/">the guide</a>');
  });
});

describe('a reference link around a translated sentence', () => {
  // `[<pair>][o]` with `[o]: other.md` below: the link's markup outside the pair, its address in the definition.
  const pair = (n: number, zh: string, en: string) => `<span data-ttu-id="ab123-${n}">${zh}</span><span class="sxs-lookup"><span data-stu-id="ab123-${n}">${en}</span></span>`;
  const SETUP = `# ${pair(1, '设置', 'Set up')}\n\n1. [${pair(2, '打开其他页面', 'Open the other page')}][o]\n2. [${pair(3, '阅读指南', 'Read the guide')}][Guide]\n3. ${pair(4, '选择 **保存**。', 'Select **Save**.')}\n\n[o]: other.md\n[guide]: https://example.com/guide\n`;
  const OTHER = `# ${pair(1, '其他事物', 'Other thing')}\n\n1. ${pair(2, '做 A。', 'Do A.')}\n2. ${pair(3, '做 B。', 'Do B.')}\n`;
  const zh = folderWith({ 'zh-CN/setup.md': SETUP, 'zh-CN/other.md': OTHER });
  afterAll(() => fs.rmSync(zh, { recursive: true, force: true }));
  const run = async (...args: string[]) => {
    const m = memoryIo();
    expect(await runCli([...args, '--locale', 'zh-CN', '--content', zh, '--locales', path.join(zh, 'locales'), '--no-cache'], m.io), m.err()).toBe(0);
    return m.out();
  };

  it('stays the link it is: in the checklist, in run --plain, and the article it leads to is a related procedure', async () => {
    const md = await run('checklist', 'setup');
    expect(md).toContain('- [ ] [打开其他页面](other.md)（参见“*其他事物*”）');
    expect(md).toContain('- [ ] [阅读指南](https://example.com/guide)');
    const plain = await run('run', 'setup', '--plain');
    expect(plain).toContain('  打开其他页面[1]\n  [1] other.md（参见“其他事物”）\n');
    expect(plain).toContain('  阅读指南[1]\n  [1] https://example.com/guide\n');
    expect(plain).toMatch(/相关流程\n {2}• 其他事物\n/);
  });
});
