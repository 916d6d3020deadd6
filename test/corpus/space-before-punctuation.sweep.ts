/**
 * `space-before-punctuation` says where the space is: on the whole zh-cn corpus, every finding's
 * line and column is where a plain scan of the raw file finds a space before CJK punctuation in
 * a pair's translation, and every such space is a finding (559 of them). The scan shares no code
 * with the parser or the rule: a regular expression for the pairs, another for the space, and
 * the line and column (UTF-16, 1-based) counted in the file's text.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/program.js';
import { memoryIo, tempDir } from '../helpers.js';
import { CORPUS } from './corpus-folders.js';

const root = path.join(CORPUS, 'partner-center-pr.zh-cn');
const locales = tempDir();
afterAll(() => fs.rmSync(locales, { recursive: true, force: true }));

/** A pair's translation: what its opening tag and the English's tag hold between them. */
const PAIR = /<span data-ttu-id="[0-9A-Za-z]+-\d+">([^]*?)<\/span><span class="sxs-lookup">/g;
/** The spaces before a CJK or Arabic mark, after something that is no space: the first of them is the one said. */
const SPACE = /(?<=\S)[ \t\u00a0\u3000]+(?=[。、，．！？：；）」』】》〉،؛؟])/gu;

function rawSpaces(): string[] {
  const found: string[] = [];
  for (const entry of fs.readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.md')) continue;
    const file = path.join(entry.parentPath, entry.name);
    const text = fs.readFileSync(file, 'utf8');
    for (const pair of text.matchAll(PAIR)) {
      const start = pair.index + pair[0].indexOf('>') + 1;
      for (const space of pair[1]!.matchAll(SPACE)) {
        const offset = start + space.index;
        const line = text.slice(0, offset).split('\n').length;
        found.push(`${file}:${line}:${offset - text.lastIndexOf('\n', offset - 1)}`);
      }
    }
  }
  return found.sort();
}

describe.skipIf(!fs.existsSync(root))('space-before-punctuation on the zh-cn corpus', () => {
  it('says each finding at the line and column where the raw file has the space', async () => {
    const { io, out } = memoryIo();
    await runCli(['lint', '--no-cache', '--content', root, '--locales', locales, '--format', 'json'], io);
    const said = (JSON.parse(out()) as { file: string; line: number; column: number; ruleId: string }[])
      .filter((finding) => finding.ruleId === 'docflow:space-before-punctuation')
      .map((finding) => `${finding.file}:${finding.line}:${finding.column}`)
      .sort();
    expect(said).toHaveLength(559);
    expect(said).toEqual(rawSpaces());
  });
});
