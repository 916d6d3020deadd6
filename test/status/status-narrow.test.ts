/**
 * status on a narrow terminal (a 40-column pane beside an editor): the table was printed 100
 * columns wide whatever the terminal, which folded each row mid-number ("un / translated"), and a
 * stale sentence's old and new English ran on from the pane's first column. Now each row is a
 * block of named counts and the sentences wrap under their label; a pipe or a file keeps the table.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/program.js';
import { displayWidth } from '../../src/text/display-width.js';
import { CONTENT, memoryIo, tempDir } from '../helpers.js';

const SLUG = 'add-a-new-customer';
const root = tempDir();
const content = path.join(root, 'content');
const locales = path.join(root, 'locales');
fs.cpSync(CONTENT, content, { recursive: true });
// A newer English hand-off (zh-CN's) rewords the title: fr-FR's translation of it is stale.
const chinese = path.join(content, 'zh-CN', `${SLUG}.md`);
fs.writeFileSync(
  chinese,
  fs
    .readFileSync(chinese, 'utf8')
    .replace('-103">Add a new customer<', '-103">Add a new customer record in Partner Center<')
    .replace(/ms\.lasthandoff: .*/, 'ms.lasthandoff: 01/15/2020')
    .replace(/ms\.openlocfilehash: .*/, 'ms.openlocfilehash: 0123456789abcdef0123456789abcdef01234567'),
);
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

async function status(columns?: number): Promise<string> {
  const m = memoryIo();
  if (columns) Object.assign(m.io.stdout, { isTTY: true, columns });
  expect(await runCli(['status', SLUG, '--content', content, '--locales', locales, '--no-cache'], m.io)).toBe(0);
  return m.out();
}

describe('status on a terminal narrower than its table', () => {
  it('fits 40 columns: a block a row with its counts named, the old and new English wrapped under their label', async () => {
    const piped = await status();
    const narrow = await status(40);
    // What the table says, read off the piped one: fr-FR's row.
    const [, segments, translated, stale, untranslated, human, machine, edited, , coverage] = /^fr-FR +(\d+) +(\d+) +(\d+) +(\d+) +(\d+) +(\d+) +(\d+) +([█░]+) +([\d.]+%)$/m.exec(piped)!;
    expect(stale).toBe('1');
    const lines = narrow.trimEnd().split('\n');
    // Nothing wider than the pane but a file path, which is never cut (a reader copies it).
    expect(lines.filter((line) => displayWidth(line) > 40 && !/^\s*\S+$/.test(line))).toEqual([]);
    const block = narrow.slice(narrow.indexOf('\nfr-FR\n') + 1).split('\n\n')[0]!.split('\n').slice(0, 5).join(' ').replace(/\s+/g, ' ');
    expect(block).toContain(`${coverage}`);
    expect(block).toContain(`${segments} sentences: ${translated} translated, ${stale} stale, ${untranslated} untranslated; human ${human}, machine ${machine}, edited ${edited}`);
    expect(narrow).toContain('      was: Add a new customer\n');
    expect(narrow).toMatch(/\n {6}now: Add a new customer record in\n {11}Partner Center\n/);
  });

  it('keeps the table where it fits (200 columns), and a row a line down a pipe', async () => {
    const piped = await status();
    expect(piped).toMatch(/^locale +sentences +translated +stale +untranslated +human +machine +edited +coverage$/m);
    expect(piped).toContain('      now: Add a new customer record in Partner Center\n');
    expect(await status(200)).toBe(piped);
  });
});
