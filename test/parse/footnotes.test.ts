/**
 * Markdown footnotes in a plain article read as on the rendered page (DocFX, GitHub): the text
 * shows a superscript number where it refers to a note, and the note shows its number; numbers
 * go by the order the article first refers to its notes. The strings keep their markup.
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cliRun, folderWith, contentOptions } from '../helpers.js';

const ARTICLE = `---
title: Back up a server
---

# Back up a server

Backups are kept for 30 days.[^retention]

## Start a backup

1. Open the **Backup** page.[^1]
2. Select **Start**. The backup takes about an hour[^2] for most servers.
3. Type \`[^1]\` where no note is meant, or [^none].

[^1]: You need the Backup Operator role.
[^2]: Longer for servers with more than 1 TB
    of data, or with many small files.
[^retention]: Set by your administrator.
`;

describe('footnotes', () => {
  it('are numbered where the text refers to them and where they are defined, in run --plain', async () => {
    const dir = folderWith({ 'content/en-US/backup.md': ARTICLE });
    const run = await cliRun(['run', 'backup', '--plain', ...contentOptions(dir, 'en-US')]);
    // Before: "Open the Backup page.[^1]", and the notes without their numbers.
    expect(run.out).toContain('Backups are kept for 30 days.¹\n');
    expect(run.out).toContain('  Open the Backup page.²\n');
    expect(run.out).toContain('The backup takes about an hour³ for most servers.');
    expect(run.out).toContain('² You need the Backup Operator role.\n');
    expect(run.out).toContain('³ Longer for servers with more than 1 TB of data, or with many small files.\n');
    expect(run.out).toContain('¹ Set by your administrator.\n');
    // Markup that is no reference stays as written.
    expect(run.out).toContain('Type [^1] where no note is meant, or [^none].');
  });

  it('are numbered on the checklist page, the strings keeping their markup for translators', async () => {
    const dir = folderWith({ 'content/en-US/backup.md': ARTICLE });
    const checklist = await cliRun(['checklist', 'backup', ...contentOptions(dir, 'en-US')]);
    expect(checklist.out).toContain('- [ ] Open the **Backup** page.²\n');
    expect(checklist.out).toContain('² You need the Backup Operator role.');
    await cliRun(['extract', ...contentOptions(dir)]);
    const strings = JSON.parse(fs.readFileSync(`${dir}/locales/en-US/backup.json`, 'utf8')) as Record<string, string>;
    expect(Object.values(strings)).toContain('Open the **Backup** page.[^1]');
  });

  it('are listed by number, as the page lists them, whatever order they are defined in', async () => {
    const dir = folderWith({
      'content/en-US/notes.md': `# Sign in

1. Open the portal.[^portal] Sign in with your work account.[^account]
2. Select **Continue**.

[^account]: A personal account cannot sign in.
[^unused]: A note nothing refers to.
[^portal]: The address your administrator gave you.
`,
    });
    const run = await cliRun(['run', 'notes', '--plain', ...contentOptions(dir, 'en-US')]);
    // Before: ² then ¹, as written, and the unreferenced note with its raw "[^unused]" marker.
    expect(run.out).toContain('¹ The address your administrator gave you.\n² A personal account cannot sign in.\n');
    expect(run.out).not.toContain('A note nothing refers to');
    const checklist = await cliRun(['checklist', 'notes', ...contentOptions(dir, 'en-US')]);
    expect(checklist.out).toContain('¹ The address your administrator gave you.\n\n² A personal account cannot sign in.\n');
  });

  it('are listed after each procedure that refers to them, wherever the article defines them', async () => {
    const dir = folderWith({
      'content/en-US/two.md': `# Back up and restore

## Start a backup

1. Open the **Backup** page.[^role]
2. Select **Start**.

## Restore

1. Open the **Restore** page.
2. Select **Restore**.[^time]

## Notes

[^time]: A restore takes about an hour.
[^role]: You need the Backup Operator role.
`,
    });
    // Before: the first procedure showed ¹ and no note (both were lost under "Notes", a section without steps).
    const first = await cliRun(['run', 'two#1', '--plain', ...contentOptions(dir, 'en-US')]);
    expect(first.out).toContain('  Open the Backup page.¹\n');
    expect(first.out).toContain('¹ You need the Backup Operator role.\n');
    expect(first.out).not.toContain('A restore takes about an hour.');
    const second = await cliRun(['checklist', 'two#2', ...contentOptions(dir, 'en-US')]);
    expect(second.out).toContain('- [ ] Select **Restore**.²\n\n² A restore takes about an hour.');
    expect(second.out).not.toContain('Backup Operator');
  });
});
