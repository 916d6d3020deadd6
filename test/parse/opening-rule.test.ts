/**
 * An article whose first line is `---` with no line closing it: a thematic break, as CommonMark
 * and markdig (DocFX) read it, not front matter. remark's front matter extension, trying it,
 * left every list and quote after it a paragraph (micromark-extension-frontmatter#5): such an
 * article (one that opens with a rule, or whose front matter lost its closing fence) had no
 * procedure at all.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/program.js';
import { folderWith, memoryIo } from '../helpers.js';

const BODY = '# Reset a password\n\n1. Open **Users**.\n2. Select **Reset password**.\n\n> [!NOTE]\n> The user signs in again.\n';

describe('an article that opens with `---` and never closes it', () => {
  const dir = folderWith({
    'en-US/rule.md': `---\n\n${BODY}`,
    'en-US/unclosed.md': `---\ntitle: Reset a password\nms.date: 01/02/2024\n\n${BODY}`,
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const cli = async (...args: string[]) => {
    const m = memoryIo();
    const code = await runCli([...args, '--content', dir, '--locales', path.join(dir, 'locales'), '--no-cache'], m.io);
    return { code, out: m.out(), err: m.err() };
  };

  it('keeps its procedure, its steps and the note after them', async () => {
    const listed = JSON.parse((await cli('list', '--json')).out) as { id: string; steps: number }[];
    expect(listed).toEqual([
      { id: 'rule', title: 'Reset a password', steps: 2 },
      { id: 'unclosed', title: 'Reset a password', steps: 2 },
    ]);
    for (const flow of ['rule', 'unclosed']) {
      const { code, out } = await cli('run', flow, '--plain');
      expect(code).toBe(0);
      expect(out).toContain('Step 2 of 2\n  Select Reset password.\n');
      // The note after the list, a quote of the article's own, read as one.
      expect(out).toContain('\nNote: The user signs in again.\n');
    }
  });
});
