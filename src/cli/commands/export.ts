/** `docflow export`: the strings of a locale as XLIFF for a CAT tool. */
import path from 'node:path';
import type { Command } from 'commander';
import { articleUnits } from '../../catalog/xliff/units.js';
import { articleXliff, xliffChunks, type XliffPart, type XliffVersion } from '../../catalog/xliff/xliff-format.js';
import { exported, type ExportedArticle } from '../../catalog/xliff/export-memo.js';
import { writeChunksAtomic } from '../../catalog/write-file.js';
import { checkFormat, namedSlugs, optionalLocale } from '../checks.js';
import { openWorkspace, type FolderOptions } from '../context.js';
import { print, warn, type Io } from '../io.js';
import { begun, notBegunNote } from '../not-begun.js';
import { withFolders, formatOption } from '../options.js';
import { counted } from '../../text/counted.js';
import { readLintConfig } from '../lint-config.js';

interface ExportOptions extends FolderOptions {
  locale?: string;
  format: string;
  out?: string;
  config?: string;
}

export function registerExport(program: Command, io: Io): void {
  withFolders(program.command('export'))
    .description('write a locale’s strings as XLIFF (1.2 or 2.0): source, target, state, and a note with file, line, step and UI label')
    .argument('[slugs...]', 'only these articles')
    .requiredOption('--locale <lng>', 'the target language')
    .addOption(formatOption(['xliff12', 'xliff2'], 'xliff12 or xliff2'))
    .requiredOption('--out <file|dir>', 'a .xlf/.xliff file for all articles, or a folder for one file per article')
    .option('--config <file>', 'the team’s lint configuration: its allow: names kept in English are translations, not sentences to translate')
    .addHelpText('after', '\nExamples:\n  docflow export --locale fr-FR --format xliff2 --out handoff/\n  docflow export add-a-new-customer --locale zh-CN --out zh.xlf')
    .action(async (slugs: string[], options: ExportOptions) => {
      const version = checkFormat<XliffVersion>(options.format, ['xliff12', 'xliff2']);
      const locale = optionalLocale(options.locale)!;
      const { allow } = readLintConfig(options.config);
      const workspace = openWorkspace(options, io);
      namedSlugs(workspace, slugs);
      // A mistyped locale went out as a new language, every string untranslated, and nothing said so.
      if (!begun(workspace, locale)) warn(io, notBegunNote(workspace, locale, 'every string goes out untranslated'));
      const out = options.out!;
      let articles = 0;
      let units = 0;
      let files = 0;
      const made = async (slug: string): Promise<ExportedArticle> => {
        const found = articleUnits(workspace, slug, locale, allow);
        const { questions } = workspace.article(slug);
        return { units: found.length, ...(found.length > 0 ? { part: await articleXliff(slug, found, locale, version) } : {}), questions };
      };
      // Articles stream through: each one's units are written and let go with it (all 370 held,
      // with their units and one document of them all: 387 MB).
      async function* articleParts(): AsyncGenerator<[slug: string, part: XliffPart]> {
        for (const slug of slugs.length > 0 ? slugs : workspace.slugs()) {
          // An article unchanged since the last export keeps its element, unbuilt (see export-memo.ts).
          const { units: found, part } = await exported(workspace, slug, locale, version, () => made(slug), allow);
          workspace.forget(slug);
          if (!part) continue;
          articles++;
          units += found;
          yield [slug, part];
        }
      }
      if (/\.(xlf|xliff)$/i.test(out)) {
        await writeChunksAtomic(out, xliffChunks(partsOnly(articleParts()), locale, version));
        files = 1;
      } else {
        for await (const [slug, part] of articleParts()) {
          await writeChunksAtomic(path.join(out, `${slug}.${locale}.xlf`), xliffChunks([part], locale, version));
          files++;
        }
      }
      print(io, `${counted(units, 'string')} of ${counted(articles, 'article')} in ${counted(files, 'file')} (${version}, ${locale})`);
    });
}

async function* partsOnly<T>(pairs: AsyncIterable<[string, T]>): AsyncGenerator<T> {
  for await (const [, part] of pairs) yield part;
}
