import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/program.js';
import { checklistMarkdown } from '../../src/checklist/markdown.js';
import { openSession, resolveWorkflows } from '../../src/cli/context.js';
import { articleSlug } from '../../src/flow/find-workflow.js';
import { articleLinkResolver, linkedNamespaces } from '../../src/checklist/article-links.js';
import { linkedArticle, linkTarget } from '../../src/flow/article-link.js';
import { namesTitle } from '../../src/checklist/link-titles.js';
import { FIXTURES, folderWith, memoryIo, sxsPair } from '../helpers.js';

function checklist(locale: string, name: string): string {
  const session = openSession(memoryIo().io, { locale }, (workspace) => linkedNamespaces(workspace, articleSlug(name)));
  return checklistMarkdown(resolveWorkflows(session, name), session.tr, { resolveLink: articleLinkResolver(session.workspace, session.tr) });
}

describe('markdown checklist', () => {
  it('has 5 unchecked items in zh-CN', () => {
    const md = checklist('zh-CN', 'add-a-new-customer');
    const items = md.split('\n').filter((line) => line.startsWith('- [ ] '));
    expect(items).toHaveLength(5);
    expect(md.startsWith('# 添加新客户\n')).toBe(true);
    expect(items[0]).toBe('- [ ] 在“仪表板”菜单中，选择“客户”，然后选择“添加客户”。');
    expect(md).not.toMatch(/\[x\]/i);
  });

  it('has 5 unchecked items in fr-FR, keeping the bold UI labels', () => {
    const items = checklist('fr-FR', 'add-a-new-customer').split('\n').filter((l) => l.startsWith('- [ ] '));
    expect(items).toHaveLength(5);
    expect(items[1]).toContain('**suivant\u00a0: Abonnements**');
  });

  it('gives each procedure of an article its own section', () => {
    const md = checklist('en-US', 'update-your-partner-profile');
    expect(md.match(/^## /gm)).toHaveLength(3);
    expect(md.match(/^- \[ \] /gm)).toHaveLength(12);
    const one = checklist('en-US', 'update-your-partner-profile#2');
    expect(one.match(/^- \[ \] /gm)).toHaveLength(4);
    expect(one).toContain('## Update your partner billing profile information');
  });

  it('takes the file name of an article as well as its slug', () => {
    expect(checklist('fr-FR', 'add-a-new-customer.md')).toBe(checklist('fr-FR', 'add-a-new-customer'));
    expect(checklist('en-US', 'update-your-partner-profile.md#2')).toBe(checklist('en-US', 'update-your-partner-profile#2'));
  });

  // Reviewed by eye once (links, blanks, notes), then held byte for byte.
  it.each(['fr-FR', 'zh-CN', 'he-IL', 'en-US'])('renders add-a-new-customer in %s as reviewed', async (locale) => {
    await expect(checklist(locale, 'add-a-new-customer')).toMatchFileSnapshot(`./golden/add-a-new-customer.${locale}.md`);
  });

  it('follows a link to another article with its title in the same locale, where the text does not say it', () => {
    const fr = checklist('fr-FR', 'add-a-new-customer');
    expect(fr).toContain('consultez [créer un nouvel abonnement](create-a-new-subscription.md) (voir « *Créer un abonnement* »).');
    const zh = checklist('zh-CN', 'add-a-new-customer');
    // The link text is the title already: nothing added. Where it is not, the title follows, CJK punctuation and no space.
    expect(zh).toContain('请参阅[创建新订阅](create-a-new-subscription.md)。');
    expect(zh).toContain('[请求与该客户建立经销商关系](request-a-relationship-with-a-customer.md)（参见“*请求与客户建立经销商关系*”）');
  });
});

describe('links between articles', () => {
  const has = (slug: string) => ['a', 'guides/b', 'c d'].includes(slug);
  it('resolves relative .md links against the linking article, and nothing else', () => {
    expect(linkedArticle('guides/x', '../a.md', has)).toBe('a');
    expect(linkedArticle('guides/x', 'b.md#step-2', has)).toBe('guides/b');
    expect(linkedArticle('x', 'c%20d.md', has)).toBe('c d');
    for (const url of ['https://example.com/a.md', '/a.md', 'javascript:a.md', '../../a.md', 'missing.md', 'a', '%E0%A4%A.md', 'x.md']) {
      expect(linkedArticle('x', url, has), url).toBeUndefined();
    }
  });

  it('keeps the heading a link points at, in lower case as DocFX writes ids; a bare #heading is the linking article', () => {
    expect(linkTarget('guides/x', 'b.md#Step-2', has)).toEqual({ slug: 'guides/b', fragment: 'step-2' });
    expect(linkTarget('guides/x', '#remove-a-budget', has)).toEqual({ slug: 'guides/x', fragment: 'remove-a-budget' });
    expect(linkTarget('guides/x', '../a.md', has)).toEqual({ slug: 'a' });
    for (const url of ['#', '?tabs=1', 'b.md#%E0%A4%A', 'https://example.com/#x']) expect(linkTarget('guides/x', url, has), url).toBeUndefined();
    // A link to the article itself is not one to another article.
    expect(linkedArticle('guides/b', 'b.md#step-2', has)).toBeUndefined();
  });

  it('counts a link text as naming the title whatever its case, spaces and punctuation', () => {
    expect(namesTitle('créer un  abonnement', '**Créer un abonnement.**')).toBe(true);
    expect(namesTitle('créer un nouvel abonnement', 'Créer un abonnement')).toBe(false);
  });
});

/** One article in a folder of its own (removed after the file's tests), and what a docflow command makes of it. */
const folders: string[] = [];
afterAll(() => folders.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));
function article(file: string, text: string) {
  const dir = folderWith({ [file]: text });
  folders.push(dir);
  return async (...args: string[]) => {
    const m = memoryIo();
    expect(await runCli([...args, '--content', dir, '--locales', path.join(dir, 'locales'), '--no-cache'], m.io)).toBe(0);
    return { out: m.out(), dir };
  };
}

describe('lists around the steps of a markdown checklist', () => {
  const run = article('en-US/prepare.md', '# Prepare\n\nYou need:\n\n- a tenant\n- a licence\n\n1. Sign in.\n2. Select **Save**.\n\nThen check:\n\n- the log\n- the mail\n');

  it('stay lists of their own: remark (the oracle) reads the task list with exactly the steps', async () => {
    const { out } = await run('checklist', 'prepare', '--format', 'md');
    const { unified } = await import('unified');
    const remarkParse = (await import('remark-parse')).default;
    const remarkGfm = (await import('remark-gfm')).default;
    const tree = unified().use(remarkParse).use(remarkGfm).parse(out) as { children: { type: string; children?: { checked?: boolean | null }[] }[] };
    const lists = tree.children.filter((node) => node.type === 'list');
    const tasks = lists.filter((list) => list.children!.some((item) => typeof item.checked === 'boolean'));
    expect(tasks).toHaveLength(1);
    expect(tasks[0]!.children!.map((item) => item.checked)).toEqual([false, false]);
    expect(lists).toHaveLength(3);
  });
});

describe('a term Docs keeps untranslated (:::no-loc:::)', () => {
  const run = article('en-US/tax.md', '# Tax\n\n1. Enter the :::no-loc text="VOEN"::: number of the company.\n2. Select **Save**.\n');

  it('shows as its text, as Docs shows it; the string itself keeps the mark for translators', async () => {
    expect((await run('checklist', 'tax', '--format', 'md')).out).toContain('- [ ] Enter the VOEN number of the company.');
    const { dir } = await run('extract');
    expect(fs.readFileSync(path.join(dir, 'locales', 'en-US', 'tax.json'), 'utf8')).toContain(':::no-loc text=\\"VOEN\\":::');
  });
});

describe('a table whose row has more cells than its header', () => {
  // Real tables get a stray `|` in a row; GFM draws the header's columns and drops the rest.
  const run = article('en-US/values.md', '# Values\n\n1. Check the values:\n\n   | Option | Example |\n   |---|---|\n   | Filter | all |\n   | Extra | x | y |\n\n2. Select **Save**.\n');

  it('stays a table of the header\'s columns, as micromark with GFM (the oracle) reads the article', async () => {
    const { micromark } = await import('micromark');
    const { gfm, gfmHtml } = await import('micromark-extension-gfm');
    const html = (markdown: string) => micromark(markdown, { extensions: [gfm()], htmlExtensions: [gfmHtml()] });
    const { out } = await run('checklist', 'values', '--format', 'md');
    const table = html(out).match(/<table>[\s\S]*<\/table>/)?.[0];
    expect(table).toBeDefined();
    expect(table).toBe(html('| Option | Example |\n|---|---|\n| Filter | all |\n| Extra | x | y |\n').match(/<table>[\s\S]*<\/table>/)?.[0]);
  });
});

describe('a note whose first line is a bold lead, not a note kind', () => {
  // connector-salesforce: `>[!NOTE]` then `>**Need help with deployment?**` and the sentences.
  const run = article('fr-FR/connector-salesforce.md', fs.readFileSync(path.join(FIXTURES, 'fr-FR', 'connector-salesforce.md'), 'utf8'));

  it('keeps the lead, which the raw article (the oracle) has in the note; a legacy `**Note**` label still gives way to the kind', async () => {
    expect(fs.readFileSync(path.join(FIXTURES, 'fr-FR', 'connector-salesforce.md'), 'utf8')).toMatch(/^>\[!NOTE\]\n><span data-ttu-id="ed622-335">\*\*Vous avez besoin d’aide pour le déploiement\u00a0\?\*\*<\/span>/m);
    const { out } = await run('checklist', 'connector-salesforce', '--locale', 'fr-FR');
    expect(out).toMatch(/^> \*\*Remarque\*\*\s?: \*\*Vous avez besoin d’aide pour le déploiement\u00a0\?\*\* Pour obtenir de l’aide/m);
  });
});

describe('the procedures of a DocFX tab group (`# [Windows](#tab/windows)`)', () => {
  const run = article('en-US/install.md', '# Install the agent\n\nPick your system.\n\n# [Windows](#tab/windows)\n\n1. Run **setup.exe**.\n2. Select **Finish**.\n\n# [Linux](#tab/linux)\n\n1. Run `./setup.sh`.\n2. Reboot.\n\n---\n');

  it('are titled by the tab\'s words, not by a link into the article that leads nowhere from a checklist', async () => {
    const md = (await run('checklist', 'install', '--format', 'md')).out;
    expect(md).toContain('\n## Windows\n');
    expect(md).toContain('\n## Linux\n');
    expect(md).not.toContain('#tab/');
    const html = (await run('checklist', 'install', '--format', 'html')).out;
    expect(html).toContain('<h2>Windows</h2>');
    expect(html).not.toContain('#tab/');
  });
});

describe('a translation with a pipe in a table cell', () => {
  const pair = sxsPair;
  const run = article('fr-FR/options.md', [
    '---', 'ms.contentlocale: fr-FR', '---', `# ${pair(101, 'Options', 'Options')}`, '',
    `1. ${pair(102, 'Vérifiez :', 'Check:')}`, '',
    `   | ${pair(103, 'Option', 'Option')} | ${pair(104, 'Valeur', 'Value')} |`, '   |---|---|',
    `   | ${pair(105, 'Filtre', 'Filter')} | ${pair(106, 'Oui ou non', 'Yes or no')} |`, '',
    `2. ${pair(107, 'Terminé.', 'Done.')}`, '',
  ].join('\n'));

  it('keeps it in its cell, as micromark with GFM (the oracle) reads the markdown checklist', async () => {
    const { dir } = await run('extract');
    const file = path.join(dir, 'locales', 'fr-FR', 'options.json');
    // What a translator may type, in locales/ or a CAT tool.
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('Oui ou non', 'Oui | Non, `a|b`'));
    const { out } = await run('checklist', 'options', '--locale', 'fr-FR');
    const { micromark } = await import('micromark');
    const { gfm, gfmHtml } = await import('micromark-extension-gfm');
    const html = micromark(out, { extensions: [gfm()], htmlExtensions: [gfmHtml()] });
    expect([...html.matchAll(/<td>(.*?)<\/td>/g)].map((m) => m[1])).toEqual(['Filtre', 'Oui | Non, <code>a|b</code>']);
  });
});

