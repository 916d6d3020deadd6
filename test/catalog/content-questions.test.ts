import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readArticlesCached } from '../../src/catalog/article-cache.js';
import { Cache } from '../../src/catalog/cache.js';
import { recording, recordingArticles, stillAnswered, type Question } from '../../src/catalog/content-questions.js';
import { Workspace } from '../../src/catalog/workspace.js';
import { runCli } from '../../src/cli/program.js';
import { actionLed, emptyGlossary } from '../../src/parse/label-glossary.js';
import { folderWith, memoryIo, sxsPair, tempDir, watchReads } from '../helpers.js';

/** A side-by-side fr-FR article of steps (English, French), as Microsoft Docs writes them. */
function article(name: string, ...steps: [english: string, french: string][]): string {
  const pair = (n: number, fr: string, en: string) => sxsPair(n, fr, en, name);
  return [
    '---',
    `title: ${name}`,
    'ms.contentlocale: fr-FR',
    '---',
    `# <a name="${name}"></a>${pair(101, `Article ${name}`, `Article ${name}`)}`,
    '',
    ...[...steps, ['Save your changes.', 'Enregistrez vos modifications.'] as const].map(([english, french], i) => `${i + 1}. ${pair(102 + i, french, english)}`),
    '',
  ].join('\n');
}

// The subject's translation leaves the label unmarked: it is paired by the translations of
// "Organization profile" the rest of the content teaches, the most frequent first, and of two as
// frequent the longer. Each teacher marks one.
const SUBJECT = article('subject', ['Select **Organization profile**.', 'Sélectionnez Profil de l’organisation.']);
const LONG = article('long', ['Select **Organization profile**.', 'Sélectionnez **Profil de l’organisation**.']);
const SHORT = article('short', ['Select **Organization profile**.', 'Sélectionnez **Profil**.']);

const LABEL = 'proc-1.step-1.102.label-1';

function content(more: Record<string, string> = {}): string {
  return folderWith({ 'fr-FR/subject.md': SUBJECT, 'fr-FR/long.md': LONG, 'fr-FR/short.md': SHORT, ...more });
}

/** The subject's parse through `cache`, on the glossary of `dir`'s content as it is. */
function subjectThrough(cache: Cache, dir: string) {
  const workspace = new Workspace(dir, tempDir());
  const files = [...workspace.content.articles.get('subject')!.values()];
  return readArticlesCached(files, (locale) => workspace.glossary(locale), cache);
}

/** The fr-FR resources of `slug` (the subject) as extract writes them in a new locales folder. */
async function extracted(dir: string, cacheHome: string, slug = 'subject', ...more: string[]): Promise<Record<string, string>> {
  const locales = tempDir();
  const { io } = memoryIo({ XDG_CACHE_HOME: cacheHome });
  expect(await runCli(['extract', '--content', dir, '--locales', locales, ...more], io)).toBe(0);
  return JSON.parse(fs.readFileSync(path.join(locales, 'fr-FR', `${slug}.json`), 'utf8')) as Record<string, string>;
}

