/**
 * A raw HTML `<table>` of a side-by-side article (its cells pairs, `<td><p><span data-ttu-id=…`):
 * read as the table it is, the model a GFM table gives, so every surface shows rows and columns.
 * Before, markdown kept it as html nodes, each pair of a cell became a paragraph of its own, and
 * `run`, `run --plain` and the checklists showed one line per cell.
 * The fixture is a real excerpt (see test/fixtures/README.md): the table right after the
 * procedure's last step, its epilogue.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Block } from '../../src/model/document.js';
import { parseDocument } from '../../src/parse/parse-document.js';
import { segmentsIn } from '../../src/parse/structure.js';
import { cliRun, FIXTURES, folderWith, parseFile, sxsPair } from '../helpers.js';

const FIXTURE = 'create-user-accounts-table.md';
const numbers = (block: Block | undefined) => (block?.type === 'table' ? block.rows.map((row) => row.map((cell) => cell.map((part) => ('n' in part ? part.n : part.literal)))) : block?.type);

/** The rows of the fixture's table, by segment number: the header row, then two rows whose last cell is empty. */
const ROWS = [
  [[130], [131], [132]],
  [[174], [175, 176], []],
  [[177], [178, 179], []],
];

describe('a raw HTML table of a side-by-side article', () => {
  it('is one table block of rows of cells, as a GFM table is, every pair in its cell and none lost', () => {
    for (const locale of ['fr-FR', 'zh-CN']) {
      const { document, file } = parseFile(path.join(FIXTURES, 'html-table', locale, FIXTURE));
      expect(file.messages.map(String)).toEqual([]);
      const [procedure] = document.procedures;
      expect(procedure!.steps).toHaveLength(5);
      expect(procedure!.epilogue.map((block) => block.type)).toEqual(['table']);
      expect(numbers(procedure!.epilogue[0])).toEqual(ROWS);
    }
  });

  it('keeps its pairs in the tree in the file’s order', () => {
    const text = fs.readFileSync(path.join(FIXTURES, 'html-table', 'fr-FR', FIXTURE), 'utf8');
    const { document, tree } = parseDocument(text, { path: FIXTURE, tree: true });
    expect(segmentsIn(tree!)).toEqual(document.segments.map((s) => s.n));
  });

  it('gives the model the same pairs give in a GFM table', () => {
    const pair = (n: number) => sxsPair(n, `T${n}`, `E${n}`);
    const head = `# ${pair(1)}\n\n## ${pair(2)}\n\n1. ${pair(3)}\n2. ${pair(4)}\n\n`;
    const html = `${head}<table>\n<thead>\n<tr class="header">\n<th>${pair(5)}</th>\n<th>${pair(6)}</th>\n</tr>\n</thead>\n<tbody>\n<tr class="odd">\n<td><p>${pair(7)}</p></td>\n<td><p>${pair(8)}</p>\n<p>${pair(9)}</p></td>\n</tr>\n</tbody>\n</table>\n`;
    const gfm = `${head}| ${pair(5)} | ${pair(6)} |\n|---|---|\n| ${pair(7)} | ${pair(8)}<br>${pair(9)} |\n`;
    const epilogue = (text: string) => parseDocument(text, { path: 'x.md' }).document.procedures[0]!.epilogue;
    expect(epilogue(html)).toEqual(epilogue(gfm));
    expect(numbers(epilogue(html)[0])).toEqual([
      [[5], [6]],
      [[7], [8, 9]],
    ]);
  });

  it('is read whole where blank lines part it, in a step, and in a note', () => {
    const pair = (n: number) => sxsPair(n, `T${n}`, `E${n}`);
    // A blank line in a cell's list ends markdown's HTML block (China-add-licenses-or-services-… has one).
    const parted = (n: number) => `<table>\n<tr>\n<td>${pair(n)}</td>\n<td><ul>\n<li>${pair(n + 1)}</li>\n\n</ul></td>\n</tr>\n<tr>\n<td>${pair(n + 2)}</td>\n<td>${pair(n + 3)}</td>\n</tr>\n</table>`;
    const rows = (n: number) => [
      [[n], [n + 1]],
      [[n + 2], [n + 3]],
    ];
    const text = `# ${pair(1)}\n\n1. ${pair(2)}\n\n   ${parted(10).replace(/\n(?=.)/g, '\n   ')}\n\n2. ${pair(3)}\n\n> [!NOTE]\n> ${parted(20).replace(/\n/g, '\n> ')}\n`;
    const { document, file } = parseDocument(text, { path: 'x.md' });
    expect(file.messages.map(String)).toEqual([]);
    const [step] = document.procedures[0]!.steps;
    expect(step!.blocks.map((block) => block.type)).toEqual(['text', 'table']);
    expect(numbers(step!.blocks[1])).toEqual(rows(10));
    const [note] = document.procedures[0]!.epilogue;
    expect(note?.type === 'note' ? numbers(note.blocks[0]) : note?.type).toEqual(rows(20));
  });

  it('keeps each cell in its column under a rowspan or a colspan, and shows every cell of a longer row', () => {
    const pair = (n: number) => sxsPair(n, `T${n}`, `E${n}`);
    // As China-use-the-reconciliation-files.md's last table: `<td rowspan="8">` in its first and last columns.
    const table = [
      `<table>`,
      `<tr><td>${pair(10)}</td><td>${pair(11)}</td><td>${pair(12)}</td></tr>`,
      `<tr><td rowspan="2">${pair(20)}</td><td>${pair(21)}</td><td rowspan="2">${pair(22)}</td></tr>`,
      `<tr><td>${pair(31)}</td></tr>`,
      `<tr><td colspan="2">${pair(40)}</td><td>${pair(42)}</td></tr>`,
      `<tr><td>${pair(50)}</td><td>${pair(51)}</td><td>${pair(52)}</td><td>${pair(53)}</td></tr>`,
      `</table>`,
    ].join('\n');
    const { document } = parseDocument(`# ${pair(1)}\n\n1. ${pair(2)}\n2. ${pair(3)}\n\n${table}\n`, { path: 'x.md' });
    expect(numbers(document.procedures[0]!.epilogue[0])).toEqual([
      [[10], [11], [12]],
      [[20], [21], [22]],
      [[], [31], []],
      [[40], [], [42]],
      [[50], [51], [52], [53]],
    ]);
  });

  it('that never closes is read as before, a paragraph a pair, and loses nothing after it', () => {
    const pair = (n: number) => sxsPair(n, `T${n}`, `E${n}`);
    const text = `# ${pair(1)}\n\n<table>\n<tr><td>${pair(2)}</td></tr>\n\n## ${pair(3)}\n\n1. ${pair(4)}\n2. ${pair(5)}\n`;
    const { document, file } = parseDocument(text, { path: 'x.md' });
    expect(file.messages.map(String)).toEqual([]);
    expect(document.intro.map((block) => block.type)).toEqual(['text']);
    expect(document.procedures[0]!.steps.map((step) => step.segments)).toEqual([[4], [5]]);
  });
});

