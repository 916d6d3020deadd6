/**
 * The parse cache: a second run reads what the first parsed and writes the same bytes; an edited
 * article is read again (never a stale answer); a damaged entry is a miss; --no-cache keeps nothing.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { readArticlesCached } from '../../src/catalog/article-cache.js';
import { Cache } from '../../src/catalog/cache.js';
import { Workspace } from '../../src/catalog/workspace.js';
import { runCli } from '../../src/cli/program.js';
import { emptyGlossary } from '../../src/parse/label-glossary.js';
import { CONTENT, folderWith, memoryIo, repeatedArticle, tempDir } from '../helpers.js';

const ARTICLES = {
  'fr-FR/add-a-new-customer.md': { fixture: '../../content/fr-FR/add-a-new-customer.md' },
  'zh-CN/add-a-new-customer.md': { fixture: '../../content/zh-CN/add-a-new-customer.md' },
  'fr-FR/multichannel.md': { fixture: 'fr-FR/multichannel.md' },
};

/** Every file under a folder with its bytes. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) out[path.relative(dir, path.join(entry.parentPath, entry.name))] = fs.readFileSync(path.join(entry.parentPath, entry.name), 'utf8');
  }
  return out;
}

async function extract(content: string, locales: string, cache: string, ...more: string[]) {
  const { io } = memoryIo({ XDG_CACHE_HOME: cache });
  expect(await runCli(['extract', '--content', content, '--locales', locales, ...more], io)).toBe(0);
  return snapshot(locales);
}

/** What `extract` prints on these folders (exit 0). */
async function runWith(content: string, locales: string, ...more: string[]): Promise<string> {
  const { io, out } = memoryIo({ XDG_CACHE_HOME: tempDir() });
  expect(await runCli(['extract', '--content', content, '--locales', locales, ...more], io)).toBe(0);
  return out();
}

/** A command's JSON output on an extracted folder, with the given cache home. */
async function json<T>(cache: string, command: string, content: string, locales: string, ...more: string[]): Promise<T> {
  const { io, out } = memoryIo({ XDG_CACHE_HOME: cache });
  await runCli([command, '--content', content, '--locales', locales, '--format', 'json', ...more], io);
  return JSON.parse(out()) as T;
}

