/**
 * A table cell's lines and list items, as a reader sees them: an HTML cell's `<li>` items, its
 * `<p>` paragraphs, and a `<br>` (HTML or GFM) each start a line. Before, a cell was one run of
 * sentences: `<td><ul><li>One</li><li>Two</li></ul></td>` showed "OneTwo" (a plain article's
 * string was even "One</li><li>Two") or "One Two".
 * A markdown checklist's GFM cell holds no line but `<br>`: its lines are parted so and its items
 * led by "• "; `run --plain` writes a row on a line, so there the items follow one another, each
 * led by its bullet.
 */
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cliRun, folderWith, printedIn, removeTempDirs } from '../helpers.js';

afterAll(removeTempDirs);

const ARTICLE = `# Tables

## Set up

1. Open the page.

   <table>
   <tr><td>Role</td><td>Can do</td></tr>
   <tr><td>Admin</td><td><ul><li>One</li><li>Two</li></ul></td></tr>
   <tr><td>User</td><td>Line A<br>Line B</td></tr>
   <tr><td>Guest</td><td><p>Para A</p><p>Para B</p></td></tr>
   </table>

2. Check the GFM table.

   | Name | Value |
   | --- | --- |
   | A | One<br>Two |
`;

describe("a table cell's lines and items", () => {
  const printed = printedIn(folderWith({ 'content/en-US/tables.md': ARTICLE }), 'en-US');

  it('are parted in the markdown checklist by `<br>`, each item led by a bullet', async () => {
    const checklist = await printed('checklist', 'tables');
    expect(checklist).toContain('  | Admin | • One<br>• Two |\n');
    expect(checklist).toContain('  | User | Line A<br>Line B |\n');
    expect(checklist).toContain('  | Guest | Para A<br>Para B |\n');
    expect(checklist).toContain('  | A | One<br>Two |\n');
    expect(checklist).not.toContain('li&gt;');
  });

  it('are lines in the HTML checklist and in its JSON', async () => {
    expect(await printed('checklist', 'tables', '--format', 'html')).toContain('<tr><td>Admin</td><td>• One<br>• Two</td></tr>');
    const json = JSON.parse(await printed('checklist', 'tables', '--format', 'json'));
    const table = json.procedures[0].steps[0].blocks[1];
    expect(table.rows[1]).toEqual(['Admin', '• One<br>• Two']);
  });

  it('are each its own string for the translator, without the list’s tags', async () => {
    const { out } = await cliRun(['parse', path.join(folderWith({ 'tables.md': ARTICLE }), 'tables.md'), '--json']);
    const parsed = JSON.parse(out);
    const strings = parsed.segments.map((segment: { target: string }) => segment.target);
    expect(strings).toContain('One');
    expect(strings).toContain('Two');
    expect(strings.join('\n')).not.toContain('li>');
  });

  it('follow one another in a row of `run --plain`, each item led by its bullet', async () => {
    const run = await printed('run', 'tables', '--plain');
    expect(run).toContain('  | Admin | • One • Two |\n');
  });

  it('are items in a side-by-side article’s HTML table too', async () => {
    const fixture = (locale: string) => ({ fixture: `html-table/${locale}/create-user-accounts-table.md` });
    const dir = folderWith({ 'content/fr-FR/create-user-accounts-table.md': fixture('fr-FR') });
    const checklist = await printedIn(dir, 'fr-FR')('checklist', 'create-user-accounts-table');
    expect(checklist).toContain('| **Administrateur de facturation** | • Peut accéder à toutes les factures et les fichiers de rapprochement avec privilèges complets<br>• Afficher les contrats, les listes de prix et les offres |  |');
  });
});
