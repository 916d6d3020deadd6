/** `docflow export`: the strings of a locale as XLIFF for a CAT tool. */
import path from 'node:path';
import type { Command } from 'commander';
import { articleUnits, type Unit } from '../../catalog/xliff/units.js';
import { writeXliff, type XliffVersion } from '../../catalog/xliff/xliff-format.js';
import { writeFileAtomic } from '../../catalog/write-file.js';
import { checkFormat, namedSlugs, optionalLocale } from '../checks.js';
import { openWorkspace, type FolderOptions } from '../context.js';
import { print, type Io } from '../io.js';
import { withFolders, formatOption } from '../options.js';

interface ExportOptions extends FolderOptions {
  locale?: string;
  format: string;
  out?: string;
}

export function registerExport(program: Command, io: Io): void {
  withFolders(program.command('export'))
    .description('write a locale’s strings as XLIFF (1.2 or 2.0): source, target, state, and a note with file, line, step and UI label')
    .argument('[slugs...]', 'only these articles')
    .requiredOption('--locale <lng>', 'the target language')
    .addOption(formatOption(['xliff12', 'xliff2'], 'xliff12 or xliff2'))
    .requiredOption('--out <file|dir>', 'a .xlf/.xliff file for all articles, or a folder for one file per article')
    .addHelpText('after', '\nExamples:\n  docflow export --locale fr-FR --format xliff2 --out handoff/\n  docflow export add-a-new-customer --locale zh-CN --out zh.xlf')
    .action(async (slugs: string[], options: ExportOptions) => {
      const version = checkFormat<XliffVersion>(options.format, ['xliff12', 'xliff2']);
      const locale = optionalLocale(options.locale)!;
      const workspace = openWorkspace(options, io.env);
      namedSlugs(workspace, slugs);
      const articles = new Map<string, Unit[]>();
      for (const slug of slugs.length > 0 ? slugs : workspace.slugs()) {
        const units = articleUnits(workspace, slug, locale);
        if (units.length > 0) articles.set(slug, units);
      }
      const out = options.out!;
      const oneFile = /\.(xlf|xliff)$/i.test(out);
      const files = oneFile ? [[out, articles] as const] : [...articles].map(([slug, units]) => [path.join(out, `${slug}.${locale}.xlf`), new Map([[slug, units]])] as const);
      let units = 0;
      for (const [file, content] of files) {
        writeFileAtomic(file, await writeXliff({ articles: content, locale }, version));
        for (const list of content.values()) units += list.length;
      }
      print(io, `${units} strings of ${articles.size} articles in ${files.length} ${files.length === 1 ? 'file' : 'files'} (${version}, ${locale})`);
    });
}
