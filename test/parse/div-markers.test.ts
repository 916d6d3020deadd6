/**
 * DocFX's div markers in a plain article (`> [!div class="checklist"]` before a tutorial's list,
 * `> [!div class="mx-imgBorder"]` around a screenshot, `> [!div class="nextstepaction"]` around
 * a link) say how Docs draws the quote: no note, and no text to translate, as the same lines
 * outside the pairs of a side-by-side article are. They were shown as a note that read
 * "Note: [!div class="checklist"]", and extracted as a string for translators.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/program.js';
import { folderWith, memoryIo } from '../helpers.js';

const ARTICLE = [
  '# Create a thing',
  '',
  'In this tutorial, you learn how to:',
  '',
  '> [!div class="checklist"]',
  '> * Create a thing',
  '> * Delete a thing',
  '',
  '1. Open the page.',
  '',
  '   > [!div class="mx-imgBorder"]',
  '   > ![The page, open.](media/page.png)',
  '',
  '2. Select **Close**.',
  '',
  '> [!div class="nextstepaction"]',
  '> [Configure the thing](configure.md)',
  '',
].join('\n');

describe('div markers in a plain article', () => {
  const dir = folderWith({ 'en-US/create.md': ARTICLE });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const cli = async (...args: string[]) => {
    const m = memoryIo();
    expect(await runCli([...args, '--content', dir, '--locales', path.join(dir, 'locales'), '--no-cache'], m.io)).toBe(0);
    return m.out();
  };

  it('are neither notes nor text in the walkthrough and the checklist', async () => {
    const plain = await cli('run', 'create', '--plain');
    expect(plain).toContain('In this tutorial, you learn how to:\n  • Create a thing\n  • Delete a thing\n');
    expect(plain).toContain('Step 1 of 2\n  Open the page.\n  [Image: The page, open.]\n');
    const markdown = await cli('checklist', 'create', '--format', 'md');
    for (const out of [plain, markdown]) {
      expect(out).not.toContain('[!div');
      expect(out).not.toMatch(/Note/);
    }
  });

  it('are no strings for translators', async () => {
    await cli('extract');
    const strings = Object.values(JSON.parse(fs.readFileSync(path.join(dir, 'locales', 'en-US', 'create.json'), 'utf8')) as Record<string, string>);
    expect(strings).toContain('Create a thing');
    expect(strings.filter((s) => s.includes('[!div'))).toEqual([]);
  });
});
