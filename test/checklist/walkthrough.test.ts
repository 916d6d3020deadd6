/**
 * The plain walkthrough (`run` without the full-screen UI: a screen reader, a log) gives a step's
 * links as the step screen does: numbered after their words, their addresses listed under it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/program.js';
import { folderWith, memoryIo } from '../helpers.js';

const dir = folderWith({
  'en-US/links.md': [
    '# Links', '',
    '1. Read [the guide](https://learn.microsoft.com/guide) and [the FAQ](https://learn.microsoft.com/faq).', '',
    '2. Then:', '   1. Open [the portal](https://portal.azure.com).', '   2. Check [the guide](https://learn.microsoft.com/guide) again.', '',
    '3. Select **Done**.', '',
  ].join('\n'),
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('the links of a step in the plain walkthrough', () => {
  it('are numbered after their words and listed under the step with their address, each once', async () => {
    const m = memoryIo();
    expect(await runCli(['run', 'links', '--plain', '--content', dir, '--locales', path.join(dir, 'locales'), '--no-cache'], m.io)).toBe(0);
    const out = m.out();
    expect(out).toContain('  Read the guide[1] and the FAQ[2].\n  [1] https://learn.microsoft.com/guide\n  [2] https://learn.microsoft.com/faq\n');
    expect(out).toContain('    a. Open the portal[1].\n    b. Check the guide[2] again.\n  [1] https://portal.azure.com\n  [2] https://learn.microsoft.com/guide\n');
    expect(out).toMatch(/Step 3 of 3\n {2}Select Done\.\n/);
  });
});