describe('a step that opens with a code block or a note (`1. ```azurecli`, `2. > [!NOTE]`)', () => {
  const run = article('en-US/signin.md', '# Sign in\n\n1. ```azurecli\n   az login\n   ```\n2. > [!NOTE]\n   > Keep the token.\n\n   Select **Next**.\n3. Select **Done**.\n');

  it('has its name on the task line and the block under it, as remark with GFM (the oracle) reads them', async () => {
    const { out } = await run('checklist', 'signin', '--format', 'md');
    expect(out).toContain('- [ ] Step 1\n\n  ```azurecli\n  az login\n  ```\n- [ ] Step 2\n\n  > **Note**: Keep the token.\n');
    const { unified } = await import('unified');
    const remarkParse = (await import('remark-parse')).default;
    const remarkGfm = (await import('remark-gfm')).default;
    type Node = { type: string; value?: string; checked?: boolean | null; children?: Node[] };
    const tree = unified().use(remarkParse).use(remarkGfm).parse(out) as Node;
    const items = tree.children!.find((node) => node.type === 'list')!.children!;
    // Before, the fence and the `>` were words of the task's line: "```azurecli az login", "> Note: …".
    expect(items.map((item) => item.children!.map((block) => block.type))).toEqual([['paragraph', 'code'], ['paragraph', 'blockquote', 'paragraph'], ['paragraph']]);
    expect(items[0]!.children![1]!.value).toBe('az login');
  });
});

