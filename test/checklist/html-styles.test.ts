/**
 * Bold and italics written as HTML (`<strong>`, `<b>`, `<em>`, `<i>`), as a side-by-side
 * article's HTML table writes its cells' labels, are bold and italics on every surface, as a
 * browser shows them. Before, the tags went with their styling: "Administrateur de facturation",
 * bold in the article, was plain text in the checklists and in the app.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { folderWith, printedIn, removeTempDirs } from '../helpers.js';
import { inlineRuns } from '../../src/text/inline-runs.js';
import { safeMarkdown } from '../../src/checklist/safe-markdown.js';

afterAll(removeTempDirs);

describe('an HTML table cell’s bold, in a side-by-side article', () => {
  const dir = folderWith({ 'content/fr-FR/create-user-accounts-table.md': { fixture: 'html-table/fr-FR/create-user-accounts-table.md' } });
  const printed = printedIn(dir, 'fr-FR');

  it('is bold in the markdown checklist', async () => {
    const checklist = await printed('checklist', 'create-user-accounts-table');
    expect(checklist).toContain('| **Administrateur de facturation** | • Peut accéder');
    expect(checklist).toContain('| **Administrateur de gestion des utilisateurs** | • Afficher');
  });

  it('is bold in the HTML checklist', async () => {
    const page = await printed('checklist', 'create-user-accounts-table', '--format', 'html');
    expect(page).toContain('<td><strong>Administrateur de facturation</strong></td>');
  });

  it('is a bold run in the app', () => {
    expect(inlineRuns('<strong>Administrateur de facturation</strong>')).toEqual([{ text: 'Administrateur de facturation', strong: true }]);
  });
});

describe('HTML bold and italics in a sentence', () => {
  it('are runs of their style, `<b>` and `<i>` as `<strong>` and `<em>`, nested as written', () => {
    expect(inlineRuns('Select <b>Save</b>, then <em>wait <strong>here</strong></em>.')).toEqual([
      { text: 'Select ' },
      { text: 'Save', strong: true },
      { text: ', then ' },
      { text: 'wait ', emphasis: true },
      { text: 'here', strong: true, emphasis: true },
      { text: '.' },
    ]);
  });

  it('leave a tag that is never closed as it was: gone, its words plain', () => {
    expect(inlineRuns('Select <b>Save.')).toEqual([{ text: 'Select Save.' }]);
  });

  it('are markdown bold and italics in published markdown, and words alone where the markdown could not say them', () => {
    expect(safeMarkdown('Select <b>Save</b> or <i>Cancel</i>.')).toBe('Select **Save** or *Cancel*.');
    // `**` cannot close after ")" and before a letter: the words stay, without their tags.
    expect(safeMarkdown('<strong>(Save)</strong>s')).toBe('(Save)s');
  });
});
