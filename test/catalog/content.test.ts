import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { Cache } from '../../src/catalog/cache.js';
import { listContent, readArticles } from '../../src/catalog/content.js';
import { parseDocument } from '../../src/parse/parse-document.js';
import { scanDocument } from '../../src/parse/scan-document.js';
import { Workspace } from '../../src/catalog/workspace.js';
import { CONTENT, FIXTURES, folderWith, tempDir } from '../helpers.js';

const article = (locale: string) => `---\ntitle: t\nms.contentlocale: ${locale}\n---\n# T\n`;

describe('listContent', () => {
  it('reads the bundled locale folders: 34 articles in fr-FR and zh-CN, README and overlays aside', () => {
    const content = listContent(CONTENT);
    expect(content.articles.size).toBe(34);
    expect([...content.articles.get('add-a-new-customer')!.keys()]).toEqual(['fr-FR', 'zh-CN']);
    expect(content.articles.has('README')).toBe(false);
  });

  it('tells locale folders from other folders', () => {
    const names = ['fr', 'zh-hans', 'es-419', 'pt-BR', 'api', 'img', 'ci-docs', 'overlays'];
    const dir = folderWith(Object.fromEntries(names.map((name) => [`${name}/a.md`, '# A\n'])));
    const locales = [...listContent(dir).articles.get('a')!.keys()];
    expect(locales).toEqual(['es-419', 'fr', 'pt-BR', 'zh-Hans']);
  });

  it('reads a checked-out docs repository: articles are files with front matter, locale declared', () => {
    const dir = folderWith({
      'ci-docs/deep/x.md': article('he-il'),
      'y.md': '---\ntitle: plain English\n---\n# Y\n',
      // Saved by an editor that marks UTF-8: still an article, in the locale it declares.
      'z.md': `\uFEFF${article('fr-fr')}`,
      'README.md': '# Not an article\n',
    });
    const content = listContent(dir);
    expect([...content.articles.keys()]).toEqual(['ci-docs/deep/x', 'y', 'z']);
    expect([...content.articles.get('ci-docs/deep/x')!.keys()]).toEqual(['he-IL']);
    expect([...content.articles.get('y')!.keys()]).toEqual(['en-US']);
    expect([...content.articles.get('z')!.keys()]).toEqual(['fr-FR']);
  });

  it('reads an article whose files are long (each let go after its scan, read again to be parsed) as its texts parse whole', () => {
    // A real article in two locales, its body repeated past a million characters with its ids renumbered.
    const long = (locale: string) => {
      const text = fs.readFileSync(path.join(FIXTURES, locale, 'revoke-reinstate-csp.md'), 'utf8');
      const end = text.indexOf('\n---', 3) + 4;
      const copies = Math.ceil((1 << 20) / (text.length - end)) + 1;
      const body = (copy: number) => text.slice(end).replace(/(data-[ts]tu-id="[0-9a-f]+-)(\d+)"/g, (_, prefix: string, n: string) => `${prefix}${Number(n) + copy * 100000}"`);
      return text.slice(0, end) + Array.from({ length: copies }, (_, copy) => body(copy)).join('');
    };
    const dir = folderWith({ 'fr-FR/a.md': long('fr-FR'), 'zh-CN/a.md': long('zh-CN') });
    const read = readArticles([...listContent(dir).articles.get('a')!.values()]);
    expect(read.map((r) => r.document.locale).sort()).toEqual(['fr-FR', 'zh-CN']);
    // The oracle: each file's text parsed whole (the canonical) or scanned (the other).
    const [canonical, other] = read.map((r) => r.document);
    const text = (file: string) => fs.readFileSync(file, 'utf8');
    expect(canonical).toEqual(parseDocument(text(canonical!.path), { path: canonical!.path, locale: canonical!.locale }).document);
    expect(other).toEqual(scanDocument(text(other!.path), { path: other!.path, locale: other!.locale }).document);
    expect(canonical!.procedures.length).toBeGreaterThan(0);
  });

  it('says which folder is missing', () => {
    expect(() => listContent('/nonexistent/docs')).toThrow('Content folder not found: /nonexistent/docs');
  });

  it('sees a changed declared locale and new front matter when the listing comes from the cache', () => {
    const dir = folderWith({ 'x.md': article('he-il'), 'README.md': '# Not an article\n' });
    const cache = tempDir();
    const locales = () => new Workspace(dir, tempDir(), new Cache(cache)).content.articles;
    expect([...locales().get('x')!.keys()]).toEqual(['he-IL']);
    expect([...locales().get('x')!.keys()]).toEqual(['he-IL']);
    fs.writeFileSync(path.join(dir, 'x.md'), article('fr-fr'));
    fs.writeFileSync(path.join(dir, 'README.md'), article('zh-cn'));
    expect([...locales().get('x')!.keys()]).toEqual(['fr-FR']);
    expect([...locales().get('README')!.keys()]).toEqual(['zh-CN']);
  });
});
