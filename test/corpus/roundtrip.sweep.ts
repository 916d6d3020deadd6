/**
 * A translator's whole round trip on every corpus repository, as they run it: extract, export the
 * locale to XLIFF, change every sentence's target in it (as a CAT tool hands a delivery back),
 * import, apply. Checked against the raw text and a plain remark parse, nothing of docflow's:
 * - every English half is the same bytes, and so is everything outside the translated halves;
 * - every translated half now says its new target (spacing aside: apply writes one line between
 *   the sentence's own edges);
 * - a plain mdast walk sees the same blocks and inline nodes (text nodes aside, which the new
 *   words split differently);
 * - afterwards nothing is in conflict and a second apply has nothing to write.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import type { Node, Parent } from 'unist';
import { cliRun, tempDir } from '../helpers.js';
import { CORPUS, corpora } from './corpus-folders.js';

const scratch = tempDir();
// Three copies of the corpus and their locales: more than a hook's 10 s to remove on a loaded box.
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }), 300_000);

const MARK = 'Ω ';
const TRANSLATED = /<span data-ttu-id="([^"]*)">([\s\S]*?)<\/span>/g;
const ENGLISH = /<span data-stu-id="[^"]*">([\s\S]*?)<\/span>/g;
const parser = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']);

// A sentence as a reader reads it: the `>` and indentation that start a note's or a list item's
// next line are the container's, and a run of spaces is one.
const spacing = (text: string) =>
  text
    .replace(/\r?\n[ \t]*(?:>[ \t]*)*/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** The article's block and inline nodes, in order, with their depth: text nodes left out. */
function shape(markdown: string): string[] {
  const out: string[] = [];
  const walk = (node: Node, depth: number) => {
    if (node.type !== 'text') out.push(`${depth} ${node.type}`);
    for (const child of (node as Parent).children ?? []) walk(child, depth + 1);
  };
  walk(parser.parse(markdown), 0);
  return out;
}

function articles(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true })
    .map(String)
    .filter((file) => file.endsWith('.md'))
    .sort();
}

/** The locale of a corpus folder (`partner-center-pr.fr-fr`: fr-FR). */
const localeOf = (corpus: string) => corpus.replace(/^.*\.(\w+)-(\w+)$/, (_, language: string, region: string) => `${language}-${region.toUpperCase()}`);

/** Every sentence's target changed, labels left as they are (a label follows its sentence). */
function delivered(xliff: string): string {
  return xliff.replace(/(<trans-unit id="([^"]*)"[^>]*>[\s\S]*?<target\b[^>/]*>)/g, (whole, start: string, id: string) => (id.includes('.label-') ? whole : `${start}${MARK}`));
}

describe.skipIf(corpora.length === 0)('a translator’s round trip on the real corpus', () => {
  it.each(corpora)('%s: every sentence written, nothing else moved, nothing in conflict', async (corpus) => {
    const content = path.join(scratch, corpus, 'content');
    const folders = ['--content', content, '--locales', path.join(scratch, corpus, 'locales')];
    fs.cpSync(path.join(CORPUS, corpus), content, { recursive: true });
    const before = new Map(articles(content).map((file) => [file, fs.readFileSync(path.join(content, file), 'utf8')]));
    const locale = localeOf(corpus);
    expect((await cliRun(['extract', ...folders])).code).toBe(0);
    const handoff = path.join(scratch, corpus, 'handoff.xlf');
    expect((await cliRun(['export', '--locale', locale, '--out', handoff, ...folders])).code).toBe(0);
    fs.writeFileSync(handoff, delivered(fs.readFileSync(handoff, 'utf8')));
    expect((await cliRun(['import', handoff, ...folders])).code).toBe(0);
    await cliRun(['apply', '--locale', locale, ...folders]);

    let sentences = 0;
    for (const [file, old] of before) {
      const now = fs.readFileSync(path.join(content, file), 'utf8');
      const english = (text: string) => [...text.matchAll(ENGLISH)].map((m) => m[1]);
      expect(english(now), file).toEqual(english(old));
      const outside = (text: string) => text.replace(TRANSLATED, '<span data-ttu-id="$1">');
      expect(outside(now), file).toBe(outside(old));
      const halves = (text: string) => [...text.matchAll(TRANSLATED)].map((m) => [m[1], spacing(m[2]!)]);
      const [was, is] = [halves(old), halves(now)];
      expect(is.map(([id]) => id), file).toEqual(was.map(([id]) => id));
      is.forEach(([id, text], i) => {
        const old = was[i]![1]!;
        // A half with nothing to translate (code, a number) is exported without a target to change.
        if (text === old) return;
        expect(`${id}: ${text}`, file).toBe(`${id}: ${spacing(MARK + old)}`);
        sentences++;
      });
      expect(shape(now), file).toEqual(shape(old));
    }
    expect(sentences).toBeGreaterThan(5000);

    const again = await cliRun(['extract', ...folders]);
    expect(again.err).not.toContain('article-changed');
    const reapplied = await cliRun(['apply', '--locale', locale, '--dry-run', ...folders]);
    expect(reapplied.err).toBe('');
    expect(reapplied.out).toMatch(/^0 articles would change/m);
  }, 600_000);

  // A new locale made from the translated one's strings is that locale's articles again, byte for
  // byte, but for the locale its front matter names.
  it.each(corpora)('%s: a locale created from the translation’s strings is the translated articles again', async (corpus) => {
    const content = path.join(CORPUS, corpus);
    const locales = path.join(scratch, corpus, 'created-locales');
    const out = path.join(scratch, corpus, 'created');
    const locale = localeOf(corpus);
    expect((await cliRun(['extract', '--content', content, '--locales', locales])).code).toBe(0);
    fs.cpSync(path.join(locales, locale), path.join(locales, 'de-DE'), { recursive: true });
    await cliRun(['apply', '--create', '--locale', 'de-DE', '--out', out, '--content', content, '--locales', locales]);
    const made = articles(out);
    expect(made.length).toBeGreaterThan(90);
    for (const file of made) {
      const translated = fs.readFileSync(path.join(content, file), 'utf8').replace(/^ms\.contentlocale: .*$/m, 'ms.contentlocale: de-DE');
      expect(fs.readFileSync(path.join(out, file), 'utf8'), file).toBe(translated);
    }
  }, 600_000);
});