describe('a code block indented with a tab in a step (a PowerShell line continued in an editor that writes tabs)', () => {
  const fixture = fs.readFileSync(path.join(FIXTURES, 'fr-FR', 'revoke-reinstate-csp.md'), 'utf8');
  const continued = '   Connect-AzAccount `\n   \t-Tenant "Partner tenant"\n';
  const text = fixture.replace('   Connect-AzAccount -Tenant "Partner tenant"\n', continued);
  const run = article('fr-FR/revoke-reinstate-csp.md', text);

  it('prints the same bytes as --out writes, the tab kept (printed, it was two spaces)', async () => {
    expect(text).toContain(continued);
    const { out: printed, dir: content } = await run('checklist', 'revoke-reinstate-csp', '--locale', 'fr-FR');
    // Into the article's own folder (the last one made is another describe's, made as the file is read).
    const { dir } = await run('checklist', 'revoke-reinstate-csp', '--locale', 'fr-FR', '--out', path.join(content, 'checklist.md'));
    const written = fs.readFileSync(path.join(dir, 'checklist.md'), 'utf8');
    expect(written).toContain('\t-Tenant "Partner tenant"\n');
    expect(printed).toBe(written);
  });
});

describe('line breaks in a sentence', () => {
  it('are spaces on the task line, never the backslash of a hard break', async () => {
    const dir = folderWith({
      'en-US/breaks.md': '# Deploy\n\nIt takes ten minutes.\\\nYou need a subscription.  \nKeep `C:\\\\` free.\n\n1. Sign in.\\\n   Use your work account.\n2. Select **Create**.\n',
    });
    const m = memoryIo();
    expect(await runCli(['checklist', 'breaks', '--content', dir, '--locales', path.join(dir, 'locales'), '--locale', 'en-US', '--no-cache'], m.io)).toBe(0);
    // Before: "It takes ten minutes.\ You need…" and "Sign in.\ Use…": a backslash a reader sees.
    expect(m.out()).toContain('It takes ten minutes. You need a subscription. Keep `C:\\\\` free.\n');
    expect(m.out()).toContain('- [ ] Sign in. Use your work account.\n');
  });
});