describe('the parse cache', () => {
  it('gives the same resources warm as cold, and sees an edited article', async () => {
    const content = folderWith(ARTICLES);
    const cache = tempDir();
    const cold = await extract(content, tempDir(), tempDir(), '--no-cache');
    expect(await extract(content, tempDir(), cache)).toEqual(cold);
    expect(fs.readdirSync(path.join(cache, 'docflow'))).not.toHaveLength(0);
    // Warm: every article from the cache.
    const warm = new Workspace(content, tempDir(), new Cache(path.join(cache, 'docflow')));
    for (const slug of warm.slugs()) warm.article(slug);
    expect(warm.parseCache!.stats()).toMatchObject({ misses: 0 });
    expect(await extract(content, tempDir(), cache)).toEqual(cold);

    const file = path.join(content, 'fr-FR', 'add-a-new-customer.md');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('Ajouter un client</span>', 'Ajouter un nouveau client</span>'));
    const edited = await extract(content, tempDir(), cache);
    expect(edited['fr-FR/add-a-new-customer.json']).toContain('"Ajouter un nouveau client"');
    expect(edited).toEqual(await extract(content, tempDir(), tempDir(), '--no-cache'));
  });

  it('skips an unchanged article on a warm extract, but not once a translator edited its resource file', async () => {
    const content = folderWith(ARTICLES);
    const locales = tempDir();
    const cache = tempDir();
    const run = async () => {
      const { io, out } = memoryIo({ XDG_CACHE_HOME: cache });
      expect(await runCli(['extract', '--content', content, '--locales', locales], io)).toBe(0);
      return out();
    };
    await run(); // cold: its memos are of the resource files as its writes left them
    const file = path.join(locales, 'fr-FR', 'add-a-new-customer.json');
    const warm = new Workspace(content, locales, new Cache(path.join(cache, 'docflow')));
    const { extract } = await import('../../src/catalog/extract.js');
    const built = vi.spyOn(warm, 'article');
    expect((await extract(warm)).written).toEqual([]);
    expect(warm.parseCache!.stats().misses).toBe(0); // nothing parsed
    expect(built).not.toHaveBeenCalled(); // nor built: every article from its memo
    // A translator's edit: the memo no longer holds; the edit is kept and reported.
    const edited = JSON.parse(fs.readFileSync(file, 'utf8'));
    const key = Object.keys(edited).find((k) => k.startsWith('title.'))!;
    edited[key] = 'Ajouter un client (édité)';
    fs.writeFileSync(file, `${JSON.stringify(edited, null, 2)}\n`);
    expect(await run()).toMatch(/1 edits? made in .* kept/);
    expect(JSON.parse(fs.readFileSync(file, 'utf8'))[key]).toBe('Ajouter un client (édité)');
    // Found once: the next run, from its memo, says what a run without a cache says of those
    // files (the edit is in the provenance now), not the last run's news again.
    const again = await run();
    expect(again).not.toMatch(/edits? made/);
    expect(again).toBe(await runWith(content, locales, '--no-cache'));
  });

  it('writes again a provenance file deleted since the last run, and says what a run without a cache says', async () => {
    const content = folderWith(ARTICLES);
    const locales = tempDir();
    const cache = tempDir();
    await extract(content, locales, cache);
    await extract(content, locales, cache); // warm: every article from its memo
    const whole = snapshot(locales);
    // Not a resource file: which locales have one is part of the memo's key; this is not.
    const deleted = Object.keys(whole).filter((file) => file.startsWith('_docflow') && file.includes('add-a-new-customer'));
    expect(deleted.length).toBeGreaterThan(0);
    for (const file of deleted) fs.rmSync(path.join(locales, file));
    const uncached = tempDir();
    fs.cpSync(locales, uncached, { recursive: true });
    const { io, out } = memoryIo({ XDG_CACHE_HOME: cache });
    expect(await runCli(['extract', '--content', content, '--locales', locales], io)).toBe(0);
    expect(out().replaceAll(locales, '<locales>')).toBe((await runWith(content, uncached, '--no-cache')).replaceAll(uncached, '<locales>'));
    expect(snapshot(locales)).toEqual(whole);
  });

  it('tells a string set aside once, from its memo as without a cache', async () => {
    const content = folderWith(ARTICLES);
    const locales = tempDir();
    const cache = tempDir();
    const run = () => runWith(content, locales, '--cache', cache);
    await run();
    // The note's sentence removed from both translations: its key is gone from the article.
    for (const locale of ['fr-FR', 'zh-CN']) {
      const file = path.join(content, locale, 'add-a-new-customer.md');
      fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/\n><span data-ttu-id="[^"]*-107">.*\n/, '\n'));
    }
    expect(await run()).toMatch(/obsolete, set aside in _docflow\/: fr-FR add-a-new-customer note\.\d+/);
    const again = await run();
    expect(again).not.toMatch(/obsolete/);
    expect(again).toBe(await runWith(content, locales, '--no-cache'));
  });

  it('follows links to the articles that exist now: one removed, or added back, is seen at once', async () => {
    const content = tempDir();
    fs.cpSync(CONTENT, content, { recursive: true });
    const locales = tempDir();
    const cache = tempDir();
    const cli = async (args: string[], ...more: string[]) => {
      const { io, out, err } = memoryIo({ XDG_CACHE_HOME: cache });
      const code = await runCli([...args, '--content', content, '--locales', locales, ...more], io);
      return { code, out: out(), err: err() };
    };
    // Warm and cold alike: the graph's related procedures, and the overlay's link of step 5.
    const both = async (args: string[]) => {
      const [warm, cold] = [await cli(args), await cli(args, '--no-cache')];
      expect(warm).toEqual(cold);
      return warm;
    };
    const graph = ['graph', 'add-a-new-customer'];
    await cli(['extract']);
    expect((await both(graph)).out).toContain('flow_create_a_new_subscription');
    const removed = ['fr-FR', 'zh-CN'].map((locale) => path.join(content, locale, 'create-a-new-subscription.md'));
    const texts = removed.map((file) => fs.readFileSync(file, 'utf8'));
    removed.forEach((file) => fs.rmSync(file));
    expect((await both(graph)).out).not.toContain('create_a_new_subscription');
    expect((await both(['extract'])).err).toMatch(/No flow named `create-a-new-subscription`/);
    // Every article's checklist, links followed: the cached build of an article that links to the
    // removed one led there (an internal error before).
    expect((await cli(['checklist', '--all', '--out', tempDir()])).code).toBe(0);
    removed.forEach((file, i) => fs.writeFileSync(file, texts[i]!));
    expect((await both(graph)).out).toContain('flow_create_a_new_subscription');
    expect((await both(['extract'])).err).not.toMatch(/No flow named/);
  });

  it('lists the same procedures warm as cold, and a changed title at once', async () => {
    const content = folderWith(ARTICLES);
    const cache = tempDir();
    const list = async (...more: string[]) => {
      const { io, out } = memoryIo({ XDG_CACHE_HOME: cache });
      expect(await runCli(['list', '--content', content, '--locales', tempDir(), '--locale', 'fr-FR', ...more], io)).toBe(0);
      return out();
    };
    const cold = await list('--no-cache');
    expect(cold).toContain('Ajouter un client');
    expect(await list()).toBe(cold);
    expect(await list()).toBe(cold);
    const file = path.join(content, 'fr-FR', 'add-a-new-customer.md');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('Ajouter un client</span>', 'Ajouter un nouveau client</span>'));
    expect(await list()).toContain('Ajouter un nouveau client');
  });

  it('lists a title a translator changed in locales/ at once', async () => {
    const content = folderWith(ARTICLES);
    const locales = tempDir();
    const cache = tempDir();
    await extract(content, locales, cache);
    const list = async () => {
      const { io, out } = memoryIo({ XDG_CACHE_HOME: cache });
      expect(await runCli(['list', '--content', content, '--locales', locales, '--locale', 'fr-FR'], io)).toBe(0);
      return out();
    };
    expect(await list()).toContain('Ajouter un client');
    expect(await list()).toContain('Ajouter un client');
    const file = path.join(locales, 'fr-FR', 'add-a-new-customer.json');
    const messages = JSON.parse(fs.readFileSync(file, 'utf8'));
    messages[Object.keys(messages).find((k) => k.startsWith('title.'))!] = 'Créer un compte client';
    fs.writeFileSync(file, JSON.stringify(messages, null, 2));
    expect(await list()).toContain('Créer un compte client');
    // A broken file is told on every run, never kept quiet by the memo.
    fs.writeFileSync(file, '{ "title.1": ');
    const broken = async () => {
      const { io, err } = memoryIo({ XDG_CACHE_HOME: cache });
      await runCli(['list', '--content', content, '--locales', locales, '--locale', 'fr-FR'], io);
      return err();
    };
    expect(await broken()).toContain('docflow:bad-resource');
    expect(await broken()).toContain('docflow:bad-resource');
  });

  it('gives the same status warm as cold, and sees a translation edited in locales/', async () => {
    const content = folderWith(ARTICLES);
    const locales = tempDir();
    const cache = tempDir();
    await extract(content, locales, cache);
    const status = (...more: string[]) => json<{ totals: { locale: string; origins: { hand: number } }[] }>(cache, 'status', content, locales, ...more);
    const cold = await status('--no-cache');
    expect(await status()).toEqual(cold);
    expect(await status()).toEqual(cold);
    // A shard's run keeps its own memo, and the whole run's still holds after it.
    expect(await status('--shard', '1/2')).toEqual(await status('--shard', '1/2', '--no-cache'));
    expect(await status()).toEqual(cold);
    const file = path.join(locales, 'fr-FR', 'add-a-new-customer.json');
    const messages = JSON.parse(fs.readFileSync(file, 'utf8'));
    messages[Object.keys(messages).find((k) => k.startsWith('proc-1.step-1.'))!] = 'Dans le menu **Tableau de bord**, sélectionnez **Clients**.';
    fs.writeFileSync(file, JSON.stringify(messages));
    const after = await status();
    expect(after).toEqual(await status('--no-cache'));
    expect(after.totals.find((t) => t.locale === 'fr-FR')!.origins.hand).toBe(cold.totals.find((t) => t.locale === 'fr-FR')!.origins.hand + 1);
  });

  it('lints the same warm as cold, and lints a translation edited in locales/', async () => {
    const content = folderWith(ARTICLES);
    const locales = tempDir();
    const cache = tempDir();
    await extract(content, locales, cache);
    const lint = (...more: string[]) => json<{ file: string; ruleId: string; message: string }[]>(cache, 'lint', content, locales, ...more);
    const cold = await lint('--no-cache');
    expect(cold.length).toBeGreaterThan(0);
    expect(await lint()).toEqual(cold);
    expect(await lint()).toEqual(cold);
    const file = path.join(locales, 'fr-FR', 'add-a-new-customer.json');
    const messages = JSON.parse(fs.readFileSync(file, 'utf8'));
    messages[Object.keys(messages).find((k) => k.startsWith('proc-1.step-1.'))!] = 'Dans le menu Tableau de bord,  sélectionnez Clients.';
    fs.writeFileSync(file, JSON.stringify(messages, null, 2));
    const after = await lint();
    expect(after).toEqual(await lint('--no-cache'));
    expect(after.some((m) => m.file === file)).toBe(true);
  });

  it('exports the same XLIFF warm as cold, without building an unchanged article, and a translation edited in locales/ at once', async () => {
    const content = folderWith(ARTICLES);
    const locales = tempDir();
    const cache = tempDir();
    await extract(content, locales, cache);
    const exported = async (...more: string[]) => {
      const out = path.join(tempDir(), 'fr.xlf');
      const { io, out: printed } = memoryIo({ XDG_CACHE_HOME: cache });
      expect(await runCli(['export', '--content', content, '--locales', locales, '--locale', 'fr-FR', '--out', out, ...more], io)).toBe(0);
      return { printed: printed(), xml: fs.readFileSync(out, 'utf8') };
    };
    const cold = await exported('--no-cache');
    expect(await exported()).toEqual(cold);
    const built = vi.spyOn(Workspace.prototype, 'article');
    try {
      expect(await exported()).toEqual(cold);
      expect(built).not.toHaveBeenCalled();
    } finally {
      built.mockRestore();
    }
    const file = path.join(locales, 'fr-FR', 'add-a-new-customer.json');
    const messages = JSON.parse(fs.readFileSync(file, 'utf8'));
    messages[Object.keys(messages).find((k) => k.startsWith('proc-1.step-1.'))!] = 'Dans le menu **Tableau de bord**, choisissez **Clients**.';
    fs.writeFileSync(file, JSON.stringify(messages, null, 2));
    const after = await exported();
    expect(after.xml).toContain('choisissez **Clients**');
    expect(after).toEqual(await exported('--no-cache'));
  });

  it('applies the same warm as cold, without building an article it found nothing to write into, and writes a translation edited since', async () => {
    const both = await Promise.all([0, 1].map(async () => {
      const content = folderWith(ARTICLES);
      const locales = tempDir();
      await extract(content, locales, tempDir(), '--no-cache');
      return { content, locales };
    }));
    const cache = tempDir();
    const apply = async (side: { content: string; locales: string }, ...more: string[]) => {
      const { io, out, err } = memoryIo({ XDG_CACHE_HOME: cache });
      const code = await runCli(['apply', '--content', side.content, '--locales', side.locales, '--format', 'json', ...more], io);
      return { code, out: out().replaceAll(side.content, '<content>'), err: err().replaceAll(side.content, '<content>'), articles: snapshot(side.content) };
    };
    const [cached, cold] = both as [{ content: string; locales: string }, { content: string; locales: string }];
    expect(await apply(cached)).toEqual(await apply(cold, '--no-cache'));
    const built = vi.spyOn(Workspace.prototype, 'article');
    let warm: Awaited<ReturnType<typeof apply>>;
    try {
      warm = await apply(cached);
      expect(built).not.toHaveBeenCalled();
    } finally {
      built.mockRestore();
    }
    expect(warm).toEqual(await apply(cold, '--no-cache'));
    // A translator's edit in locales/: written into the article, by both.
    for (const side of both) {
      const file = path.join(side.locales, 'fr-FR', 'add-a-new-customer.json');
      const messages = JSON.parse(fs.readFileSync(file, 'utf8'));
      messages[Object.keys(messages).find((k) => k.startsWith('proc-1.step-1.'))!] = 'Dans le menu **Tableau de bord**, choisissez **Clients**.';
      fs.writeFileSync(file, JSON.stringify(messages, null, 2));
    }
    const written = await apply(cached);
    expect(written).toEqual(await apply(cold, '--no-cache'));
    expect(written.articles['fr-FR/add-a-new-customer.md']).toContain('choisissez **Clients**');
    expect(await apply(cached)).toEqual(await apply(cold, '--no-cache'));
  });

  it('parses again when the rest of the locale now pairs a label differently', () => {
    const content = folderWith(ARTICLES);
    const cache = new Cache(tempDir());
    const files = [...new Workspace(content, tempDir()).content.articles.get('add-a-new-customer')!.values()];
    const glossary = emptyGlossary();
    readArticlesCached(files, () => glossary, cache);
    readArticlesCached(files, () => glossary, cache);
    expect(cache.stats()).toEqual({ hits: 1, misses: 1 });
    // What the locale teaches about a label this article asks about has changed: a miss.
    glossary.terms.set('dashboard', new Map([['Tableau de bord', 3]]));
    const again = readArticlesCached(files, () => glossary, cache);
    expect(cache.stats()).toEqual({ hits: 1, misses: 2 });
    expect(again.parsed.map((p) => p.document)).toEqual(readArticlesCached(files, () => glossary).parsed.map((p) => p.document));
  });

  it('keeps a long article in parts, gives it back warm as cold, and takes an entry cut short for a miss', async () => {
    const content = folderWith({ 'fr-FR/long.md': repeatedArticle('fr-FR/azure-usage.md', 45) });
    expect(fs.statSync(path.join(content, 'fr-FR', 'long.md')).size).toBeGreaterThan(1 << 20);
    const cache = tempDir();
    const cold = await extract(content, tempDir(), tempDir(), '--no-cache');
    expect(await extract(content, tempDir(), cache)).toEqual(cold);
    const entries = ['article', 'built-article'].flatMap((kind) =>
      fs.readdirSync(path.join(cache, 'docflow', 'v1', kind), { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name)),
    );
    expect(entries).toHaveLength(2);
    for (const entry of entries) expect(fs.readFileSync(entry).subarray(0, 8).toString()).toBe('DFPARTS1');
    const fresh = new Workspace(content, tempDir()).article('long');
    const warm = new Workspace(content, tempDir(), new Cache(path.join(cache, 'docflow')));
    const kept = warm.article('long');
    expect(warm.parseCache!.stats()).toMatchObject({ misses: 0 });
    expect(kept.documents).toEqual(fresh.documents);
    expect(kept.resources.messages).toEqual(fresh.resources.messages);
    expect(kept.resources.keys).toEqual(fresh.resources.keys);
    expect(kept.workflows).toEqual(fresh.workflows);
    // Cut short in its last part: a miss, the article parsed again, the entry written again whole.
    const built = entries.find((entry) => entry.includes('built-article'))!;
    fs.truncateSync(built, fs.statSync(built).size - 10);
    const again = new Workspace(content, tempDir(), new Cache(path.join(cache, 'docflow')));
    expect(again.article('long').resources.messages).toEqual(fresh.resources.messages);
    expect(again.parseCache!.stats().misses).toBe(1);
    // Written again, whole: the next run reads it.
    const next = new Workspace(content, tempDir(), new Cache(path.join(cache, 'docflow')));
    expect(next.article('long').documents).toEqual(fresh.documents);
    expect(next.parseCache!.stats()).toMatchObject({ misses: 0 });
    expect(await extract(content, tempDir(), cache)).toEqual(cold);
    // Its lint is kept in parts too, and read back as it was made: a shard's lint reads each
    // article's findings from their entry (a whole lint reads the run's).
    const locales = tempDir();
    const lintShard = async (...more: string[]) => {
      const { io, out } = memoryIo({ XDG_CACHE_HOME: cache });
      expect(await runCli(['lint', '--shard', '1/1', '--content', content, '--locales', locales, ...more], io)).toBe(0);
      return out();
    };
    const linted = await lintShard('--no-cache');
    expect(await lintShard()).toBe(linted);
    const lintEntries = fs.readdirSync(path.join(cache, 'docflow', 'v1', 'lint'), { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
    expect(lintEntries).toHaveLength(1);
    expect(fs.readFileSync(path.join(lintEntries[0]!.parentPath, lintEntries[0]!.name)).subarray(0, 8).toString()).toBe('DFPARTS1');
    expect(await lintShard()).toBe(linted);
  });

  it('takes a damaged entry for a miss, and keeps nothing with --no-cache', async () => {
    const content = folderWith(ARTICLES);
    const cache = tempDir();
    const cold = await extract(content, tempDir(), cache);
    for (const entry of fs.readdirSync(cache, { recursive: true, withFileTypes: true })) {
      if (entry.isFile()) fs.writeFileSync(path.join(entry.parentPath, entry.name), 'not v8');
    }
    expect(await extract(content, tempDir(), cache)).toEqual(cold);
    const none = tempDir();
    await extract(content, tempDir(), none, '--no-cache');
    expect(fs.readdirSync(none)).toEqual([]);
  });
});
