/**
 * A locale's coverage in the status table is of the articles it has. An article added in one
 * language (a new fr-FR article zh-CN has not begun) left zh-CN's row at 100 % with nothing said:
 * on fr-fr and zh-cn's repositories, zh-CN read 99.2 % while 39 of 389 articles were not begun
 * (89.3 % with --locale zh-CN). The table now says which locales lack articles, and how many.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/program.js';
import { CONTENT, memoryIo, tempDir } from '../helpers.js';

const root = tempDir();
const content = path.join(root, 'content');
const locales = path.join(root, 'locales');
fs.cpSync(CONTENT, content, { recursive: true });
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

async function status(...args: string[]) {
  const m = memoryIo();
  const code = await runCli(['status', ...args, '--content', content, '--locales', locales, '--no-cache'], m.io);
  return { code, out: m.out(), err: m.err() };
}

describe('status of locales that lack some articles', () => {
  it('says how many articles each has not begun, under the totals; nothing when every locale has every article, or with --locale', async () => {
    const articles = fs.readdirSync(path.join(content, 'fr-FR')).filter((name) => name.endsWith('.md')).length;
    expect((await status()).out).not.toContain('Not begun');
    // A new French article, and one the French team has not had yet: zh-CN lacks one, fr-FR another.
    fs.copyFileSync(path.join(content, 'fr-FR', 'billing.md'), path.join(content, 'fr-FR', 'billing-new.md'));
    fs.rmSync(path.join(content, 'fr-FR', 'multichannel.md'));
    const { code, out } = await status();
    expect(code).toBe(0);
    expect(out).toContain(`Translation status: ${articles + 1} articles, 2 locales\n`);
    expect(out).toContain(
      [
        `Not begun: fr-FR lacks 1 of the ${articles + 1} articles, not counted above (status --locale fr-FR counts them to do)`,
        `Not begun: zh-CN lacks 1 of the ${articles + 1} articles, not counted above (status --locale zh-CN counts them to do)`,
      ].join('\n'),
    );
    expect((await status('--locale', 'zh-CN')).out).not.toContain('Not begun');
  });
});
