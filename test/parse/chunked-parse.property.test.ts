/**
 * A long text parsed in pieces gives the tree remark gives it whole (the oracle), positions
 * included: on any arrangement of the blocks that can reach across a cut (fences and raw HTML
 * left open or closed, lists, quotes, tables, indented code, definitions), with small pieces so
 * every text is cut many times; and on the real fixtures.
 */
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { chunkedBlocks, chunkedParse, cutPoints } from '../../src/parse/chunked-parse.js';
import remarkGfmStructure from '../../src/parse/gfm-structure.js';
import { buildSkeleton } from '../../src/parse/skeleton.js';
import { scanSegments } from '../../src/parse/scan-segments.js';
import { FIXTURES } from '../helpers.js';
import type { Root } from 'mdast';

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfmStructure).freeze();
const whole = (text: string) => processor.parse(text) as Root;
const commonMark = unified().use(remarkParse).use(remarkGfmStructure).freeze();

/**
 * The oracle: remark's tree of the whole text, but for a first line `---` that no later line
 * closes, which is no front matter but a thematic break (CommonMark, markdig): there remark's
 * front matter extension, failing, leaves every list and quote after it a paragraph
 * (micromark-extension-frontmatter#5), and the tree is remark's without that extension.
 */
function oracle(text: string): Root {
  const lines = text.replace(/^\uFEFF/, '').split('\n');
  const fence = (line: string) => /^---[ \t]*\r?$/.test(line);
  const unclosed = lines.length > 1 && fence(lines[0]!) && !lines.slice(1).some(fence);
  return (unclosed ? commonMark.parse(text) : whole(text)) as Root;
}

const BLOCKS = [
  '# Add a customer',
  '## <a name="x"></a><0>',
  'A paragraph with *emphasis* and a [link](https://example.com).',
  'lazy\ncontinuation',
  '1. First step\n2. Second step',
  '3. Third step',
  '1) A step\n2) Another',
  '* star item',
  '+ plus item\n+ another',
  '-',
  '2.',
  '* * *',
  '- - -',
  'Foo\n-',
  '- a\n\n  more of a',
  '- a\n  > quoted in a\n- b',
  '1. A step\n\n   ```\n   code in a step',
  '- item\n  - nested item',
  '> a quote\n> - with a list',
  '> [!NOTE]\n> A note',
  '| a | b |\n|---|---|\n| <1> | <2> |',
  '    indented code',
  '```',
  '```bash\necho hi\n```',
  '~~~~\ntilde fence',
  '<!-- a comment',
  '-->',
  '<!-- closed -->',
  '<pre>',
  '</pre>',
  '<table>\n<tr><td><3></td></tr>\n</table>',
  '<div>\n```\n</div>',
  '[ref]: https://example.com',
  'A [ref] and a [^1].',
  '[^1]: A footnote',
  '---',
  'Title\n=====',
  '',
];

/** Markdown of any arrangement of the blocks, after any front matter. */
function markdownTexts() {
  const block = fc.constantFrom(...BLOCKS);
  const separator = fc.constantFrom('\n', '\n\n', '\n\n\n', '\r\n\r\n');
  const frontMatter = fc.constantFrom(
    '',
    '---\ntitle: x\n\n# a YAML comment\n---\n',
    '---\n# never closed\n\n',
    '---\n---\n',
    '---\n\n---\n',
    '--- \t\r\ntitle: x\r\nms.date: 1\r\n---  \r\n',
    '---\ntitle: a\rlone return\n---\n',
    '---\nlast: line\n---',
    '---\nx: 1\n---   \n',
    '---\n----\nx: --- \n---\n',
    '---\nx: 1\n---\n---\n',
    '---\t\nx: 1\n---\t\n',
  );
  return fc
    .tuple(frontMatter, fc.array(fc.tuple(block, separator), { minLength: 0, maxLength: 60 }))
    .map(([head, parts]) => head + parts.map(([b, s]) => b + s).join(''));
}

/** A tree's positions one character later: after a byte order mark on the first line. */
function afterMark<T>(node: T): T {
  const { position, children } = node as { position?: { start: { line: number; column: number; offset?: number }; end: { line: number; column: number; offset?: number } }; children?: unknown[] };
  for (const point of position ? [position.start, position.end] : []) {
    if (point.line === 1) point.column++;
    if (point.offset !== undefined) point.offset++;
  }
  children?.forEach(afterMark);
  return node;
}

