/**
 * Tables in the app (`docflow run`), as a reader sees them: a cell's lines and list items on lines
 * of their own (before, `<td><ul><li>One</li><li>Two</li></ul></td>` showed "One Two"); an HTML
 * table's first row as its header only where it is one (`<th>` cells, `<thead>`).
 */
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { openSession } from '../../src/cli/context.js';
import { folderWith, memoryIo, removeTempDirs } from '../helpers.js';
import { renderApp, tick } from './render-app.js';

afterAll(removeTempDirs);

let current: ReturnType<typeof renderApp> | undefined;
afterEach(() => current?.unmount());

/** The app on an English article's first step, in a terminal `columns` wide. */
async function firstStep(article: string, columns = 80) {
  const dir = folderWith({ 'en-US/tables.md': article });
  const session = openSession(memoryIo().io, { content: dir, locales: path.join(dir, 'locales'), locale: 'en-US', cache: false }, (ws) => ws.slugs());
  const flows = session.workspace.workflows();
  current = renderApp(session.i18n, { flows, initial: flows[0]!, localesFor: session.localesFor }, { columns, rows: 60 });
  await tick();
  return current.frame();
}

const step = (table: string) => `# Tables\n\n## Set up\n\n1. Open the page.\n\n${table.replace(/^/gm, '   ')}\n\n2. Close it.\n`;

describe('a table cell in the app', () => {
  it('shows its list items each on a line, led by a bullet, and its `<p>` and `<br>` lines apart', async () => {
    const frame = await firstStep(
      step('<table>\n<tr><td>Role</td><td>Can do</td></tr>\n<tr><td>Admin</td><td><ul><li>One</li><li>Two</li></ul></td></tr>\n<tr><td>Guest</td><td><p>Para A</p><p>Para B</p></td></tr>\n<tr><td>User</td><td>Line A<br>Line B</td></tr>\n</table>'),
    );
    expect(frame).toMatch(/│ {3}Admin │ • One +│\n│ {9}│ • Two +│/);
    expect(frame).toMatch(/│ {3}Guest │ Para A +│\n│ {9}│ Para B +│/);
    expect(frame).toMatch(/│ {3}User {2}│ Line A +│\n│ {9}│ Line B +│/);
  });

  it('shows a GFM cell’s `<br>` as a line break', async () => {
    const frame = await firstStep(step('| Name | Value |\n| --- | --- |\n| A | One<br>Two |'));
    expect(frame).toMatch(/│ {3}A {4}│ One +│\n│ {8}│ Two +│/);
  });
});

describe('an HTML table’s header row in the app', () => {
  it('is none where its first row is <td> cells: no rule under it, its separator a line as the others', async () => {
    const frame = await firstStep(step('<table>\n<tr><td>Admin</td><td>All</td></tr>\n<tr><td>User</td><td>Some</td></tr>\n</table>'));
    expect(frame).toMatch(/│ {3}Admin │ All +│\n│ {3}User {2}│ Some +│/);
    expect(frame).not.toContain('─┼─');
    expect(frame).not.toMatch(/│ {3}─+/);
  });

  it('is the first row, over a rule, where it is <th> cells', async () => {
    const frame = await firstStep(step('<table>\n<tr><th>Role</th><th>Can do</th></tr>\n<tr><td>Admin</td><td>All</td></tr>\n</table>'));
    expect(frame).toMatch(/│ {3}Role {2}│ Can do +│\n│ {3}─{14} +│\n│ {3}Admin │ All +│/);
  });
});

describe('a table at 40 columns', () => {
  it('shows no empty line inside a cell where a word fills its column (the space after it took a line of its own)', async () => {
    // As 2020-november's table of tax identifiers (fr-FR): six columns, the last cut to three.
    const cell = '(équivalent du numéro d’identification fiscale)';
    const table = `| Pays | Zone | Code | Longueur | Nom | Description |\n| --- | --- | --- | --- | --- | --- |\n| Biélorussie | CEE | BY | 9 chiffres | УНП | UNP ${cell} |`;
    const frame = await firstStep(step(table), 40);
    const lines = frame.split('\n').map((line) => line.replace(/^│|│ *$/g, ''));
    const rows = lines.filter((line) => line.includes('│'));
    expect(rows.length).toBeGreaterThan(5);
    // Every line of the table shows something in one of its cells.
    for (const line of rows) expect(line).toMatch(/[^ │]/);
    expect(rows.join('\n')).toMatch(/│ du *\n.*│ num/);
  });
});
