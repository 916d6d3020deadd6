/** `docflow import`: translated XLIFF back into locales/. */
import type { Command } from 'commander';
import { withFolderLockAsync } from '../../catalog/folder-lock.js';
import { importXliff, XliffError, type ImportReport } from '../../catalog/xliff/import.js';
import { xmlBytesOfFile } from '../../catalog/xliff/utf16-file.js';
import { availableLocalesOf, openWorkspace, type FolderOptions } from '../context.js';
import { print, printJson, warn, type Io } from '../io.js';
import { withFolders, formatOption } from '../options.js';
import { filesIn } from '../paths.js';
import { problemText } from '../../text/problem-line.js';
import { counted } from '../../text/counted.js';
import { optionalLocale } from '../checks.js';
import { sameLocale } from '../../parse/locale.js';

const XLIFF_FILE = /\.(xlf|xliff)$/i;

export function registerImport(program: Command, io: Io, setExit: (code: number) => void): void {
  withFolders(program.command('import'))
    .description('read translated XLIFF (1.2 or 2.0) into locales/, with provenance; DOCTYPE and entities are refused')
    .argument('<files...>', 'XLIFF files or folders of them')
    .addOption(formatOption(['text', 'json'], 'text or json'))
    .option('--drafts', 'also import targets the file marks as not translated yet (XLIFF 1.2 new or needs-translation, 2.0 initial)')
    .option('--locale <locale>', "the locale the targets are in, whatever the file's target language says")
    .addHelpText('after', '\nExample:\n  docflow import handoff/')
    .action(async (paths: string[], options: FolderOptions & { format: string; drafts?: boolean; locale?: string }) => {
      const workspace = openWorkspace(options, io);
      const locale = optionalLocale(options.locale);
      // The locales a file's target language is matched against (see targetLocale).
      const known = availableLocalesOf(workspace);
      const reports: (ImportReport & { file: string })[] = [];
      // A folder given with no XLIFF in it (the wrong one, the tool's files named otherwise) said nothing, exit 0.
      const files = paths.flatMap((given) => {
        const found = filesIn([given], XLIFF_FILE);
        if (found.length === 0) {
          warn(io, `docflow: ${given}: no XLIFF file in it (.xlf, .xliff): nothing imported from there`);
          setExit(1);
        }
        return found;
      });
      await withFolderLockAsync(
        workspace.localesDir,
        async () => {
          for (const file of files) {
            try {
              const bytes = xmlBytesOfFile(file);
              try {
                reports.push({ file, ...(await importXliff(workspace, bytes, file, { drafts: !!options.drafts, known, ...(locale ? { locale } : {}) })) });
              } finally {
                bytes.close();
              }
            } catch (error) {
              if (!(error instanceof XliffError)) throw error;
              warn(io, error.message);
              setExit(1);
            }
          }
        },
        io.env,
      );
      // What was not imported, and should have been, is an error whatever the format.
      if (reports.some((r) => r.refused.length > 0 || r.conflicts.length > 0 || r.unreadable.length > 0 || r.repeated.length > 0 || r.differing.length > 0)) setExit(1);
      if (options.format === 'json') {
        printJson(io, reports, 2);
        return;
      }
      for (const r of reports) {
        const newer = r.newer.length > 0 ? `, ${r.newer.length} left as they are (changed in locales/ since the export)` : '';
        const drafts = r.drafts.length > 0 ? `, ${r.drafts.length} not translated yet (--drafts imports them)` : '';
        const emptied = r.emptied.length > 0 ? `, ${r.emptied.length} emptied in the file (kept)` : '';
        const unreadable = r.unreadable.length > 0 ? `, ${r.unreadable.length} that cannot be read` : '';
        const repeated = r.repeated.length > 0 ? `, ${r.repeated.length} with an id written more than once` : '';
        const differing = r.differing.length > 0 ? `, ${r.differing.length} given different targets` : '';
        print(io, `${r.file}: ${counted(r.updated.length, 'string')} updated, ${r.unchanged} unchanged${newer}${drafts}${emptied}${unreadable}${repeated}${differing}, ${r.unknown.length} unknown (${r.locale})`);
        if (r.fileLocale !== undefined) warn(io, problemText({ file: r.file, line: 1, column: 1 }, 'info', `its target language “${r.fileLocale}” is read as ${r.locale}${locale ? ' (--locale)' : writtenInFull(r.fileLocale, r.locale) ? ', the same locale written in full (--locale says otherwise)' : ', the one locale of that language here (--locale says otherwise)'}`, 'docflow:xliff-locale'));
        for (const u of r.unknown) warn(io, problemText({ file: r.file, line: u.line, column: u.column }, 'warning', `${u.slug} ${u.key}: no such string in the content`, 'docflow:xliff-unknown'));
        for (const o of r.oldEnglish) warn(io, problemText({ file: r.file, line: o.line, column: o.column }, 'warning', `${o.slug} ${o.key}: translated from “${o.source}”, the English is now “${o.reference}” (kept, stale)`, 'docflow:xliff-old-english'));
        for (const d of r.drafts) {
          warn(io, problemText({ file: r.file, line: d.line, column: d.column }, 'warning', `${d.slug} ${d.key}: “${d.target}” is marked not translated yet in the file: not imported (mark it translated in your tool, or import with --drafts)`, 'docflow:xliff-draft'));
        }
        for (const u of r.emptied) {
          warn(io, problemText({ file: r.file, line: u.line, column: u.column }, 'warning', `${u.slug} ${u.key}: the target is empty in the file: the translation in locales/ is kept (to take it out, delete the string from locales/)`, 'docflow:xliff-empty-target'));
        }
        for (const m of r.moved) warn(io, problemText({ file: r.file, line: m.line, column: m.column }, 'info', `${m.slug} ${m.key}: its English is ${m.to}’s now: imported there`, 'docflow:xliff-moved'));
        for (const o of r.refused) {
          warn(io, problemText({ file: r.file, line: o.line, column: o.column }, 'error', `${o.slug} ${o.key}: translated from “${o.source}”, the English is now “${o.reference}”, which has a translation: not imported`, 'docflow:xliff-old-english'));
        }
        for (const c of r.conflicts) {
          const current = c.current === undefined ? 'removed' : `now “${c.current}”`;
          warn(io, problemText({ file: r.file, line: c.line, column: c.column }, 'error', `${c.slug} ${c.key}: changed in locales/ since this file was exported (${current}) and in the file (“${c.target}”): not imported; export again, or edit locales/`, 'docflow:xliff-conflict'));
        }
        for (const u of r.repeated) {
          warn(io, problemText({ file: r.file, line: u.line, column: u.column }, 'error', `${u.slug} ${u.key}: ${u.copies} units of the file have this id: which target is meant cannot be told, none is imported; keep one`, 'docflow:xliff-repeated-id'));
        }
        for (const u of r.differing) {
          warn(io, problemText({ file: r.file, line: u.line, column: u.column }, 'error', `${u.slug} ${u.key}: “${u.targets[1]}” here, “${u.targets[0]}” in another <file> element of the article: which is meant cannot be told, none is imported; keep one`, 'docflow:xliff-differing-targets'));
        }
        for (const u of r.unreadable) {
          warn(io, problemText({ file: r.file, line: u.line, column: u.column }, 'error', `${u.slug} ${u.key}: ${u.reason}: not imported; have your tool write the target as plain text`, 'docflow:xliff-inline-code'));
        }
      }
    });
}

/** `zh-Hans-CN` for `zh-CN`: the locale with the subtags it leaves to likely values (`fr` for `fr-FR` is shorter, not this). */
function writtenInFull(tag: string, locale: string): boolean {
  return tag.split('-').length > locale.split('-').length && sameLocale(tag, locale);
}
