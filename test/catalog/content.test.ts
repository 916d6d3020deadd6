import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { Cache } from '../../src/catalog/cache.js';
import { listContent } from '../../src/catalog/content.js';
import { Workspace } from '../../src/catalog/workspace.js';
import { CONTENT, folderWith, tempDir } from '../helpers.js';

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
      'README.md': '# Not an article\n',
    });
    const content = listContent(dir);
    expect([...content.articles.keys()]).toEqual(['ci-docs/deep/x', 'y']);
    expect([...content.articles.get('ci-docs/deep/x')!.keys()]).toEqual(['he-IL']);
    expect([...content.articles.get('y')!.keys()]).toEqual(['en-US']);
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
