/**
 * `docflow glossary`: what the content teaches about its UI labels, per locale, as a file (see
 * glossary-file.ts): with `--shard i/n`, a part of a CI matrix's, learned from that shard's
 * articles alone; `docflow merge` joins the parts, and `extract`, `status` and `lint` take the
 * whole with `--glossary` instead of reading every file of each locale in every job.
 */
import type { Command } from 'commander';
import { GLOSSARY_FILE, LessonsFold, localeArticles, type GlossaryFile } from '../../catalog/glossary-file.js';
import { writeFileAtomic } from '../../catalog/write-file.js';
import { openWorkspace, type FolderOptions } from '../context.js';
import { escapedJson } from '../../text/escaped-json.js';
import { print, type Io } from '../io.js';
import { withFolders, withShard } from '../options.js';
import { inShard, parseShard } from '../shard.js';

export function registerGlossary(program: Command, io: Io): void {
  withShard(withFolders(program.command('glossary')))
    .description('what the content teaches about its UI labels, per locale, as a file for `--glossary` (with --shard, a part for `docflow merge`)')
    .option('--out <file>', 'write there instead of printing')
    .addHelpText(
      'after',
      '\nExample (a CI matrix of 2):\n  docflow glossary --shard 1/2 --out g1.json; docflow glossary --shard 2/2 --out g2.json\n  docflow merge g1.json g2.json --out glossary.json\n  docflow extract --shard 1/2 --glossary glossary.json',
    )
    .action((options: FolderOptions & { shard?: string; out?: string }) => {
      const shard = parseShard(options.shard);
      const workspace = openWorkspace(options, io.env);
      const slugs = new Set(inShard(workspace.slugs(), shard));
      const file: GlossaryFile = { docflow: GLOSSARY_FILE, ...(shard ? { shard: `${shard.index}/${shard.count}` } : {}), locales: {} };
      for (const locale of workspace.contentLocales()) {
        const fold = new LessonsFold(localeArticles(workspace.content, locale).hash);
        for (const [index, lessons] of workspace.lessonsOfArticles(locale, slugs)) fold.addFile(index, lessons);
        file.locales[locale] = fold.lessons();
      }
      const text = `${escapedJson(file)}\n`;
      if (!options.out) return print(io, text);
      writeFileAtomic(options.out, text);
      const files = Object.values(file.locales).reduce((sum, l) => sum + l.files, 0);
      print(io, `glossary of ${Object.keys(file.locales).length} locales (${files} files) written to ${options.out}`);
    });
}
