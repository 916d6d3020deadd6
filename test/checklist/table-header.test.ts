/**
 * An HTML table's header row, as a browser draws it: a first row in `<thead>` or of `<th>` cells
 * is the header; a table whose first row is `<td>` cells has none. Before, every HTML table's first
 * row was drawn as a header (the model's rows assumed one, as a GFM table's), data as a heading.
 * A markdown checklist's GFM table must have a header line: one without a header gets an empty one.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { folderWith, printedIn, removeTempDirs } from '../helpers.js';

afterAll(removeTempDirs);

const step = (table: string) => `# Headers\n\n## Set up\n\n1. Open the page.\n\n${table.replace(/^/gm, '   ')}\n\n2. Close it.\n`;
const printed = (table: string) => printedIn(folderWith({ 'content/en-US/headers.md': step(table) }), 'en-US');

const NO_HEAD = '<table>\n<tbody>\n<tr><td>Admin</td><td>All</td></tr>\n<tr><td>User</td><td>Some</td></tr>\n</tbody>\n</table>';
const TH_ROW = '<table>\n<tr><th>Role</th><th>Can do</th></tr>\n<tr><td>Admin</td><td>All</td></tr>\n</table>';
const THEAD_TD = '<table>\n<thead><tr><td>Role</td><td>Can do</td></tr></thead>\n<tr><td>Admin</td><td>All</td></tr>\n</table>';
const BOLD_TD = '<table>\n<tr><td><p><strong>Role</strong></p></td><td><b>Can do</b></td></tr>\n<tr><td>Admin</td><td>All</td></tr>\n</table>';
const SOME_BOLD = '<table>\n<tr><td><strong>Admin</strong></td><td>All</td></tr>\n<tr><td>User</td><td>Some</td></tr>\n</table>';
const ROW_HEADERS = '<table>\n<tr><th>Admin</th><td>All</td></tr>\n<tr><th>User</th><td>Some</td></tr>\n</table>';

describe("an HTML table's header row", () => {
  it('is none where the first row is <td> cells: an empty header line in markdown, no <thead> in HTML, `header: false` in JSON', async () => {
    const say = printed(NO_HEAD);
    expect(await say('checklist', 'headers')).toContain('  |  |  |\n  | --- | --- |\n  | Admin | All |\n  | User | Some |\n');
    expect(await say('checklist', 'headers', '--format', 'html')).toContain('<table><tbody><tr><td>Admin</td><td>All</td></tr><tr><td>User</td><td>Some</td></tr></tbody></table>');
    const json = JSON.parse(await say('checklist', 'headers', '--format', 'json'));
    expect(json.procedures[0].steps[0].blocks[1]).toEqual({ type: 'table', rows: [['Admin', 'All'], ['User', 'Some']], header: false });
  });

  it('is none where each row starts with a <th> (a column of row headers)', async () => {
    expect(await printed(ROW_HEADERS)('checklist', 'headers')).toContain('  |  |  |\n  | --- | --- |\n  | Admin | All |\n');
  });

  it('is none where only some of the first row is bold', async () => {
    expect(await printed(SOME_BOLD)('checklist', 'headers')).toContain('  |  |  |\n  | --- | --- |\n  | **Admin** | All |\n');
  });

  it('is the first row where it is <th> cells, in <thead>, or all bold', async () => {
    expect(await printed(BOLD_TD)('checklist', 'headers')).toContain('  | **Role** | **Can do** |\n  | --- | --- |\n  | Admin | All |\n');
    for (const table of [TH_ROW, THEAD_TD]) {
      const say = printed(table);
      expect(await say('checklist', 'headers')).toContain('  | Role | Can do |\n  | --- | --- |\n  | Admin | All |\n');
      expect(await say('checklist', 'headers', '--format', 'html')).toContain('<table><thead><tr><th>Role</th><th>Can do</th></tr></thead><tbody><tr><td>Admin</td><td>All</td></tr></tbody></table>');
      const json = JSON.parse(await say('checklist', 'headers', '--format', 'json'));
      expect(json.procedures[0].steps[0].blocks[1]).toEqual({ type: 'table', rows: [['Role', 'Can do'], ['Admin', 'All']] });
    }
  });
});
