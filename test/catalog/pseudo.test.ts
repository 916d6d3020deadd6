/**
 * The pseudo-locale: accented, longer, bracketed, and with the markup and placeholders of the
 * English exactly where they were (a property over generated markdown, and real strings).
 */
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import type { PhrasingContent } from 'mdast';
import { afterAll, describe, expect, it } from 'vitest';
import { isPrivateUse, pseudoLocalize } from '../../src/catalog/pseudo.js';
import { runCli } from '../../src/cli/program.js';
import { parseInline } from '../../src/parse/inline.js';
import { whitespace } from '../../src/quality/rules/whitespace.js';
import type { Document, Segment } from '../../src/model/document.js';
import { CONTENT, memoryIo, tempDir } from '../helpers.js';

/** The markup of a string: node types in order, link targets, code, HTML, placeholders. */
function shape(markdown: string): string[] {
  const out: string[] = [];
  const walk = (nodes: readonly PhrasingContent[]) => {
    for (const node of nodes) {
      if (node.type === 'text') continue;
      out.push(node.type);
      if (node.type === 'link' || node.type === 'image') out.push(node.url);
      if (node.type === 'inlineCode' || node.type === 'html') out.push(node.value);
      if ('children' in node) walk(node.children as PhrasingContent[]);
    }
  };
  walk(parseInline(markdown));
  return [...out, ...(markdown.match(/\{\{\w+\}\}|\{\d\}|%s/g) ?? [])];
}

const word = fc.stringMatching(/^[A-Za-z]{1,8}$/);
const piece = fc.oneof(
  word,
  word.map((w) => `**${w}**`),
  word.map((w) => `*${w}*`),
  word.map((w) => `\`${w}.json\``),
  fc.tuple(word, word).map(([t, u]) => `[${t}](${u}.md)`),
  word.map((w) => `{{${w}}}`),
  fc.constantFrom('&amp;', '&gt;', '<br>', '<your instance id>', '{0}', '%s', '\\_', '\\*', ':', '.'),
);

describe('pseudoLocalize', () => {
  it('keeps the markup and placeholders of any string', () => {
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 12 }), (pieces) => {
        const english = pieces.join(' ');
        expect(shape(pseudoLocalize(english))).toEqual(shape(english));
      }),
      { seed: 20261122, numRuns: 300 },
    );
  });

  it('accents, lengthens and brackets a real sentence', () => {
    const english = 'From the **Dashboard** menu, select **Customers** and then select [Add customer](add-a-new-customer.md).';
    const pseudo = pseudoLocalize(english);
    expect(pseudo).toMatch(/^⟦Ƒŕöɱ ţĥé \*\*Ðášĥƀöáŕð\*\* ɱéñû/);
    expect(pseudo).toContain('](add-a-new-customer.md)');
    expect(pseudo.endsWith('⟧')).toBe(true);
    expect(pseudo.length / english.length).toBeGreaterThan(1.3);
    expect(pseudoLocalize('{{count}} steps')).toMatch(/^⟦\{\{count\}\} šţéþš ·+⟧$/);
  });

  it('keeps a string\'s leading and trailing spaces outside its brackets, where the English has them (lint said the pseudo-locale lost them)', () => {
    // Real English of the fr-fr corpus (Archive/China-customer-subscriptions.md note.114, and the like).
    for (const english of [' *\\*See also**', 'Select **Next**. ', ' Then  wait. ']) {
      const pseudo = pseudoLocalize(english);
      expect(whitespace.check({ source: english, target: pseudo } as Segment, {} as Document, { allow: [] })).toEqual([]);
      expect(pseudo.trim()).toMatch(/^⟦.*⟧$/);
      expect(shape(pseudo)).toEqual(shape(english));
    }
    // After the bracket, the star would both open and close, and pair with nothing (CommonMark's rule of 3).
    expect(pseudoLocalize(' *\\*See also**')).toMatch(/^ ⟦ \*\\\*Šéé áļšö\*\* ·+⟧$/);
  });

  it('leaves strings without letters alone', () => {
    expect(pseudoLocalize('`Get-AzureADUser`')).toBe('`Get-AzureADUser`');
    expect(pseudoLocalize('12345')).toBe('12345');
  });
});

