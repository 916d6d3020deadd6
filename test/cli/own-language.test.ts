/**
 * An article with no English (written in French only, as a team that writes in French keeps it)
 * reads in French to a reader of any language, rather than as its slug and empty steps.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/program.js';
import { openSession } from '../../src/cli/context.js';
import { englishSource } from '../../src/catalog/i18n.js';
import { memoryIo } from '../helpers.js';
import { frenchOnly } from '../french-only.js';

async function cli(args: string[], env: NodeJS.ProcessEnv = {}) {
  const m = memoryIo(env);
  const code = await runCli(args, m.io);
  return { code, out: m.out(), err: m.err() };
}

describe('an article with no English', () => {
  it('is listed by its French title to an English reader, before and after extract', async () => {
    const { content, locales } = frenchOnly();
    const folders = ['--content', content, '--locales', locales, '--no-cache'];
    const before = await cli(['list', ...folders, '--json']);
    expect(JSON.parse(before.out)).toContainEqual({ id: 'revoke', title: 'Rétablir les privilèges d’administrateur', steps: 3 });
    expect((await cli(['extract', ...folders])).code).toBe(0);
    expect((await cli(['list', ...folders])).out).toContain('revoke  Rétablir les privilèges d’administrateur  (3 steps)');
  });

  it('gives en-US none of its French: extract writes its labels under fr-FR only', async () => {
    const { content, locales } = frenchOnly();
    expect((await cli(['extract', '--content', content, '--locales', locales, '--no-cache'])).code).toBe(0);
    const french = JSON.parse(fs.readFileSync(path.join(locales, 'fr-FR', 'revoke.json'), 'utf8')) as Record<string, string>;
    expect(Object.values(french)).toContain('Clients');
    const englishFile = path.join(locales, 'en-US', 'revoke.json');
    const english = fs.existsSync(englishFile) ? (JSON.parse(fs.readFileSync(englishFile, 'utf8')) as Record<string, string>) : {};
    // The code is the same in every language; no sentence, title or label is French under en-US.
    expect(Object.values(english).filter((value) => /[àâçéèêëîïôûùüÿœ’]|Clients/i.test(value))).toEqual([]);
  });

  it('walks an English reader through its steps in French, labels and all', async () => {
    const { content, locales } = frenchOnly();
    const { code, out } = await cli(['run', 'revoke', '--content', content, '--locales', locales, '--no-cache']);
    expect(code).toBe(0);
    expect(out.split('\n')[0]).toBe('Rétablir les privilèges d’administrateur');
    expect(out).toContain('Step 2 of 3');
    expect(out).toContain('Dans le menu de l’Espace partenaires, sélectionnez Clients.');
    expect(out).toContain('Exemple d’e-mail de la création d’une relation de revendeur.');
  });

  it('marks its French as French on an English page, and names the label a step highlights', async () => {
    const { content, locales } = frenchOnly();
    const { code, out } = await cli(['checklist', 'revoke', '--content', content, '--locales', locales, '--no-cache', '--format', 'html']);
    expect(code).toBe(0);
    expect(out).toContain('<html lang="en-US"');
    expect(out).toContain('<h1 lang="fr-FR" dir="ltr">Rétablir les privilèges d’administrateur</h1>');
    expect(out).toMatch(/<p lang="fr-FR" dir="ltr">Pour récupérer des privilèges/);
    const json = JSON.parse((await cli(['checklist', 'revoke', '--content', content, '--locales', locales, '--no-cache', '--format', 'json'])).out) as {
      titleLang?: string;
      procedures: { steps: { labels: { text: string; source?: string }[] }[] }[];
    };
    expect(json.titleLang).toBe('fr-FR');
    // The label in the language the step is shown in, and no English beside it: there is none.
    expect(json.procedures[0]!.steps[1]!.labels).toEqual([{ key: expect.any(String) as string, text: 'Clients' }]);
  });

  it('reads only the reader’s languages for an article that has English, and the article’s own for one that has not', () => {
    const { content, locales } = frenchOnly();
    const session = openSession(memoryIo().io, { content, locales, cache: false }, () => ['revoke', 'plain'], undefined, { oneLocale: true });
    expect(session.i18n.hasResourceBundle('fr-FR', 'revoke')).toBe(true);
    expect(session.tr.origin('revoke', 'title.1')).toBe('fr-FR');
    expect(session.tr.text('plain', 'title.1')).toBe('Plain');
    expect(session.tr.origin('plain', 'title.1')).toBe('en-US');
    // The English shown beside a translation is English or nothing.
    expect(englishSource(session.i18n).text('revoke', 'title.1')).toBe('');
  });
});
