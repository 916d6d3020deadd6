/**
 * The packed table of articles reads as the Map of Maps it replaced: every slug and locale in
 * name order, the first folder's file where several have one, the path its folder and slug make.
 */
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ArticleTableBuilder } from '../../src/catalog/article-table.js';
import type { ArticleFile } from '../../src/catalog/content.js';
import { compareNames } from '../../src/text/name-order.js';

/** The table as plain Maps, built the straightforward way. */
function plainTable(prefixes: readonly string[], files: readonly [slug: string, locale: string, folder: number][]): Map<string, Map<string, ArticleFile>> {
  const bySlug = new Map<string, Map<string, ArticleFile>>();
  for (const [slug, locale, folder] of files) {
    if (!bySlug.has(slug)) bySlug.set(slug, new Map());
    const byLocale = bySlug.get(slug)!;
    if (!byLocale.has(locale)) byLocale.set(locale, { slug, locale, path: prefixes[folder]! + slug.split('/').join(path.sep) + '.md' });
  }
  return new Map(
    [...bySlug]
      .sort(([a], [b]) => compareNames(a, b))
      .map(([slug, byLocale]) => [slug, new Map([...byLocale].sort(([a], [b]) => compareNames(a, b)))]),
  );
}

const asPlain = (table: ReadonlyMap<string, ReadonlyMap<string, ArticleFile>>) => new Map([...table].map(([slug, files]) => [slug, new Map(files)]));

describe('the table of articles', () => {
  it('reads as the Map of Maps of the same files, added in any order', () => {
    const prefixes = ['docs/fr-fr/', 'docs/zh-cn/', 'other/', ''];
    const slug = fc.constantFrom('add', 'Add', 'add10', 'add9', 'é', 'e\u0301', '中', 'deep/er/x', 'partner-center/a');
    const locale = fc.constantFrom('fr-FR', 'zh-CN', 'en-US', 'he-IL', 'de-DE', 'es-419');
    const file = fc.tuple(slug, locale, fc.integer({ min: 0, max: prefixes.length - 1 }));
    fc.assert(
      fc.property(fc.array(file, { maxLength: 60 }), (files) => {
        const builder = new ArticleTableBuilder(prefixes);
        for (const [s, l, f] of files) builder.add(s, l, f);
        const table = builder.build();
        const plain = plainTable(prefixes, files);
        expect(asPlain(table)).toEqual(plain);
        expect([...table.keys()]).toEqual([...plain.keys()]);
        expect(table.size).toBe(plain.size);
        for (const [s, byLocale] of plain) {
          expect(table.has(s)).toBe(true);
          expect([...table.get(s)!.keys()]).toEqual([...byLocale.keys()]);
        }
        expect(table.get('none')).toBeUndefined();
        for (const s of plain.keys()) expect(table.own(`${s}`)).toBe(s);
        expect(table.own('none')).toBe('none');
        const locales = [...new Set([...plain.values()].flatMap((byLocale) => [...byLocale.keys()]))].sort(compareNames);
        expect(table.localesWithFiles()).toEqual(locales);
        for (const l of [...locales, 'it-IT']) expect(table.filesIn(l)).toEqual([...plain.values()].flatMap((byLocale) => (byLocale.has(l) ? [byLocale.get(l)] : [])));
      }),
      { numRuns: 500 },
    );
  });
});
