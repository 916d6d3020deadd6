/**
 * A side-by-side pair that wraps inside a note (`> …donc\n   > elle…`, as
 * customer-insights-pr.he-il's connect-common-data-model.md has one): its string keeps the `>`
 * (apply writes it back), and every screen and page reads the line break as markdown does in
 * place, a space. Read again on its own, the second line was a quote of its own, glued to the
 * first ("doncelle"). A code block's lines stay lines, a `>` at their start included.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openSession } from '../../src/cli/context.js';
import { runCli } from '../../src/cli/program.js';
import { folderWith, memoryIo, sxsPair } from '../helpers.js';
import { renderApp, tick } from '../tui/render-app.js';

const pair = (id: number, fr: string, en: string) => sxsPair(id, fr, en, 'aa111');
const ARTICLE = [
  '---',
  'title: Partage',
  '---',
  `# ${pair(101, 'Partager un compte', 'Share an account')}`,
  '',
  `1. ${pair(102, 'Ouvrez **Paramètres**.', 'Open **Settings**.')}`,
  '   > [!NOTE]',
  `   > ${pair(103, 'Le compte est partagé, donc\n   > elle voit tout.', 'The account is shared, so\n   > she sees everything.')}`,
  '',
  `2. ${pair(104, 'Exécutez :', 'Run:')}`,
  '',
  '   > ```console',
  '   > > dir',
  '   >     C:\\',
  '   > ```',
  '',
].join('\n');

const dir = folderWith({ 'fr-FR/share.md': ARTICLE });
const folders = ['--content', dir, '--locales', path.join(dir, 'locales'), '--no-cache'];
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function cli(...command: string[]): Promise<string> {
  const m = memoryIo();
  expect(await runCli([...command, ...folders, ...(command[0] === 'extract' ? [] : ['--locale', 'fr-FR'])], m.io)).toBe(0);
  return m.out();
}

describe('a pair that wraps inside a note', () => {
  it('reads as one sentence in the plain walkthrough, its code block line by line', async () => {
    const out = await cli('run', 'share', '--plain');
    expect(out).toContain('Remarque : Le compte est partagé, donc elle voit tout.');
    expect(out).toMatch(/> dir\n {4,}C:\\/);
  });

  it('reads as one sentence in the markdown, HTML and JSON checklists, the English too', async () => {
    const markdown = await cli('checklist', 'share', '--format', 'md', '--with-source');
    expect(markdown).toContain('> **Remarque** : Le compte est partagé, donc elle voit tout.');
    expect(markdown).toContain('The account is shared, so she sees everything.');
    expect(markdown).toContain('  > > dir\n  >     C:\\');
    const html = await cli('checklist', 'share', '--format', 'html', '--with-source');
    expect(html).toContain('<p>Le compte est partagé, donc\nelle voit tout.</p>');
    expect(html).toContain('The account is shared, so\nshe sees everything.');
    const json = JSON.parse(await cli('checklist', 'share', '--format', 'json', '--with-source')) as { procedures: { steps: { blocks: { type: string; blocks?: { text?: string; source?: string; code?: string }[] }[] }[] }[] };
    const [first, second] = json.procedures[0]!.steps;
    expect(first!.blocks[1]!.blocks![0]).toMatchObject({ text: 'Le compte est partagé, donc\nelle voit tout.', source: 'The account is shared, so\nshe sees everything.' });
    expect(second!.blocks[1]!.blocks![0]).toMatchObject({ code: '> dir\n    C:\\' });
  });

  it('reads as one sentence on the step screen', async () => {
    const session = openSession(memoryIo().io, { content: dir, locales: path.join(dir, 'locales'), locale: 'fr-FR', cache: false }, (ws) => ws.slugs());
    const flows = session.workspace.workflows();
    const app = renderApp(session.i18n, { flows, initial: flows[0]!, localesFor: session.localesFor }, { columns: 120, rows: 40 });
    try {
      await tick();
      expect(app.frame()).toContain('Le compte est partagé, donc elle voit tout.');
    } finally {
      app.unmount();
    }
  });

  it('keeps its `>` in the string extract writes, which apply writes back', async () => {
    await cli('extract');
    const strings = JSON.parse(fs.readFileSync(path.join(dir, 'locales', 'fr-FR', 'share.json'), 'utf8')) as Record<string, string>;
    expect(Object.values(strings)).toContain('Le compte est partagé, donc\n   > elle voit tout.');
  });
});
