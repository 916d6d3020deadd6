import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openSession } from '../../src/cli/context.js';
import { runCli } from '../../src/cli/program.js';
import { folderWith, memoryIo } from '../helpers.js';
import { renderApp } from './render-app.js';

// Each fixture's legacy note is `>**<its word for Note>**<br> text`, the English `**Note**`.
const OWN_WORD = { 'nb-NO': 'Obs!', 'th-TH': 'หมายเหตุ', 'ja-JP': '注' } as const;
const content = folderWith(Object.fromEntries(Object.keys(OWN_WORD).map((locale) => [`${locale}/add-a-new-customer.md`, { fixture: `${locale}/add-a-new-customer.md` }])));
const folders = { content: [content], locales: path.join(content, 'locales'), cache: false };

let current: ReturnType<typeof renderApp> | undefined;
afterEach(() => current?.unmount());

describe('a note the article names in its own language', () => {
  it.each(Object.entries(OWN_WORD))('is called by the article’s word on the %s screen, not the UI’s English or its other word', async (locale, word) => {
    const session = openSession(memoryIo().io, { locale, ...folders }, (ws) => ws.slugs(), undefined, { oneLocale: true });
    const flows = session.workspace.workflows();
    current = renderApp(session.i18n, { flows, initial: flows[0]!, localesFor: session.localesFor });
    const frame = current.frame();
    expect(frame).toContain(`ℹ ${word}`);
    // Named once: the label is not repeated as the note's first words.
    expect(frame.split(word)).toHaveLength(2);
    expect(frame).not.toMatch(/ℹ (Note|メモ)\b/);
  });

  it('is called so in the plain walkthrough and in every checklist format', async () => {
    const run = async (...args: string[]) => {
      const m = memoryIo();
      expect(await runCli([...args, '--content', content, '--locales', folders.locales, '--no-cache'], m.io)).toBe(0);
      return m.out();
    };
    expect(await run('run', 'add-a-new-customer', '--plain', '--locale', 'nb-NO')).toMatch(/^Obs!: Hvis du vil tilby løsninger/m);
    expect(await run('checklist', 'add-a-new-customer', '--locale', 'th-TH')).toMatch(/^> \*\*หมายเหตุ\*\*: ถ้าคุณต้องการ/m);
    expect(await run('checklist', 'add-a-new-customer', '--locale', 'nb-NO', '--format', 'html')).toContain('<span class="note-kind">Obs!</span>');
    expect(JSON.parse(await run('checklist', 'add-a-new-customer', '--locale', 'ja-JP', '--format', 'json')).intro).toContainEqual(expect.objectContaining({ type: 'note', label: '注' }));
  });

  it('keeps the UI’s name where the article’s word would be English in a translated screen (German reader, English article)', async () => {
    const m = memoryIo();
    // The bundled overlay asks step 2 for values no one gives here: the intro is printed before.
    await runCli(['run', 'add-a-new-customer', '--plain', '--locale', 'de-DE', '--no-cache'], m.io);
    expect(m.out()).toMatch(/^Hinweis: If you want to provide solutions/m);
  });
});
