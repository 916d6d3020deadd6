/**
 * A link with no words (`[](other.md)`, as the zh-cn machine translations have them) reads as the
 * title of the article it leads to on every surface, else as its address: it showed nothing on the
 * screen, in `run --plain` and in `graph`, and an empty `<a>` on a checklist page.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openSession } from '../../src/cli/context.js';
import { articleLinkResolver } from '../../src/checklist/article-links.js';
import { wordlessLinks } from '../../src/text/wordless-links.js';
import { folderWith, memoryIo, printedIn, sxsPair } from '../helpers.js';
import { renderApp } from '../tui/render-app.js';

const SETUP = `---
title: Set up the thing
---
# Set up the thing

## Set up

1. Open [](other.md) and check the values.
2. Read [](https://example.com/guide) too.
3. Select **Save**.
`;
const OTHER = '# Other [beta] thing\n\n1. Do A.\n2. Do B.\n';

const dir = folderWith({ 'content/en-US/setup.md': SETUP, 'content/en-US/other.md': OTHER });
const run = printedIn(dir, 'en-US');

let screen: ReturnType<typeof renderApp> | undefined;
afterEach(() => screen?.unmount());

describe('a link with no words', () => {
  it('says the linked article’s title in run --plain and graph, else its address', async () => {
    const plain = await run('run', 'setup', '--plain');
    expect(plain).toContain('  Open Other [beta] thing[1] and check the values.\n');
    expect(plain).toContain('  Read https://example.com/guide[1] too.\n');
    expect(await run('graph', 'setup')).toContain('"Step 1: Open Other [beta] thing and check the values."');
  });

  it('says it in every checklist format, with no empty link', async () => {
    const markdown = await run('checklist', 'setup');
    expect(markdown).toContain('- [ ] Open [Other \\[beta\\] thing](other.md) and check the values.');
    const html = await run('checklist', 'setup', '--format', 'html');
    // A page on its own keeps no link to other.md, which leads nowhere beside it (see page-links.test.ts): it says “(see …)”, as --all does.
    expect(html).toContain('Open (see “<em>Other [beta] thing</em>”) and check the values.');
    expect(html).toContain('<a href="https://example.com/guide">https://example.com/guide</a>');
    expect(html).not.toMatch(/<a [^>]*><\/a>/);
    expect(JSON.stringify(JSON.parse(await run('checklist', 'setup', '--format', 'json')))).toContain('Open [Other \\\\[beta\\\\] thing](other.md) and check the values.');
  });

  it('says “(see …)” where the page keeps no link (checklist --all, an article with no procedure), as for any link', async () => {
    const about = folderWith({
      'content/en-US/setup.md': SETUP,
      'content/en-US/other.md': '---\ntitle: Other\n---\n# Other [beta] thing\n\nNo steps here.\n',
    });
    const out = path.join(about, 'site');
    for (const format of ['md', 'html']) await printedIn(about, 'en-US')('checklist', '--all', '--format', format, '--out', out);
    expect(fs.readFileSync(path.join(out, 'en-US', 'setup.md'), 'utf8')).toContain('- [ ] Open (see “*Other \\[beta\\] thing*”) and check the values.');
    expect(fs.readFileSync(path.join(out, 'en-US', 'setup.html'), 'utf8')).toContain('Open (see “<em>Other [beta] thing</em>”) and check the values.');
  });

  it('says it on the screen', async () => {
    const session = openSession(memoryIo().io, { locale: 'en-US', content: [`${dir}/content`], locales: `${dir}/locales`, cache: false }, (ws) => ws.slugs(), undefined, { oneLocale: true });
    const flows = session.workspace.workflows();
    const initial = flows.find((flow) => flow.id === 'setup')!;
    screen = renderApp(session.i18n, { flows, initial, localesFor: session.localesFor, linkedArticle: (tr) => articleLinkResolver(session.workspace, tr) });
    expect(screen.frame()).toContain('Open Other [beta] thing[1] and check the values.');
  });

  it('leaves a link to a place in the same page as the page shows it, with no id in the sentence', () => {
    expect(wordlessLinks('供市场[](#private-azure-marketplace-notification-center)管理员 [](other.md#part)')).toBe('供市场[](#private-azure-marketplace-notification-center)管理员 [other](other.md#part)');
  });

  it('leaves no empty link on an HTML page where it leads into the page, nor the double space around it', async () => {
    const inPage = folderWith({ 'content/en-US/setup.md': SETUP.replace('3. Select **Save**.', '3. Select **Save** as [](#set-up) says [](#set-up)') });
    const html = await printedIn(inPage, 'en-US')('checklist', 'setup', '--format', 'html');
    // Before: "as  says. </p>", the link's two spaces both kept.
    expect(html).toContain('Select <strong class="ui">Save</strong> as says</p>');
    expect(html).not.toMatch(/<a [^>]*><\/a>/);
  });

  it('keeps images, code and links with words as they are', () => {
    expect(wordlessLinks('![](a.png) `[](b.md)` [x](c.md) \\[](d.md) [ ](<e f.md> "E")')).toBe('![](a.png) `[](b.md)` [x](c.md) \\[](d.md) [e f](<e f.md> "E")');
  });
});

/** The setup article translated side by side (zh-CN), its English with wordless links too. */
const ZH_SETUP = `---
title: 设置
---
# ${sxsPair(1, '设置', 'Set up the thing')}

## ${sxsPair(2, '设置', 'Set up')}

1. ${sxsPair(3, '打开[](other.md)并检查值。', 'Open [](other.md) and check the values.')}
2. ${sxsPair(4, '选择 **保存**。', 'Select **Save**.')}
`;
const ZH_OTHER = `# ${sxsPair(1, '其他事物', 'Other [beta] thing')}\n\n1. ${sxsPair(2, '做 A。', 'Do A.')}\n2. ${sxsPair(3, '做 B。', 'Do B.')}\n`;

