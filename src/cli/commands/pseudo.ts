/** `docflow pseudo`: a pseudo-locale of every string, to test screens for truncation and hard-coded text. */
import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { withFolderLock } from '../../catalog/folder-lock.js';
import { readMessages, resourcePath } from '../../catalog/locale-files.js';
import { isPrivateUse, PSEUDO_LOCALE, pseudoMessages } from '../../catalog/pseudo.js';
import { SOURCE_LOCALE } from '../../catalog/versions.js';
import { BUNDLED_LOCALES } from '../../catalog/workspace.js';
import { stableJsonChunks, writePiecesAtomic } from '../../catalog/write-file.js';
import { normalizeLocale } from '../../parse/locale.js';
import { openWorkspace, type FolderOptions } from '../context.js';
import { CliError, print, type Io } from '../io.js';
import { withFolders } from '../options.js';
import { counted } from '../../text/counted.js';

export function registerPseudo(program: Command, io: Io): void {
  withFolders(program.command('pseudo'))
    .description('write a pseudo-locale (accented, ~35% longer, bracketed; markup and placeholders intact) of every article and of the app')
    .option('--locale <lng>', 'the pseudo-locale’s tag', PSEUDO_LOCALE)
    .addHelpText('after', '\nExample:\n  docflow pseudo && docflow run add-a-new-customer --locale qps-Ploc')
    .action((options: FolderOptions & { locale: string }) => {
      const locale = normalizeLocale(options.locale);
      if (!locale) throw new CliError(`not a locale: “${options.locale}”`, 2);
      if (!isPrivateUse(locale)) throw new CliError(`${locale} is a real language's locale: pseudo text would be written over its translations; a pseudo-locale takes a private-use tag (qps-Ploc, qps-plocm, en-XA, ar-XB)`, 2);
      const workspace = openWorkspace(options, io);
      let written = 0;
      const write = (namespace: string, ...layers: Record<string, string>[]) => {
        if (writePiecesAtomic(resourcePath(workspace.localesDir, locale, namespace), stableJsonChunks(pseudoMessages(...layers))).changed) written++;
      };
      withFolderLock(
        workspace.localesDir,
        () => {
          for (const slug of workspace.slugs()) {
            const file = resourcePath(workspace.localesDir, SOURCE_LOCALE, slug);
            write(slug, workspace.article(slug).resources.messages.get(SOURCE_LOCALE) ?? {}, fs.existsSync(file) ? readMessages(file) : {});
            workspace.forget(slug);
          }
          const ui = [workspace.localesDir, BUNDLED_LOCALES].map((dir) => path.join(dir, SOURCE_LOCALE, 'ui.json')).find((f) => fs.existsSync(f));
          if (ui) write('ui', readMessages(ui));
        },
        io.env,
      );
      print(io, `${counted(written, 'file')} written for ${locale} in ${workspace.localesDir}`);
    });
}
