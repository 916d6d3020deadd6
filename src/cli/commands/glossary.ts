/**
 * `docflow glossary`: what the content teaches about its UI labels, per locale, as a file (see
 * glossary-file.ts): with `--shard i/n`, a part of a CI matrix's, learned from that shard's
 * articles alone; `docflow merge` joins the parts, and `extract`, `status` and `lint` take the
 * whole with `--glossary` instead of reading every file of each locale in every job.
 */
import type { Command } from 'commander';
import { GLOSSARY_FILE, glossaryLines, LessonsFold, type GlossaryHeader, type LocaleLessons } from '../../catalog/glossary-file.js';
import type { Workspace } from '../../catalog/workspace.js';
import { openWorkspace, type FolderOptions } from '../context.js';
import { type Io } from '../io.js';
import { withFolders, withShard } from '../options.js';
import { parseShard, shardScope } from '../shard.js';
import { outputPieces } from '../output-pieces.js';
import { counted } from '../../text/counted.js';

export function registerGlossary(program: Command, io: Io): void {
  withShard(withFolders(program.command('glossary')))
    .description('what the content teaches about its UI labels, per locale, as a file for `--glossary` (with --shard, a part for `docflow merge`)')
    .option('--out <file>', 'write there instead of printing')
    .addHelpText(
      'after',
      '\nExample (a CI matrix of 2):\n  docflow glossary --shard 1/2 --out g1.jsonl; docflow glossary --shard 2/2 --out g2.jsonl\n  docflow merge g1.jsonl g2.jsonl --out glossary.jsonl\n  docflow extract --shard 1/2 --glossary glossary.jsonl',
    )
    .action((options: FolderOptions & { shard?: string; out?: string }) => {
      const shard = parseShard(options.shard);
      // A part learns from its shard's files alone, and opens no other (see glossary-file.ts).
      const workspace = openWorkspace(options, io, shard && shardScope(shard));
      let files = 0;
      const locales = workspace.contentLocales();
      const learned = function* (): Generator<[string, LocaleLessons]> {
        for (const locale of locales) {
          const lessons = localeLessons(workspace, locale);
          files += lessons.files;
          yield [locale, lessons];
        }
      };
      // Where the content's files are, and which of the shard's are no articles: what a job of
      // the same checkout would otherwise open every file to know.
      const { listing, notArticles } = workspace.content;
      const header = { docflow: GLOSSARY_FILE, ...(shard ? { shard: `${shard.index}/${shard.count}` } : {}), listing, notArticles, locales: [...locales].sort() } satisfies GlossaryHeader;
      outputPieces(io, options.out, glossaryLines(header, learned()), () => `glossary of ${counted(locales.length, 'locale')} (${counted(files, 'file')}) written to ${options.out}`);
    });
}

/** A locale's lessons from the workspace's files (a shard's, in a part). */
function localeLessons(workspace: Workspace, locale: string): LocaleLessons {
  const fold = new LessonsFold();
  for (const [slug, lessons] of workspace.lessonsOfLocale(locale)) fold.addFile(slug, lessons);
  return fold.lessons();
}
