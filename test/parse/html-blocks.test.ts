/**
 * Raw HTML blocks in a plain (monolingual) article: DocFX renders them, so their text is the
 * reader's and the translator's (it reached no segment, no step and no checklist before).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/parse/parse-document.js';
import { cliRun, folderWith } from '../helpers.js';

const ARTICLE = `---
title: Fill the form
---

# Fill the form

## Steps

1. Read the details:

   <details>
   <summary>Why a tenant?</summary>
   A tenant holds your <b>users</b> and apps.<br/>It is created once.
   </details>

2. Fill in the form:

   <table>
     <tr><th>Field</th><th>Value</th></tr>
     <tr><td>Name</td><td>Contoso</td></tr>
   </table>

3. Pick one:

   <ul>
     <li>Contoso <!-- the usual --></li>
     <li>Fabrikam</li>
   </ul>

4. Select **Save**.

<div class="note">Only admins can save.</div>
<script>alert("not text")</script>
`;


describe('raw HTML blocks of a plain article', () => {
  const { document } = parseDocument(ARTICLE, { path: 'fill-the-form.md', locale: 'en-US' });
  const strings = document.segments.map((s) => s.source);

  it('give the translator their text, one string per cell, item, summary or paragraph, inline tags kept', () => {
    expect(strings).toEqual([
      'Fill the form',
      'Steps',
      'Read the details:',
      'Why a tenant?',
      'A tenant holds your <b>users</b> and apps.',
      'It is created once.',
      'Fill in the form:',
      'Field',
      'Value',
      'Name',
      'Contoso',
      'Pick one:',
      'Contoso',
      'Fabrikam',
      'Select **Save**.',
      'Only admins can save.',
    ]);
    // Each string is the file's text where it stands (apply writes back by slicing there).
    for (const segment of document.segments) expect(ARTICLE.slice(segment.sourceStart, segment.sourceEnd)).toBe(segment.source);
  });

  it('in a note, lose the note\'s `>` at the start of their lines', () => {
    const quoted = '# Quoted\n\n1. One:\n\n   > [!NOTE]\n   > <table>\n   > <tr><td>\n   > Name</td><td>Contoso</td></tr>\n   > </table>\n\n2. Two.\n';
    const { document: note } = parseDocument(quoted, { path: 'quoted.md', locale: 'en-US' });
    expect(note.segments.map((s) => s.source)).toEqual(['Quoted', 'One:', 'Name', 'Contoso', 'Two.']);
  });

  it('keep each cell in its column under a rowspan or beside a colspan, every cell of a longer row shown', () => {
    const spanned = '# Spans\n\n1. One:\n\n   <table>\n   <tr><th>Kind</th><th>Type</th><th>How</th></tr>\n   <tr><td rowspan="2">Recurring</td><td>Cycle</td><td rowspan=2>Sum it</td></tr>\n   <tr><td>Renewal</td></tr>\n   <tr><td colspan="2">Taxes</td><td>Add</td><td>Extra</td></tr>\n   </table>\n\n2. Two.\n';
    const { document: doc } = parseDocument(spanned, { path: 'spans.md', locale: 'en-US' });
    const table = doc.procedures[0]!.steps[0]!.blocks[1];
    const text = new Map(doc.segments.map((s) => [s.n, s.source]));
    const cells = table?.type === 'table' ? table.rows.map((row) => row.map((cell) => cell.map((part) => ('n' in part ? text.get(part.n) : part.literal)).join(' '))) : table?.type;
    expect(cells).toEqual([
      ['Kind', 'Type', 'How'],
      ['Recurring', 'Cycle', 'Sum it'],
      ['', 'Renewal', ''],
      ['Taxes', '', 'Add', 'Extra'],
    ]);
  });

  it('are blocks of their step: a table, a list, paragraphs', () => {
    const [, form, pick] = document.procedures[0]!.steps;
    expect(form!.blocks.map((b) => b.type)).toEqual(['text', 'table']);
    expect(pick!.blocks.map((b) => b.type)).toEqual(['text', 'list']);
    expect(document.procedures[0]!.epilogue).toHaveLength(1);
  });

  it('show in the checklist and the plain run', async () => {
    const dir = folderWith({ 'en-US/fill-the-form.md': ARTICLE });
    const locales = path.join(dir, 'locales');
    const checklist = await cliRun(['checklist', 'fill-the-form', '--content', dir, '--locales', locales, '--locale', 'en-US']);
    expect(checklist.code).toBe(0);
    expect(checklist.out).toContain('| Name | Contoso |');
    expect(checklist.out).toContain('Why a tenant?');
    expect(checklist.out).toMatch(/\* Fabrikam/);
    expect(checklist.out).toContain('Only admins can save.');
    expect(checklist.out).not.toContain('not text');
    const run = await cliRun(['run', 'fill-the-form', '--plain', '--content', dir, '--locales', locales, '--locale', 'en-US']);
    expect(run.out).toContain('It is created once.');
    expect(run.out).toContain('| Field | Value |');
    const extract = await cliRun(['extract', '--content', dir, '--locales', locales]);
    expect(extract.code).toBe(0);
    const resources = JSON.parse(fs.readFileSync(path.join(locales, 'en-US', 'fill-the-form.json'), 'utf8')) as Record<string, string>;
    expect(Object.values(resources)).toContain('Fabrikam');
  });

  it('show a picture by its alt text, alone or in a table cell, on every surface', async () => {
    const dir = folderWith({
      'en-US/save.md': `# Save a report

1. Select **Save**.

   <p>
   <img src="media/save.png" alt="Screenshot of the Save button highlighted">
   </p>

2. Compare:

   <table>
   <tr><td>Saved</td><td><img src='media/check.png' alt='Green check mark'/></td></tr>
   </table>
`,
    });
    const options = ['--content', dir, '--locales', path.join(dir, 'locales'), '--locale', 'en-US'];
    // Before: step 1 showed nothing of the picture (the tag held no text), the cell stood empty.
    const run = await cliRun(['run', 'save', '--plain', ...options]);
    expect(run.out).toContain('  [Image: Screenshot of the Save button highlighted]\n');
    expect(run.out).toContain('| Saved | [Image: Green check mark] |');
    const checklist = await cliRun(['checklist', 'save', ...options]);
    expect(checklist.out).toContain('\\[Image: Screenshot of the Save button highlighted\\]');
    const page = await cliRun(['checklist', 'save', '--format', 'html', ...options]);
    expect(page.out).toContain('<span class="image">[Image: Screenshot of the Save button highlighted]</span>');
  });
});