describe('a link with no words to another page of the site', () => {
  const ZH_SITE = ZH_SETUP.replace(sxsPair(4, '选择 **保存**。', 'Select **Save**.'), sxsPair(4, '阅读[](/azure/virtual-machines/shared-images-cli)和[](/azure/role-based-access-control/overview)。', 'Read the [CLI](/azure/virtual-machines/shared-images-cli) and [RBAC](/azure/role-based-access-control/overview) pages.'));
  const site = folderWith({ 'content/zh-CN/setup.md': ZH_SITE });
  const zhRun = printedIn(site, 'zh-CN');

  it('says the page’s name, not its path, on every surface', async () => {
    const plain = await zhRun('run', 'setup', '--plain');
    expect(plain).toContain('  阅读shared images cli[1]和role based access control overview[2]。\n');
    // The list under the step still gives the address to open.
    expect(plain).toContain('  [1] /azure/virtual-machines/shared-images-cli\n');
    expect(await zhRun('graph', 'setup')).toContain('"第 2 步：阅读shared images cli和role based access control o…"');
    expect(await zhRun('checklist', 'setup')).toContain('- [ ] 阅读[shared images cli](/azure/virtual-machines/shared-images-cli)和[role based access control overview](/azure/role-based-access-control/overview)。');
    // A page on its own keeps no link that leads nowhere from it: the name, then the address.
    expect(await zhRun('checklist', 'setup', '--format', 'html')).toContain('阅读shared images cli（<code>/azure/virtual-machines/shared-images-cli</code>）和role based access control overview（<code>/azure/role-based-access-control/overview</code>）。');
    expect(JSON.stringify(JSON.parse(await zhRun('checklist', 'setup', '--format', 'json')))).toContain('阅读[shared images cli](/azure/virtual-machines/shared-images-cli)和');
  });

  it('reads escapes, drops a file extension, a query and control characters, and keeps any other address', () => {
    expect(wordlessLinks('[](/a/My%20Page_v2.md?view=x#part) [](/a/%1B%5B31m-red) [](//example.com/x) [](https://example.com/y) [](/)')).toBe(
      '[My Page v2](/a/My%20Page_v2.md?view=x#part) [\\[31m red](/a/%1B%5B31m-red) [//example.com/x](//example.com/x) [https://example.com/y](https://example.com/y) [/](/)',
    );
  });
});

