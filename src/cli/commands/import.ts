/** `docflow import`: translated XLIFF back into locales/. */
import fs from 'node:fs';
import type { Command } from 'commander';
import { withFolderLockAsync } from '../../catalog/folder-lock.js';
import { importXliff, XliffError, type ImportReport } from '../../catalog/xliff/import.js';
import { openWorkspace, type FolderOptions } from '../context.js';
import { print, warn, type Io } from '../io.js';
import { withFolders, formatOption } from '../options.js';
import { filesIn } from '../paths.js';

export function registerImport(program: Command, io: Io, setExit: (code: number) => void): void {
  withFolders(program.command('import'))
    .description('read translated XLIFF (1.2 or 2.0) into locales/, with provenance; DOCTYPE and entities are refused')
    .argument('<files...>', 'XLIFF files or folders of them')
    .addOption(formatOption(['text', 'json'], 'text or json'))
    .addHelpText('after', '\nExample:\n  docflow import handoff/')
    .action(async (paths: string[], options: FolderOptions & { format: string }) => {
      const workspace = openWorkspace(options, io.env);
      const reports: (ImportReport & { file: string; text: string })[] = [];
      await withFolderLockAsync(
        workspace.localesDir,
        async () => {
          for (const file of filesIn(paths, /\.(xlf|xliff)$/i)) {
            try {
              const text = fs.readFileSync(file, 'utf8');
              reports.push({ file, text, ...(await importXliff(workspace, text, file)) });
            } catch (error) {
              if (!(error instanceof XliffError)) throw error;
              warn(io, error.message);
              setExit(1);
            }
          }
        },
        io.env,
      );
      if (options.format === 'json') {
        print(io, JSON.stringify(reports.map(({ text, ...report }) => report), null, 2));
        return;
      }
      for (const r of reports) {
        print(io, `${r.file}: ${r.updated.length} strings updated, ${r.unchanged} unchanged, ${r.unknown.length} unknown (${r.locale})`);
        const at = (slug: string, key: string) => `${r.file}:${unitPlace(r.text, slug, key)}`;
        for (const u of r.unknown) warn(io, `${at(u.slug, u.key)} warning ${u.slug} ${u.key}: no such string in the content docflow:xliff-unknown`);
        for (const o of r.oldEnglish) warn(io, `${at(o.slug, o.key)} warning ${o.slug} ${o.key}: translated from “${o.source}”, the English is now “${o.reference}” (kept, stale) docflow:xliff-old-english`);
      }
    });
}

/**
 * `line:column` of a unit in an XLIFF file: its `id="key"` after the file element that names the
 * article (1.2 `original="slug"`, 2.0 `id="slug"`); the file's start when it cannot be found.
 */
function unitPlace(text: string, slug: string, key: string): string {
  const file = text.indexOf(`"${slug}"`);
  const unit = text.indexOf(`id="${key}"`, Math.max(0, file));
  if (unit === -1) return '1:1';
  const before = text.slice(0, unit);
  const line = before.split('\n').length;
  return `${line}:${unit - before.lastIndexOf('\n')}`;
}
