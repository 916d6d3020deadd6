/**
 * A note in a section that has no steps ("## Before you begin" holding only `> [!NOTE]`) was
 * kept in the catalog but shown by no flow: the walkthrough, the screen and the checklist
 * went from the intro to step 1 without it.
 */
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cliRun, folderWith, removeTempDirs } from '../helpers.js';

afterAll(removeTempDirs);

const content = folderWith({
  'en-US/setup.md': [
    '# Set up billing', '', 'Intro text.', '',
    '## Before you begin', '', '> [!NOTE]', '> You need the billing admin role.', '',
    '## Steps', '', '1. Select **Billing**.', '2. Select **Save**.', '',
    '## Afterwards', '', '> [!IMPORTANT]', '> Changes take a day to show.', '',
    '## Undo', '', '1. Select **Billing**.', '2. Select **Undo**.', '',
  ].join('\n'),
});

const cli = (...args: string[]) => cliRun([...args, '--content', content, '--locales', path.join(content, 'locales'), '--no-cache']);

describe('a note in a section without steps', () => {
  it('before the procedures is read with the intro, by every flow', async () => {
    for (const flow of ['setup#1', 'setup#2']) {
      const { code, out } = await cli('run', flow, '--plain');
      expect(code).toBe(0);
      expect(out).toContain('Intro text.\nNote: You need the billing admin role.\n');
    }
  });

  it('after a procedure is read at its end, and in the checklist', async () => {
    const first = (await cli('run', 'setup#1', '--plain')).out;
    expect(first).toMatch(/Step 2 of 2\n[\s\S]*Important: Changes take a day to show\.\n[\s\S]*Done/);
    expect((await cli('run', 'setup#2', '--plain')).out).not.toContain('Changes take a day');
    const checklist = (await cli('checklist', 'setup')).out;
    expect(checklist).toContain('> **Note**: You need the billing admin role.');
    expect(checklist).toMatch(/Select \*\*Save\*\*\.\n\n> \*\*Important\*\*: Changes take a day to show\.\n\n## Undo/);
  });
});
