/**
 * The placeholder syntax only spares remark two failing attempts per placeholder: the skeleton's
 * tree must be remark's own, positions included, for placeholders in every place a pair can sit
 * and for every real article of the fixtures and the bundled content (the corpus sweep does the
 * same on every article of the corpus).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT, FIXTURES } from '../helpers.js';
import { bothTrees, skeletonOf } from './skeleton-trees.js';

const P = (i: number) => `<\uE000${i}>`;

const PLACES = [
  `${P(0)}`,
  `# <a name="x"></a>${P(0)}`,
  `${P(0)} ${P(1)}${P(2)}`,
  `**${P(0)}** and *${P(1)}*text and _${P(2)}_`,
  `**Bold**${P(0)} then ${P(1)}**bold**`,
  `1. ${P(0)}\n2. ${P(1)}\n\n   ${P(2)}\n   - ${P(3)}`,
  `> [!NOTE]\n> ${P(0)}`,
  `| ${P(0)} | ${P(1)} |\n|---|---|\n| ${P(2)} | \`${P(3)}\` |`,
  `[${P(0)}](https://example.com) and [x](<${P(1)}>) and <https://example.com>${P(2)}`,
  `<a href="${P(0)}">${P(1)}</a> <br/>${P(2)}`,
  `<table>\n<tr><td>${P(0)}</td></tr>\n</table>`,
  '`<\uE0000>` and ```<\uE0001>```',
  // The mark of an article that writes `<\uE000…` itself is another private-use character.
  '<\uE0010> **<\uF8FF1>** <\uE000<\uE0012>',
  // Not placeholders: left to the other constructs, as before.
  '<\uE000> <\uE000x> <\uE0001 <\uE0001x> <\uE000\uE0001> <\uE00012',
  '<b>bold</b> <!-- note --> <http://a.b> <\uE0001><i>',
  '<\uE000<b>bold</b> <\uE0001<i>x</i> <\uE0001<http://a.b>',
  `\\${P(0)} &lt;${P(1)}`,
];

function articles(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.md'))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

describe('placeholder syntax', () => {
  it.each(PLACES)('parses %j as remark does', (text) => {
    const { docflow, remark } = bothTrees(text);
    expect(docflow).toEqual(remark);
  });

  it('gives remark’s own tree for the skeleton of every real article at hand', () => {
    const files = [...articles(FIXTURES), ...articles(CONTENT)];
    expect(files.length).toBeGreaterThan(40);
    for (const file of files) {
      const { docflow, remark } = bothTrees(skeletonOf(fs.readFileSync(file, 'utf8')));
      expect(docflow, file).toEqual(remark);
    }
  });
});
