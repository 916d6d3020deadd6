/**
 * Where each article's links lead among the content's procedures (the done screen's, a step's
 * `o`, graph's edges), against an oracle that shares nothing with docflow's parser: mdast's own
 * link nodes (mdast-util-from-markdown, no docflow code), resolved as a reader follows them.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { Nodes } from 'mdast';
import { describe, expect, it } from 'vitest';
import { Workspace } from '../../src/catalog/workspace.js';
import { tempDir } from '../helpers.js';
import { CORPUS, corpora } from './corpus-folders.js';

/** Every link's address in the article, inline or by reference. */
function addresses(text: string): string[] {
  const out: string[] = [];
  const walk = (node: Nodes) => {
    if (node.type === 'link' || node.type === 'definition') out.push(node.url);
    if ('children' in node) node.children.forEach(walk);
  };
  walk(fromMarkdown(text));
  return out;
}

/** `slug` or `slug#heading` of another article, or `self#heading`: the link as a reader follows it. */
function followed(from: string, url: string, has: (slug: string) => boolean): { slug: string; fragment?: string } | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('/') || url.startsWith('\\')) return undefined;
  const [beforeHash = '', ...rest] = url.split('#');
  const file = beforeHash.split('?')[0]!;
  let fragment: string | undefined;
  let slug: string;
  try {
    fragment = rest.length > 0 && rest.join('#') !== '' ? decodeURIComponent(rest.join('#')).toLowerCase() : undefined;
    if (file === '') return fragment === undefined ? undefined : { slug: from, fragment };
    if (!file.endsWith('.md')) return undefined;
    slug = path.posix.join(path.posix.dirname(from), decodeURI(file)).slice(0, -3);
  } catch {
    return undefined;
  }
  return slug.startsWith('..') || !(slug === from || has(slug)) ? undefined : { slug, ...(fragment === undefined ? {} : { fragment }) };
}

describe.skipIf(corpora.length === 0)('links between procedures on the real corpus', () => {
  it.each(corpora)('%s: every article’s links lead where mdast says they point', (corpus) => {
    const root = path.join(CORPUS, corpus);
    const locales = tempDir();
    try {
      const workspace = new Workspace(root, locales);
      let compared = 0;
      let toHeadings = 0;
      for (const slug of workspace.slugs()) {
        const workflows = workspace.article(slug).workflows;
        if (workflows.length === 0) continue;
        const own = new Set(workflows.map((w) => w.anchor).filter(Boolean));
        const expected = new Set<string>();
        for (const url of addresses(fs.readFileSync(path.join(root, `${slug}.md`), 'utf8'))) {
          const target = followed(slug, url, (s) => workspace.has(s));
          if (!target || (target.slug === slug && !own.has(target.fragment ?? ''))) continue;
          expected.add(target.fragment === undefined ? target.slug : `${target.slug}#${target.fragment}`);
        }
        expect(new Set(workflows[0]!.related), slug).toEqual(expected);
        compared += expected.size;
        toHeadings += [...expected].filter((t) => t.includes('#')).length;
      }
      expect(compared, 'links compared').toBeGreaterThan(100);
      expect(toHeadings, 'links to a heading').toBeGreaterThan(10);
    } finally {
      fs.rmSync(locales, { recursive: true, force: true });
    }
  }, 300_000);
});
