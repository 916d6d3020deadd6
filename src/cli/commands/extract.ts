/** `docflow extract`: write the i18next resources of every article. */
import { withFolderLockAsync } from '../../catalog/folder-lock.js';
import type { Command } from 'commander';
import { extract } from '../../catalog/extract.js';
import { threadCount } from '../../catalog/parse-pool.js';
import type { FolderOptions } from '../context.js';
import { print, printJson, type Io } from '../io.js';
import { report, type Format } from '../report.js';
import { withFolders, withGlossary, withShard, formatOption } from '../options.js';
import { openWithGlossary } from '../given-glossary.js';
import { inShard, parseShard } from '../shard.js';
import { namedSlugs } from '../checks.js';
import { clashError, clashesAmong } from '../content-clashes.js';
import { counted } from '../../text/counted.js';
import { resourcesOfNoArticle } from '../../catalog/articles-gone.js';

export function registerExtract(program: Command, io: Io, setExit: (code: number) => void): void {
  withGlossary(withShard(withFolders(program.command('extract'))))
    .description('merge every article\'s strings into locales/<lng>/<slug>.json: edits there are kept, changed English marks them stale, removed strings are set aside')
    .argument('[slugs...]', 'only these articles')
    .addOption(formatOption(['text', 'json'], 'how to print problems: text or json'))
    .addHelpText('after', '\nExample:\n  docflow extract --content ./docs --locales ./locales')
    .action(async (slugs: string[], options: FolderOptions & { format: Format; shard?: string; glossary?: string }) => {
      const shard = parseShard(options.shard);
      const workspace = openWithGlossary(options, io, shard, false);
      const selected = inShard(namedSlugs(workspace, slugs) ?? workspace.slugs(), shard);
      // An article two --content folders hold in one locale is not extracted (see content-clashes.ts).
      const clashes = clashesAmong(workspace.content.clashes, selected);
      const clashing = new Set(clashes.map((clash) => clash.slug));
      const named = clashing.size === 0 ? selected : selected.filter((slug) => !clashing.has(slug));
      await workspace.prepare(named, threadCount(io.env));
      // One writer per locales folder: a second extract waits, nothing interleaves. The parse
      // threads work meanwhile, and are stopped however it ends.
      const result = await withFolderLockAsync(workspace.localesDir, () => extract(workspace, named, { listWritten: options.format === 'json' }), io.env).catch(async (error: unknown) => {
        await workspace.finishAhead(true);
        throw error;
      });
      await workspace.finishAhead();
      result.files.unshift(...clashes.map(clashError));
      // Of a whole run only: a shard or named articles leave the others' files out of its look.
      if (slugs.length === 0 && !shard) result.files.push(...resourcesOfNoArticle(workspace));
      if (options.format === 'json') {
        const problems = result.files.flatMap((f) => f.messages.map((m) => ({ file: f.path, line: m.line ?? null, column: m.column ?? null, ruleId: `docflow:${m.ruleId}`, message: m.reason })));
        const { written, unchanged, handEdits, stale, obsoleted, restored } = result;
        printJson(io, { written, unchanged, handEdits, stale, obsoleted, restored, problems }, 2);
        if (problems.length > 0) setExit(1);
        return;
      }
      print(io, `${result.writtenCount} written, ${result.unchanged} unchanged in ${workspace.localesDir}`);
      if (result.handEdits.length > 0) print(io, `${counted(result.handEdits.length, 'edit')} made in ${workspace.localesDir} kept`);
      if (result.stale > 0) print(io, `${counted(result.stale, 'translation')} stale: ${result.stale === 1 ? 'its' : 'their'} English has changed (docflow status lists them)`);
      for (const key of result.obsoleted) print(io, `obsolete, set aside in _docflow/: ${key}`);
      for (const key of result.restored) print(io, `brought back from _docflow/ with its sentence: ${key}`);
      if (report(io, result.files, options.format) > 0) setExit(1);
    });
}