describe('glossary questions: an article rests on what the pairing decided, not on the counts', () => {
  it('keeps an article parsed while articles added elsewhere change counts but no decision', () => {
    const cache = new Cache(tempDir());
    const dir = content();
    subjectThrough(cache, dir);
    // "Profil de l’organisation" is now seen twice, "Profil" once: the same order as a tie gave.
    fs.writeFileSync(path.join(dir, 'fr-FR', 'long-2.md'), LONG.replaceAll('long-', 'long2-'));
    subjectThrough(cache, dir);
    expect(cache.stats()).toEqual({ hits: 1, misses: 1 });
  });

  it('parses an article again when an article added elsewhere tips a label it relies on', () => {
    const cache = new Cache(tempDir());
    const dir = content();
    const before = subjectThrough(cache, dir).parsed[0]!.document;
    fs.writeFileSync(path.join(dir, 'fr-FR', 'short-2.md'), SHORT.replaceAll('short-', 'short2-'));
    const after = subjectThrough(cache, dir).parsed[0]!.document;
    expect(cache.stats()).toEqual({ hits: 0, misses: 2 });
    expect(after).not.toEqual(before);
  });

  it('extracts with a cache what it extracts without, as articles are added', async () => {
    const dir = content();
    const cacheHome = tempDir();
    expect((await extracted(dir, cacheHome))[LABEL]).toBe('Profil de l’organisation');
    fs.writeFileSync(path.join(dir, 'fr-FR', 'long-2.md'), LONG.replaceAll('long-', 'long2-'));
    expect(await extracted(dir, cacheHome)).toEqual(await extracted(dir, cacheHome, 'subject', '--no-cache'));
    // Two more "Profil": now the most frequent, and the subject's label follows.
    fs.writeFileSync(path.join(dir, 'fr-FR', 'short-2.md'), SHORT.replaceAll('short-', 'short2-'));
    fs.writeFileSync(path.join(dir, 'fr-FR', 'short-3.md'), SHORT.replaceAll('short-', 'short3-'));
    const warm = await extracted(dir, cacheHome);
    expect(warm[LABEL]).toBe('Profil');
    expect(warm).toEqual(await extracted(dir, cacheHome, 'subject', '--no-cache'));
  });

  it('decides again with what the article teaches itself', async () => {
    // The article marks "Profil" once itself: with its own lesson, a tie in the locale leans its way.
    const teaching = article('teaching', ['Select **Organization profile**.', 'Sélectionnez **Profil**.'], ['Then select **Organization profile** again.', 'Sélectionnez à nouveau Profil de l’organisation.']);
    const dir = folderWith({ 'fr-FR/teaching.md': teaching, 'fr-FR/long.md': LONG, 'fr-FR/long-2.md': LONG.replaceAll('long-', 'long2-') });
    const cacheHome = tempDir();
    const label = 'proc-1.step-2.103.label-1';
    const read = async (...more: string[]) => extracted(dir, cacheHome, 'teaching', ...more);
    expect((await read())[label]).toBe('Profil de l’organisation');
    // The locale alone still ranks "Profil de l’organisation" first (2 against 2, the longer);
    // with the article's own "Profil" it no longer does.
    fs.writeFileSync(path.join(dir, 'fr-FR', 'short.md'), SHORT);
    const warm = await read();
    expect(warm[label]).toBe('Profil');
    expect(warm).toEqual(await read('--no-cache'));
  });

  it('answers a lead question while the lead still leads to buttons, whatever its counts', () => {
    const glossary = emptyGlossary();
    glossary.leads.set('sélectionnez', { action: 3, name: 0 });
    const questions = new Map<string, Question>();
    expect(actionLed(recording('fr-FR', glossary, questions), 'sélectionnez')).toBe(true);
    const asked = [...questions.values()];
    glossary.leads.set('sélectionnez', { action: 9, name: 3 });
    expect(stillAnswered(asked, () => glossary)).toBe(true);
    glossary.leads.set('sélectionnez', { action: 9, name: 4 });
    expect(stillAnswered(asked, () => glossary)).toBe(false);
  });
});

describe('a locale glossary learned while an article is parsed', () => {
  it('does not read the article being parsed again to learn its locale (a 20 MB article read twice peaked 25 MB higher)', async () => {
    /** How often a cold extract of `dir` reads each article, by file name. */
    const readsOf = async (dir: string) => {
      const reads = watchReads();
      try {
        const { io } = memoryIo();
        expect(await runCli(['extract', '--content', dir, '--locales', tempDir(), '--no-cache'], io)).toBe(0);
        const counts: Record<string, number> = {};
        for (const file of reads.files()) if (file.endsWith('.md')) counts[path.basename(file)] = (counts[path.basename(file)] ?? 0) + 1;
        return counts;
      } finally {
        reads.restore();
      }
    };
    expect(await readsOf(folderWith({ 'fr-FR/subject.md': SUBJECT }))).toEqual({ 'subject.md': 1 });
    // The first article asks for the locale's glossary: the others are scanned for it, then parsed.
    expect(await readsOf(content())).toEqual({ 'long.md': 1, 'short.md': 2, 'subject.md': 2 });
  });

  it('is the glossary its files teach read alone, with or without a cache', () => {
    const dir = content();
    const alone = new Workspace(dir, tempDir()).glossary('fr-FR');
    expect(alone.terms.get('organization profile')).toEqual(new Map([['Profil de l’organisation', 1], ['Profil', 1]]));
    const cache = new Cache(tempDir());
    for (const run of ['cold', 'warm']) {
      const workspace = new Workspace(dir, tempDir(), cache);
      workspace.article('subject');
      expect(workspace.glossary('fr-FR'), run).toEqual(alone);
    }
    const uncached = new Workspace(dir, tempDir());
    uncached.article('subject');
    expect(uncached.glossary('fr-FR')).toEqual(alone);
  });
});

describe('article questions: where a build’s links lead', () => {
  it('hold while each article asked about is still there, or still missing', () => {
    const questions = new Map<string, Question>();
    const content = new Set(['billing', 'add-a-new-customer']);
    const asked = recordingArticles((slug) => content.has(slug), questions);
    expect([asked.has('billing'), asked.has('read-your-bill'), asked.has('billing')]).toEqual([true, false, true]);
    const answers = [...questions.values()];
    // Asked twice, written down once.
    expect(answers).toHaveLength(2);
    const now = (...slugs: string[]) => (slug: string) => slugs.includes(slug);
    expect(stillAnswered(answers, () => undefined, now('billing', 'add-a-new-customer'))).toBe(true);
    expect(stillAnswered(answers, () => undefined, now('add-a-new-customer'))).toBe(false); // removed
    expect(stillAnswered(answers, () => undefined, now('billing', 'read-your-bill'))).toBe(false); // added
    // Asked with no way to know which articles exist: not answered, so the work is done again.
    expect(stillAnswered(answers, () => undefined)).toBe(false);
  });
});