describe('a link with no words by a relative path to a page the content does not have', () => {
  // As zh-cn psc-to-pc's `授予你[](permissions-overview.md)访问` reads when the article is taken without its folder.
  const ZH_AWAY = ZH_SETUP.replace(sxsPair(4, '选择 **保存**。', 'Select **Save**.'), sxsPair(4, '阅读[](../other/managed-image-cli.md)和[](permissions-overview.md#manage-referrals)。', 'Read the [CLI](../other/managed-image-cli.md) and [roles](permissions-overview.md#manage-referrals) pages.'));
  const away = folderWith({ 'content/zh-CN/setup.md': ZH_AWAY });
  const zhRun = printedIn(away, 'zh-CN');

  it('says the page’s name, not its address, on every surface, as a site-relative one does', async () => {
    const plain = await zhRun('run', 'setup', '--plain');
    // Before: "阅读../other/managed-image-cli.md[1]和permissions-overview.md#manage-referrals[2]。"
    expect(plain).toContain('  阅读managed image cli[1]和permissions overview[2]。\n');
    expect(plain).toContain('  [1] ../other/managed-image-cli.md\n');
    expect(await zhRun('checklist', 'setup')).toContain('- [ ] 阅读[managed image cli](../other/managed-image-cli.md)和[permissions overview](permissions-overview.md#manage-referrals)。');
    expect(await zhRun('checklist', 'setup', '--format', 'html')).toContain('阅读managed image cli（<code>../other/managed-image-cli.md</code>）和permissions overview（<code>permissions-overview.md#manage-referrals</code>）。');
    expect(JSON.stringify(JSON.parse(await zhRun('checklist', 'setup', '--format', 'json')))).toContain('阅读[managed image cli](../other/managed-image-cli.md)和[permissions overview](permissions-overview.md#manage-referrals)。');
    const session = openSession(memoryIo().io, { locale: 'zh-CN', content: [`${away}/content`], locales: `${away}/locales`, cache: false }, (ws) => ws.slugs(), undefined, { oneLocale: true });
    const flows = session.workspace.workflows();
    screen = renderApp(session.i18n, { flows, initial: flows.find((flow) => flow.id === 'setup')!, localesFor: session.localesFor, linkedArticle: (tr) => articleLinkResolver(session.workspace, tr) });
    await screen.press('\r');
    expect(screen.frame()).toContain('阅读managed image cli[1]和permissions overview[2]。');
  });

  it('names the page by its last segment, `.` and `..` aside, and keeps an address that names none', () => {
    expect(wordlessLinks('[](./a/read-your-bill.md) [](../overview.md) [](../billing/overview) [](../) [](?tabs=x) [](mailto:a@b.c)')).toBe(
      '[read your bill](./a/read-your-bill.md) [overview](../overview.md) [billing overview](../billing/overview) [../](../) [?tabs=x](?tabs=x) [mailto:a@b.c](mailto:a@b.c)',
    );
  });
});

describe('a link with no words on the English line', () => {
  const zh = folderWith({ 'content/en-US/setup.md': SETUP, 'content/en-US/other.md': OTHER, 'content/zh-CN/setup.md': ZH_SETUP, 'content/zh-CN/other.md': ZH_OTHER });

  it('says the English title of the article in every checklist format, as the translated line says the Chinese', async () => {
    const zhRun = printedIn(zh, 'zh-CN');
    const markdown = await zhRun('checklist', 'setup', '--with-source');
    expect(markdown).toContain('- [ ] 打开[其他事物](other.md)并检查值。');
    expect(markdown).toContain('Open [Other \\[beta\\] thing](other.md) and check the values.');
    expect(await zhRun('checklist', 'setup', '--with-source', '--format', 'html')).toContain('<p class="source" lang="en" dir="ltr">Open Other [beta] thing and check the values.</p>');
    expect(JSON.stringify(JSON.parse(await zhRun('checklist', 'setup', '--with-source', '--format', 'json')))).toContain('"source":"Open [Other \\\\[beta\\\\] thing](other.md) and check the values."');
    const out = path.join(zh, 'site');
    await zhRun('checklist', '--all', '--with-source', '--out', out);
    expect(fs.readFileSync(path.join(out, 'zh-CN', 'setup.md'), 'utf8')).toContain('Open [Other \\[beta\\] thing](other.md) and check the values.');
  });

  it('says it on the screen under the Chinese (s)', async () => {
    const session = openSession(memoryIo().io, { locale: 'zh-CN', content: [`${zh}/content`], locales: `${zh}/locales`, cache: false }, (ws) => ws.slugs());
    const flows = session.workspace.workflows();
    const initial = flows.find((flow) => flow.id === 'setup')!;
    screen = renderApp(session.i18n, { flows, initial, localesFor: session.localesFor, linkedArticle: (tr) => articleLinkResolver(session.workspace, tr) });
    await screen.press('s');
    expect(screen.frame()).toContain('打开其他事物[1]并检查值。');
    expect(screen.frame()).toContain('Open Other [beta] thing[1] and check the values.');
  });
});

describe('a link with no words in a code block', () => {
  it('stays as written in the JSON checklist, as in the markdown and the page: it is what the reader copies', async () => {
    const code = folderWith({ 'content/en-US/setup.md': '# Set up\n\n1. Open [](other.md) and check.\n2. Paste this:\n\n   ```md\n   See [](other.md) here.\n   ```\n\n3. Select **Save**.\n', 'content/en-US/other.md': OTHER });
    const json = JSON.parse(await printedIn(code, 'en-US')('checklist', 'setup', '--format', 'json')) as { procedures: { steps: { blocks: { type: string; text?: string; code?: string }[] }[] }[] };
    const [first, second] = json.procedures[0]!.steps;
    expect(first!.blocks[0]!.text).toBe('Open [Other \\[beta\\] thing](other.md) and check.');
    expect(second!.blocks.find((block) => block.type === 'code')!.code).toBe('See [](other.md) here.');
  });
});