/** The tree remark with GFM (the oracle) reads from the markdown. */
type Tree = { type: string; value?: string; checked?: boolean | null; children?: Tree[] };
async function remarkTree(markdown: string): Promise<Tree> {
  const { unified } = await import('unified');
  const remarkParse = (await import('remark-parse')).default;
  const remarkGfm = (await import('remark-gfm')).default;
  return unified().use(remarkParse).use(remarkGfm).parse(markdown) as Tree;
}
const words = (node: Tree): string => node.value ?? (node.children ?? []).map(words).join('');
const shape = (node: Tree): unknown => (node.children ? { [node.type]: node.children.map(shape) } : node.type);

describe('a note that opens with a list, a table or code (zh-cn psc-to-pc: `> [!IMPORTANT]` then `> - …`)', () => {
  const run = article(
    'zh-CN/notes.md',
    '# 迁移\n\n1. 选择 **开始**。\n\n   > [!IMPORTANT]\n   > - 第一项\n   > - 第二项\n\n2. 选择 **下一步**。\n\n> [!NOTE]\n> | 角色 | 权限 |\n> |---|---|\n> | 管理员 | 全部 |\n\n> [!TIP]\n> ```sh\n> az login\n> ```\n',
  );

  it('has its label on a line of its own and the block under it, as remark reads it', async () => {
    const { out } = await run('checklist', 'notes', '--locale', 'zh-CN');
    // Before: "> **重要**：* 第一项", the list glued to the label as words.
    expect(out).toContain('- [ ] 选择 **开始**。\n\n  > **重要**：\n  > * 第一项\n  > * 第二项\n');
    expect(out).toContain('> **说明**：\n>\n> | 角色 | 权限 |\n');
    expect(out).toContain('> **提示**：\n>\n> ```sh\n> az login\n> ```');
    const tree = await remarkTree(out);
    const quotes: Tree[] = [];
    const find = (node: Tree) => (node.type === 'blockquote' ? quotes.push(node) : node.children?.forEach(find));
    find(tree);
    expect(quotes.map((quote) => quote.children!.map((block) => block.type))).toEqual([['paragraph', 'list'], ['paragraph', 'table'], ['paragraph', 'code']]);
    expect(quotes.map((quote) => words(quote.children![0]!))).toEqual(['重要：', '说明：', '提示：']);
    expect(quotes[0]!.children![1]!.children!.map(words)).toEqual(['第一项', '第二项']);
  });
});