describe('a raw HTML table of a side-by-side article, shown', () => {
  const dir = folderWith({ [`fr-FR/${FIXTURE}`]: { fixture: `html-table/fr-FR/${FIXTURE}` }, [`zh-CN/${FIXTURE}`]: { fixture: `html-table/zh-CN/${FIXTURE}` } });
  const options = (locale: string) => ['--content', dir, '--locales', path.join(dir, 'locales'), '--locale', locale, '--no-cache'];
  const slug = FIXTURE.replace(/\.md$/, '');

  it('is a table in run --plain, in each locale', async () => {
    const french = await cliRun(['run', slug, '--plain', ...options('fr-FR')]);
    expect(french.code, french.err).toBe(0);
    expect(french.out).toContain('  | Rôle dans l’espace partenaires | Marche à suivre | Ce qu’ils ne peuvent pas faire |\n');
    expect(french.out).toContain('  | Administrateur de facturation | • Peut accéder à toutes les factures et les fichiers de rapprochement avec privilèges complets • Afficher les contrats, les listes de prix et les offres |  |\n');
    // Not a line per cell, as before.
    expect(french.out).not.toMatch(/^Marche à suivre$/m);
    const chinese = await cliRun(['run', slug, '--plain', ...options('zh-CN')]);
    expect(chinese.out).toContain('  | 计费管理员 | • 可使用完整权限访问所有帐单和对帐文件 • 查看协议、价目表和产品 |  |\n');
  });

  it('is a table in the checklists: markdown, HTML and JSON', async () => {
    const markdown = await cliRun(['checklist', slug, ...options('fr-FR')]);
    // Bold in the article (`<strong>`), bold in the checklists (see test/checklist/html-styles.test.ts).
    expect(markdown.out).toContain('| **Rôle dans l’espace partenaires** | **Marche à suivre** | **Ce qu’ils ne peuvent pas faire** |\n| --- | --- | --- |\n| **Administrateur de facturation** |');
    const page = await cliRun(['checklist', slug, '--format', 'html', ...options('zh-CN')]);
    expect(page.out).toContain('<table><thead><tr><th><strong>在合作伙伴中心中的角色</strong></th><th><strong>它们可以执行的操作</strong></th><th><strong>它们不能执行的操作</strong></th></tr></thead><tbody><tr><td><strong>计费管理员</strong></td>');
    const json = await cliRun(['checklist', slug, '--format', 'json', ...options('fr-FR')]);
    expect(JSON.stringify(JSON.parse(json.out))).toContain('{"type":"table","rows":[["<strong>Rôle dans l’espace partenaires</strong>","<strong>Marche à suivre</strong>",');
  });

  it('keeps its keys: each cell’s strings where the section after the steps keeps them', async () => {
    const extract = await cliRun(['extract', ...options('fr-FR').filter((option, i, all) => option !== '--locale' && all[i - 1] !== '--locale')]);
    expect(extract.code, extract.err).toBe(0);
    const resources = JSON.parse(fs.readFileSync(path.join(dir, 'locales', 'fr-FR', `${slug}.json`), 'utf8')) as Record<string, unknown>;
    const keys = Object.keys(flatten(resources));
    for (const n of ROWS.flat(2)) expect(keys).toContain(`proc-1.after.${n}`);
  });
});

function flatten(value: Record<string, unknown>, prefix = ''): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(value).flatMap(([key, inner]) => (inner && typeof inner === 'object' ? Object.entries(flatten(inner as Record<string, unknown>, `${prefix}${key}.`)) : [[`${prefix}${key}`, inner]])),
  );
}
