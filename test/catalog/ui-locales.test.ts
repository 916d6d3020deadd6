/**
 * The app speaks the reader's language: every ui.json has every string the code asks for, in
 * every plural form its language has (CLDR, through Intl.PluralRules as i18next uses it), with the
 * same placeholders as English; a missing string falls back by language, never to a key.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createI18n, loadNamespaces, translator } from '../../src/catalog/i18n.js';
import { fallbackChain, languagesToRead } from '../../src/catalog/fallback.js';
import { LOCALES, ROOT, watchReads } from '../helpers.js';

const REQUIRED = ['en-US', 'fr-FR', 'de-DE', 'es-ES', 'it-IT', 'ja-JP', 'ko-KR', 'pt-BR', 'ru-RU', 'zh-CN', 'zh-TW', 'ar-SA', 'he-IL', 'nl-NL', 'pl-PL', 'sv-SE', 'nb-NO', 'da-DK', 'tr-TR', 'cs-CZ', 'th-TH'];
const PLURAL = /_(zero|one|two|few|many|other)$/;

const read = (locale: string): Record<string, string> => JSON.parse(fs.readFileSync(path.join(LOCALES, locale, 'ui.json'), 'utf8'));
const english = read('en-US');
const bases = [...new Set(Object.keys(english).map((k) => k.replace(PLURAL, '')))];
const plural = new Set(Object.keys(english).filter((k) => PLURAL.test(k)).map((k) => k.replace(PLURAL, '')));
const placeholders = (value: string) => [...value.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

/** The ui keys the code names literally: t('progress'), t(`note.${kind}`) for every kind. */
function keysInCode(): string[] {
  const files = fs.readdirSync(path.join(ROOT, 'src'), { recursive: true }).map(String).filter((f) => /\.tsx?$/.test(f));
  const keys = new Set<string>();
  for (const file of files) {
    const text = fs.readFileSync(path.join(ROOT, 'src', file), 'utf8');
    for (const m of text.matchAll(/\bt\('([a-z][\w.-]*)'/g)) keys.add(m[1]!);
  }
  for (const kind of ['note', 'tip', 'important', 'caution', 'warning']) keys.add(`note.${kind}`);
  return [...keys].sort();
}

describe('ui.json', () => {
  it('exists for every language docflow promises', () => {
    for (const locale of REQUIRED) expect(fs.existsSync(path.join(LOCALES, locale, 'ui.json')), locale).toBe(true);
  });

  it('has in English every string the code asks for', () => {
    expect(keysInCode().filter((key) => !bases.includes(key))).toEqual([]);
  });

  it.each(REQUIRED)('%s has every string, every plural form of its language, the same placeholders', (locale) => {
    const messages = read(locale);
    const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
    const missing: string[] = [];
    for (const base of bases) {
      const wanted = plural.has(base) ? categories.map((c) => `${base}_${c}`) : [base];
      for (const key of wanted) {
        if (typeof messages[key] !== 'string' || messages[key] === '') missing.push(key);
        else {
          const reference = english[key] ?? english[`${base}_other`]!;
          // A form may name the number in words ("שני שלבים"), so it may drop {{count}}, never add one.
          const own = placeholders(messages[key]!).filter((p) => p !== 'count');
          expect(own, `${locale} ${key}`).toEqual(placeholders(reference).filter((p) => p !== 'count'));
        }
      }
    }
    expect(missing).toEqual([]);
    expect(Object.keys(messages).filter((key) => !bases.includes(key.replace(PLURAL, '')))).toEqual([]);
  });
});

describe('an article’s languages a reader is given', () => {
  const code = { 'proc-1.step-1.3.code-1': 'Get-AzADGroup' };
  it('those read that have its text; the first of its own that has text when none read has (written in French only)', () => {
    const sxs = new Map([['en-US', { 'title.1': 'Add a user' }], ['fr-FR', { 'title.1': 'Ajouter un utilisateur' }], ['zh-CN', { 'title.1': '添加用户' }]]);
    expect(languagesToRead(sxs, new Set(['he-IL', 'en-US']))).toEqual(['en-US']);
    const french = new Map<string, Record<string, string>>([['en-US', code], ['fr-FR', { 'title.1': 'Ajouter un utilisateur', ...code }]]);
    expect(languagesToRead(french, new Set(['he-IL', 'en-US']))).toEqual(['fr-FR']);
    expect(languagesToRead(new Map([['en-US', code]]), new Set(['en-US']))).toEqual([]);
    // One of its own, the first by name, not all of them (a plain article in 60 locales).
    const plain = new Map([['zh-CN', { 'title.1': '添加用户' }], ['de-DE', { 'title.1': 'Benutzer hinzufügen' }], ['fr-FR', { 'title.1': 'Ajouter un utilisateur' }]]);
    expect(languagesToRead(plain, new Set(['en-US']))).toEqual(['de-DE']);
  });

  it('are what an English reader is shown, by the same rule: the first of its own, never a mix, and nothing of them where English has text', () => {
    const i18n = createI18n('en-US');
    i18n.addResourceBundle('de-DE', 'plain', { 'title.1': 'Benutzer hinzufügen' });
    i18n.addResourceBundle('fr-FR', 'plain', { 'title.1': 'Ajouter un utilisateur', 'intro.2': 'Seulement en français.' });
    i18n.addResourceBundle('en-US', 'sxs', { 'title.1': 'Add a user' });
    i18n.addResourceBundle('fr-FR', 'sxs', { 'title.1': 'Ajouter un utilisateur', 'proc-1.step-1.image-1': 'Capture d’écran' });
    const tr = translator(i18n, 'en-US');
    expect([tr.text('plain', 'title.1'), tr.origin('plain', 'title.1')]).toEqual(['Benutzer hinzufügen', 'de-DE']);
    expect(tr.text('plain', 'intro.2')).toBe('');
    expect(tr.text('sxs', 'proc-1.step-1.image-1')).toBe('');
  });
});

describe('language fallback', () => {
  const available = ['en-US', 'pt-BR', 'zh-CN', 'zh-TW', 'fr-FR'];

  it('goes to the closest variety in the same script, then English', () => {
    expect(fallbackChain('pt-PT', available)).toEqual(['pt-BR', 'en-US']);
    // Traditional and Simplified Chinese are two writing systems: one never stands in for the other.
    expect(fallbackChain('zh-HK', available)).toEqual(['zh-TW', 'en-US']);
    expect(fallbackChain('zh-SG', available)).toEqual(['zh-CN', 'en-US']);
    expect(fallbackChain('zh-TW', available)).toEqual(['en-US']);
    expect(fallbackChain('fr-CA', available)).toEqual(['fr-FR', 'en-US']);
    expect(fallbackChain('sw-KE', available)).toEqual(['en-US']);
    // Norwegian `no` is written as Bokmål: each reads the other; Nynorsk is a language of its own.
    expect(fallbackChain('no-NO', ['en-US', 'nb-NO'])).toEqual(['nb-NO', 'en-US']);
    expect(fallbackChain('nb-NO', ['en-US', 'no'])).toEqual(['no', 'en-US']);
    expect(fallbackChain('nn-NO', ['en-US', 'nb-NO'])).toEqual(['en-US']);
  });

  it('gives, for any reader and set of locales, the chain of maximizing every tag (same language, same script, usual region first)', () => {
    const tags = ['en-US', 'en-GB', 'en-IN', 'pt-BR', 'pt-PT', 'pt-AO', 'zh-CN', 'zh-TW', 'zh-HK', 'zh-SG', 'zh-Hant', 'zh-Hans-HK', 'fr-FR', 'fr-CA', 'fr-BE', 'he-IL', 'iw-IL', 'sr-RS', 'sr-Latn-RS', 'sr-Cyrl-BA', 'az-Arab', 'az-AZ', 'es-ES', 'es-419', 'es-MX', 'nb-NO', 'no-NO', 'de-CH', 'de-DE', 'sw-KE', 'qps-ploc', 'und', 'und-Hant', 'x-bad!'];
    const max = (tag: string) => {
      try {
        return new Intl.Locale(tag).maximize();
      } catch {
        return undefined;
      }
    };
    // Norwegian `no` is written as Bokmål (`nb`): one language.
    const written = (language: string | undefined) => (language === 'no' ? 'nb' : language);
    const reference = (code: string, among: string[]) => {
      const wanted = max(code);
      if (!wanted) return ['en-US'];
      const usual = max(wanted.language);
      const siblings = among
        .filter((tag) => tag !== code && written(max(tag)?.language) === written(wanted.language) && max(tag)?.script === wanted.script)
        .map((tag) => ({ tag, rank: max(tag)!.region === usual?.region ? 0 : 1 }))
        .sort((a, b) => a.rank - b.rank || new Intl.Collator('en').compare(a.tag, b.tag))
        .map(({ tag }) => tag);
      return [...new Set([...siblings, 'en-US'])].filter((tag) => tag !== code || tag === 'en-US');
    };
    for (const code of tags) {
      for (let offset = 0; offset < tags.length; offset += 5) {
        const among = [...tags.slice(offset), ...tags.slice(0, offset)].filter((_, i) => i % 3 !== offset % 3);
        expect(fallbackChain(code, among), `${code} among ${among.join(' ')}`).toEqual(reference(code, among));
      }
    }
  });

  it('serves zh_TW in Traditional Chinese or English, and takes the reader’s other languages from LANGUAGE', async () => {
    const { runCli } = await import('../../src/cli/program.js');
    const { memoryIo } = await import('../helpers.js');
    const run = async (env: NodeJS.ProcessEnv) => {
      const m = memoryIo(env, 'a\nb\nc\nd\ne@f.gh\n123456\n1\n2\n');
      await runCli(['run', 'add-a-new-customer'], m.io);
      return m.out();
    };
    const taiwan = await run({ LANG: 'zh_TW.UTF-8' });
    expect(taiwan).toMatch(/第 1 步/);
    expect(taiwan).toContain('From the Dashboard menu');
    expect(taiwan).not.toContain('仪表板');
    // LANGUAGE: Traditional first, Simplified accepted next: the article's sentences in zh-CN.
    const both = await run({ LANG: 'zh_TW.UTF-8', LANGUAGE: 'zh_TW:zh_CN' });
    expect(both).toContain('仪表板');
    // LANGUAGE outranks LANG, and is ignored under LANG=C as gettext does.
    expect(await run({ LANG: 'en_US.UTF-8', LANGUAGE: 'fr_FR:en' })).toContain('Étape 1 sur 5');
    expect(await run({ LANG: 'C', LANGUAGE: 'fr_FR' })).toContain('Step 1 of 5');
  });

  it('serves a Norwegian reader (no_NO, `--locale no`) the Bokmål articles of nb-NO, and a Bokmål reader those of a `no` folder', async () => {
    const { runCli } = await import('../../src/cli/program.js');
    const { folderWith, memoryIo, FIXTURES } = await import('../helpers.js');
    const article = fs.readFileSync(path.join(FIXTURES, 'nb-NO', 'add-a-new-customer.md'), 'utf8');
    for (const folder of ['nb-NO', 'no']) {
      const dir = folderWith({ [`${folder}/add-a-new-customer.md`]: article.replace('ms.contentlocale: nb-NO', `ms.contentlocale: ${folder}`) });
      const run = async (env: NodeJS.ProcessEnv, ...options: string[]) => {
        const m = memoryIo(env);
        const code = await runCli(['run', 'add-a-new-customer', '--plain', '--content', dir, '--locales', path.join(dir, 'locales'), '--no-cache', ...options], m.io);
        return { code, out: m.out(), err: m.err() };
      };
      const other = folder === 'no' ? 'nb' : 'no';
      for (const asked of [run({ LANG: `${other}_NO.UTF-8` }), run({}, '--locale', other)]) {
        const { code, out, err } = await asked;
        expect(err, folder).toBe('');
        expect(code, folder).toBe(0);
        expect(out, folder).toContain('På Instrumentbord-menyen velger du Kunder og deretter Legg til kunde.');
        expect(out, folder).not.toContain('From the Dashboard menu');
      }
    }
  });

  it('reads, for a flow, the reader’s language and the ones it falls back to; another when the reader switches', async () => {
    const { openSession } = await import('../../src/cli/context.js');
    const { memoryIo, watchReads } = await import('../helpers.js');
    const read = watchReads();
    try {
      const session = openSession(memoryIo({ LANG: 'pt_PT.UTF-8' }).io, { cache: false }, () => ['add-a-new-customer'], undefined, { oneLocale: true });
      const locales = () => new Set(read.files().filter((file) => file.endsWith('.json')).map((file) => path.basename(path.dirname(file))));
      // Portugal's Portuguese falls back to Brazil's, then English: those three and no other.
      expect([...locales()].sort()).toEqual(['en-US', 'pt-BR']);
      expect(session.tr.t('progress', { current: 2, total: 5 })).toBe('Etapa 2 de 5');
      expect(session.i18n.hasResourceBundle('fr-FR', 'add-a-new-customer')).toBe(false);
      await session.i18n.changeLanguage('fr-FR');
      expect(locales()).toContain('fr-FR');
      expect(locales()).not.toContain('de-DE');
      expect(translator(session.i18n).t('progress', { current: 2, total: 5 })).toBe('Étape 2 sur 5');
      // The article's French strings too, as the content gives them.
      expect(session.i18n.hasResourceBundle('fr-FR', 'add-a-new-customer')).toBe(true);
    } finally {
      read.restore();
    }
  });

  it('shows a Portuguese reader in Portugal the Brazilian strings, with Portuguese plurals', () => {
    const i18n = createI18n('pt-PT');
    loadNamespaces(i18n, LOCALES, ['ui']);
    const { t } = translator(i18n);
    expect(t('progress', { current: 2, total: 5 })).toBe('Etapa 2 de 5');
    expect(t('done.message', { count: 1 })).toBe('Pronto: 1 etapa concluída.');
  });

  it('reads each ui.json once when the folder is the bundled one (no second layer of the same files)', () => {
    const uiFiles = fs.readdirSync(LOCALES).filter((folder) => fs.existsSync(path.join(LOCALES, folder, 'ui.json'))).length;
    const read = watchReads();
    try {
      const i18n = createI18n('fr-FR');
      loadNamespaces(i18n, path.join(LOCALES, '.'), ['ui']);
      const uiReads = read.files().filter((file) => file.endsWith('ui.json'));
      expect(uiReads.length).toBe(uiFiles);
      expect(new Set(uiReads).size).toBe(uiReads.length);
      expect(translator(i18n).t('progress', { current: 1, total: 5 })).toBe('Étape 1 sur 5');
    } finally {
      read.restore();
    }
  });

  it('counts in Russian, Arabic and Hebrew as those languages do', () => {
    const say = (locale: string, count: number) => {
      const i18n = createI18n(locale);
      loadNamespaces(i18n, LOCALES, ['ui']);
      return translator(i18n).t('list.steps', { count });
    };
    expect([1, 3, 5, 21].map((n) => say('ru-RU', n))).toEqual(['1 шаг', '3 шага', '5 шагов', '21 шаг']);
    expect([0, 1, 2, 3, 11].map((n) => say('ar-SA', n))).toEqual(['لا خطوات', 'خطوة واحدة', 'خطوتان', '3 خطوات', '11 خطوة']);
    expect([1, 2, 7].map((n) => say('he-IL', n))).toEqual(['שלב אחד', 'שני שלבים', '7 שלבים']);
  });

  it('loads the same strings for many namespaces at once (one listing per folder) as one by one (a stat per file)', () => {
    const namespaces = [...new Set(fs.readdirSync(path.join(LOCALES, 'fr-FR')).map((file) => file.replace(/\.json$/, '')))];
    expect(namespaces.length).toBeGreaterThan(20);
    const together = createI18n('fr-FR');
    loadNamespaces(together, LOCALES, namespaces);
    const oneByOne = createI18n('fr-FR');
    for (const namespace of namespaces) loadNamespaces(oneByOne, LOCALES, [namespace]);
    expect(Object.keys(together.store.data).length).toBeGreaterThan(10);
    expect(together.store.data).toEqual(oneByOne.store.data);
  });

  it('never shows a key, even in a language it has no strings for', () => {
    const i18n = createI18n('sw-KE');
    loadNamespaces(i18n, LOCALES, ['ui']);
    const { t } = translator(i18n);
    for (const key of keysInCode()) expect(t(key, { count: 2, step: 1, current: 1, total: 2, number: 1, name: 'x', dir: 'd', locale: 'l', available: 'a', keys: '1', label: 'L', value: 'V', where: 'W' })).not.toBe(key);
  });
});
