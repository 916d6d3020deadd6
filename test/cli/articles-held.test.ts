/**
 * Commands over a repository hold one article at a time, whatever their number: memory flat in
 * the number of articles. Each command is run on real articles while the workspace's articles
 * are counted as they are built and let go (`apply` held every article it built: 4× the 370
 * fr-FR articles, 271 MB).
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Workspace } from '../../src/catalog/workspace.js';
import { runCli } from '../../src/cli/program.js';
import { FIXTURES, folderWith, memoryIo, tempDir } from '../helpers.js';

/** The most articles held at once while `run` goes. */
async function mostHeld(run: () => Promise<unknown>): Promise<number> {
  const held = new Set<string>();
  let most = 0;
  const article = Workspace.prototype.article;
  const forget = Workspace.prototype.forget;
  vi.spyOn(Workspace.prototype, 'article').mockImplementation(function (this: Workspace, slug: string) {
    const built = article.call(this, slug);
    held.add(slug);
    most = Math.max(most, held.size);
    return built;
  });
  vi.spyOn(Workspace.prototype, 'forget').mockImplementation(function (this: Workspace, slug: string) {
    held.delete(slug);
    forget.call(this, slug);
  });
  await run();
  return most;
}

describe('articles held by a command', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  // The French articles of the fixtures, each an article of its own.
  const articles = Object.fromEntries(fs.readdirSync(path.join(FIXTURES, 'fr-FR')).map((name) => [`fr-FR/${name}`, { fixture: `fr-FR/${name}` }]));
  const content = folderWith(articles);
  const locales = tempDir();
  const handOff = path.join(tempDir(), 'fr-FR.xlf');

  const cli = async (...args: string[]) => {
    const { io } = memoryIo({ XDG_CACHE_HOME: tempDir() });
    return runCli([...args, '--content', content, '--locales', locales, '--no-cache'], io);
  };

  it.each([
    ['extract', ['extract']],
    ['status', ['status']],
    ['lint', ['lint']],
    ['apply', ['apply', '--dry-run']],
    ['apply --create', ['apply', '--create', '--locale', 'de-DE', '--dry-run', '--out', tempDir()]],
    ['export', ['export', '--locale', 'fr-FR', '--out', path.join(tempDir(), 'all.xlf')]],
    ['list', ['list']],
    ['checklist --all', ['checklist', '--all', '--out', tempDir()]],
    ['pseudo', ['pseudo']],
    ['import', ['import', handOff]],
  ])('%s holds one article at a time', async (_, args) => {
    if (!fs.existsSync(path.join(locales, 'fr-FR'))) {
      expect(await cli('extract')).toBe(0);
      // A locale of the resources that has no articles yet, for --create.
      fs.cpSync(path.join(locales, 'fr-FR'), path.join(locales, 'de-DE'), { recursive: true });
      expect(await cli('export', '--locale', 'fr-FR', '--out', handOff)).toBe(0);
    }
    expect(Object.keys(articles).length).toBeGreaterThan(5);
    let exit: number | undefined;
    expect(await mostHeld(async () => (exit = await cli(...args)))).toBe(1);
    expect(exit).toBe(0);
  });
});