describe('docflow pseudo', () => {
  const root = tempDir();
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
  const content = path.join(root, 'content');
  const locales = path.join(root, 'locales');
  fs.cpSync(CONTENT, content, { recursive: true });
  const cli = async (...args: string[]) => {
    // What the onboarding asks for, a line each (a run without a terminal reads them from stdin).
    const m = memoryIo({}, 'Contoso\n1 Main St\nChina\nLi Lei\nli@contoso.com\n+86 10 1234 5678\n1\n5\n');
    const code = await runCli([...args, '--content', content, '--locales', locales], m.io);
    return { code, out: m.out() };
  };

  it('writes every article and the app’s strings once, and a flow runs in it', async () => {
    expect((await cli('pseudo')).out).toContain('35 files written for qps-Ploc');
    expect((await cli('pseudo')).out).toContain('0 files written');
    const { code, out } = await cli('run', 'add-a-new-customer', '--locale', 'qps-ploc');
    expect(code).toBe(0);
    expect(out).toContain('⟦Šţéþ 1 öƒ 5');
    expect(out).toContain('⟦Ƒŕöɱ ţĥé Ðášĥƀöáŕð ɱéñû');
  });

  it('names in its help the tag it writes (qps-Ploc, as the folder and the summary say)', async () => {
    const m = memoryIo();
    await runCli(['pseudo', '--help'], m.io);
    expect(m.out()).toContain('(default: "qps-Ploc")');
    expect(m.out()).toContain('--locale qps-Ploc');
    expect(m.out()).not.toContain('qps-ploc ');
  });

  it('writes only a private-use locale: a real one’s translations are never written over (usage error, nothing written)', async () => {
    await cli('extract');
    const french = () => fs.readdirSync(path.join(locales, 'fr-FR')).map((name) => fs.readFileSync(path.join(locales, 'fr-FR', name), 'utf8'));
    const before = french();
    for (const locale of ['fr-FR', 'fr', 'nl-NL', 'en-US']) {
      const m = memoryIo();
      expect(await runCli(['pseudo', '--locale', locale, '--content', content, '--locales', locales], m.io), locale).toBe(2);
      expect(m.err()).toMatch(/is a real language's locale: pseudo text would be written over its translations; a pseudo-locale takes a private-use tag/);
    }
    expect(french()).toEqual(before);
    expect(fs.existsSync(path.join(locales, 'nl-NL'))).toBe(false);
    for (const tag of ['qps-ploc', 'qps-plocm', 'en-XA', 'ar-XB', 'x-ZZ']) expect(isPrivateUse(tag), tag).toBe(true);
    for (const tag of ['fr-FR', 'zh-Hans-CN', 'es-419', 'qu-PE', 'xh-ZA']) expect(isPrivateUse(tag), tag).toBe(false);
  });

  it('is made of the English as locales/en-US has it, where a writer edited it there', async () => {
    await cli('extract');
    const english = path.join(locales, 'en-US', 'add-a-new-customer.json');
    const strings = JSON.parse(fs.readFileSync(english, 'utf8')) as Record<string, string>;
    const [edited, kept] = Object.keys(strings);
    fs.writeFileSync(english, JSON.stringify({ ...strings, [edited!]: 'Edited by a writer' }, null, 2));
    await cli('pseudo');
    const pseudo = JSON.parse(fs.readFileSync(path.join(locales, 'qps-Ploc', 'add-a-new-customer.json'), 'utf8')) as Record<string, string>;
    expect(pseudo[edited!]).toBe(pseudoLocalize('Edited by a writer'));
    expect(pseudo[kept!]).toBe(pseudoLocalize(strings[kept!]!));
    expect(Object.keys(pseudo).sort()).toEqual(Object.keys(strings).sort());
  });
});