describe('parsing a long text in pieces', () => {
  it('gives the whole text’s tree for any arrangement of blocks (fixed seed)', () => {
    fc.assert(
      fc.property(markdownTexts(), (markdown) => {
        expect(chunkedParse(whole, markdown, 40)).toEqual(oracle(markdown));
      }),
      { seed: Number(process.env.FC_SEED ?? 8), numRuns: Number(process.env.FC_RUNS ?? 3000) },
    );
  }, 600_000);

  it('after a byte order mark, gives the same tree at the text’s own offsets (micromark leaves the mark out of its own)', () => {
    fc.assert(
      fc.property(markdownTexts(), (markdown) => {
        // The oracle: the text without its mark, parsed as a whole, one character later.
        expect(chunkedParse(whole, `\uFEFF${markdown}`, 40)).toEqual(afterMark(oracle(markdown)));
      }),
      { seed: 20261204, numRuns: 500 },
    );
  }, 600_000);

  it('cuts long texts, and gives the whole tree for every fixture, skeleton and full text', () => {
    let cut = 0;
    for (const entry of fs.readdirSync(FIXTURES, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || !entry.name.endsWith('.md')) continue;
      const text = fs.readFileSync(path.join(entry.parentPath, entry.name), 'utf8');
      const { segments } = scanSegments(text);
      for (const markdown of [text, buildSkeleton(text, segments)!.text]) {
        if (cutPoints(markdown, 512).length > 0) cut++;
        expect(chunkedParse(whole, markdown, 512)).toEqual(whole(markdown));
      }
    }
    expect(cut).toBeGreaterThan(5);
  });

  it('parses a text with an unclosed fence before every heading in linear time', () => {
    const text = `\`\`\`\n${'\n# heading\n\ntext\n'.repeat(5000)}`;
    const calls: number[] = [];
    const tree = chunkedParse((piece) => (calls.push(piece.length), whole(piece)), text, 64);
    expect(tree).toEqual(whole(text));
    expect(calls.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(2 * text.length);
  });

  it('cuts a long list between its items and joins the pieces\' lists into the one list of the whole text', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('1. step', '2. step\n   more of it', '10. step\n\n    indented in it', 'lazy line', '- other marker', '1) other delimiter', '   - nested', '```\n1. in a fence\n```', '', '* * *'), { minLength: 20, maxLength: 200 }),
        fc.constantFrom('\n', '\n\n'),
        (lines, separator) => {
          const markdown = `# Steps\n\n${lines.join(separator)}\n`;
          expect(chunkedParse(whole, markdown, 16)).toEqual(whole(markdown));
        },
      ),
      { seed: 20261205, numRuns: 600 },
    );
    // One list of 2,000 items: parsed in pieces, each about the piece's size, joined whole.
    const list = Array.from({ length: 2000 }, (_, i) => `${i + 1}. Select **Settings**, then option ${i + 1}.`).join('\n');
    const calls: number[] = [];
    const tree = chunkedParse((piece) => (calls.push(piece.length), whole(piece)), `# A long list\n\n${list}\n`, 512);
    expect(tree).toEqual(whole(`# A long list\n\n${list}\n`));
    expect(tree.children).toHaveLength(2);
    expect(calls.length).toBeGreaterThan(100);
    expect(Math.max(...calls)).toBeLessThan(1024);
    // 600 property runs: 6-8 s alone, 25 s on the shared box under load (a timeout is no performance goal).
  }, 120_000);

  it('streams: each block arrives after its own piece is parsed, not the whole text', () => {
    const text = Array.from({ length: 50 }, (_, i) => `# Section ${i}\n\n1. step one\n2. step two\n`).join('\n');
    const calls: number[] = [];
    const blocks = chunkedBlocks((piece) => (calls.push(piece.length), whole(piece)), text, { size: 64 });
    const first = blocks.next();
    expect(first.value).toMatchObject({ type: 'heading', position: { start: { line: 1, offset: 0 } } });
    expect(calls).toHaveLength(1);
    expect(calls[0]).toBeLessThan(text.length / 10);
    const rest = [...blocks];
    expect(calls.length).toBeGreaterThan(10);
    expect([first.value, ...rest]).toEqual(whole(text).children);
  });
});