describe('a note after a task item', () => {
  // Written with no blank line before either note, as authors do.
  const run = article('en-US/after.md', '# After\n\n1. Select **Start**.\n   > [!NOTE]\n   > Keep the key.\n2. Select **Done**.\n> [!WARNING]\n> Wait an hour.\n');

  it('is apart from it by a blank line: a blockquote beside the item’s paragraph, never words of it', async () => {
    const { out } = await run('checklist', 'after', '--locale', 'en-US');
    expect(out).toContain('- [ ] Select **Start**.\n\n  > **Note**: Keep the key.\n');
    expect(out).toMatch(/- \[ \] Select \*\*Done\*\*\.\n\n> \*\*Warning\*\*: Wait an hour\.\n$/);
    const tree = await remarkTree(out);
    expect(shape(tree)).toEqual({
      root: [
        { heading: ['text'] },
        { list: [{ listItem: [{ paragraph: ['text', { strong: ['text'] }, 'text'] }, { blockquote: [{ paragraph: [{ strong: ['text'] }, 'text'] }] }] }, { listItem: [{ paragraph: ['text', { strong: ['text'] }, 'text'] }] }] },
        { blockquote: [{ paragraph: [{ strong: ['text'] }, 'text'] }] },
      ],
    });
  });
});

describe('a link with no words into the page', () => {
  const run = article('en-US/inpage.md', '# In page\n\nRead [](#in-page) below, then go.\n\n1. Select [](#in-page) the item [](#in-page)\n2. [](#in-page) Select **Done**.\n');

  it('leaves no double space where it stood, nor a space at the line’s ends', async () => {
    const { out } = await run('checklist', 'inpage', '--locale', 'en-US');
    // Before: "Read  below" and "Select  the item".
    expect(out).toContain('Read below, then go.\n');
    expect(out).toContain('- [ ] Select the item\n- [ ] Select **Done**.\n');
  });
});
