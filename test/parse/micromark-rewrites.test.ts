/**
 * The bundles rewrite the parser where it is slow (scripts/from-markdown-reuse.mjs,
 * scripts/micromark-combined-once.mjs, scripts/subtokenize-map-jumps.mjs). The oracle is the
 * same code bundled without them: remark-parse with GFM and front matter, and from-markdown with
 * no extensions (as docflow parses a sentence), parsing one text after the other, must give the
 * same trees, positions included, for any arrangement of the constructs those loops handle
 * (nested lists and quotes, tables, task lists, footnotes, HTML, references and emphasis over
 * many lines: what a reused compiler could carry from one parse to the next) and for every real
 * fixture.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Plugin } from 'esbuild';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error: build scripts, plain JavaScript.
import { fromMarkdownReuse } from '../../scripts/from-markdown-reuse.mjs';
// @ts-expect-error: build scripts, plain JavaScript.
import { micromarkCombinedOnce } from '../../scripts/micromark-combined-once.mjs';
// @ts-expect-error: build scripts, plain JavaScript.
import { sourceRewrite } from '../../scripts/source-rewrite.mjs';
// @ts-expect-error: build scripts, plain JavaScript.
import { subtokenizeMapJumps } from '../../scripts/subtokenize-map-jumps.mjs';
import { FIXTURES } from '../helpers.js';

type Parse = (text: string) => unknown;

// Two parsers with different extensions, used in turn: what one keeps must not serve the other.
const PIPELINE = `
import { fromMarkdown } from 'mdast-util-from-markdown';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).freeze();
export const parse = (text) => [processor.parse(text), fromMarkdown(text)];
`;

// Bundles are imported from files (not data: addresses), so a failure's stack reads.
const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'docflow-rewrites-'));
afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

async function bundled(plugins: Plugin[]): Promise<{ code: string; parse: Parse }> {
  const result = await build({ stdin: { contents: PIPELINE, resolveDir: process.cwd() }, bundle: true, format: 'esm', platform: 'node', write: false, plugins, logLevel: 'silent' });
  const code = result.outputFiles[0]!.text;
  const file = path.join(folder, `pipeline-${plugins.length}.mjs`);
  fs.writeFileSync(file, code);
  const { parse } = (await import(pathToFileURL(file).href)) as { parse: Parse };
  return { code, parse };
}

const BLOCKS = [
  '# Add a customer',
  '## <a name="x"></a><\uE0000>',
  'A paragraph with *emphasis*, **bold** and a [link](https://example.com)\nover two lines.',
  '1. First step\n2. Second step\n\n   Still the second\n3. Third',
  '- item\n  - nested item\n    1. deeper\n- [ ] a task\n- [x] done',
  '> a quote\n> - with a list\n>   > and a quote in it',
  '> [!NOTE]\n> A note\nlazy line',
  '| a | b |\n|:--|--:|\n| <\uE0001> | <\uE0002> |\n| `x \\| y` | ~~gone~~ |',
  '    indented code',
  '```bash\necho hi\n```',
  '<table>\n<tr><td><\uE0003></td></tr>\n</table>',
  '<div>\n*not emphasis*\n</div>',
  '[ref]: https://example.com "title"',
  'A [ref] and a footnote[^1], www.example.com and <https://example.com>.',
  '[^1]: A footnote\n    with more',
  'An unfinished [label] [ref',
  '![image][ref] and [full][ref] and [collapsed][]',
  '```\nan open fence',
  '1. a list left open',
  'Title\n=====',
  '***',
  '',
];

describe('the bundles’ rewritten parser loops', () => {
  it('give remark’s own tree for any arrangement of blocks, and every fixture', async () => {
    const [rewritten, original] = await Promise.all([bundled([fromMarkdownReuse, micromarkCombinedOnce, subtokenizeMapJumps]), bundled([])]);
    // The rewrites are in the one bundle and not in the other, so the comparison means something.
    for (const marker of [/shared\.sliceSerialize =/, /jumps\.has\(/, /keptPerList\d*\(COMPILERS\d*,/, /keptPerList\d*\(COMBINED\d*,/]) {
      expect(rewritten.code).toMatch(marker);
      expect(original.code).not.toMatch(marker);
    }
    const block = fc.oneof(fc.constantFrom(...BLOCKS), fc.string({ unit: fc.constantFrom('*', '_', '-', '1', '.', ' ', '\n', '>', '|', '[', ']', '(', ')', '<', 'a', '`', '#', '\\', '~', '!') }));
    const indent = fc.constantFrom('', '  ', '   ', '    ');
    const text = fc.array(fc.tuple(indent, block, fc.constantFrom('\n', '\n\n')), { maxLength: 30 }).map((parts) => parts.map(([i, b, s]) => i + b.replaceAll('\n', `\n${i}`) + s).join(''));
    fc.assert(
      fc.property(text, (markdown) => {
        expect(rewritten.parse(markdown)).toEqual(original.parse(markdown));
      }),
      { seed: Number(process.env.FC_SEED ?? 3), numRuns: Number(process.env.FC_RUNS ?? 1000) },
    );
    const articles = fs.readdirSync(FIXTURES, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.md'));
    expect(articles.length).toBeGreaterThan(10);
    for (const name of articles) {
      const article = fs.readFileSync(path.join(FIXTURES, name), 'utf8');
      expect(rewritten.parse(article), name).toEqual(original.parse(article));
    }
  }, 120_000);

  it('fail the build, naming the file, when the text they rewrite is not there', async () => {
    const stale = sourceRewrite({ name: 'stale', filter: /[\\/]micromark-util-subtokenize[\\/]index\.js$/, edits: [['a line no version has', '']] }) as Plugin;
    await expect(bundled([stale])).rejects.toThrow(/micromark-util-subtokenize.*index\.js: no “a line no version has” to rewrite \(stale/);
  });
});
