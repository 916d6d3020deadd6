/** `docflow apply`: translations in locales/ written back into the side-by-side articles. */
import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { withFolderLock } from '../../catalog/folder-lock.js';
import { applyResources, createArticle, type Unplaced } from '../../catalog/apply.js';
import { normalizeLocale } from '../../parse/locale.js';
import { writePiecesAtomic } from '../../catalog/write-file.js';
import { placeholderProvenance } from '../../catalog/placeholders.js';
import { localeThere, namedSlugs, optionalLocale } from '../checks.js';
import { openWorkspace, type FolderOptions } from '../context.js';
import { CliError, print, printJson, warn, type Io } from '../io.js';
import { withFolders, formatOption } from '../options.js';
import { problemText } from '../../text/problem-line.js';
import { counted } from '../../text/counted.js';

interface ApplyOptions extends FolderOptions {
  locale?: string;
  create?: boolean;
  out?: string;
  dryRun?: boolean;
  force?: boolean;
  format: string;
}

export function registerApply(program: Command, io: Io, setExit: (code: number) => void): void {
  withFolders(program.command('apply'))
    .description('write the translations of locales/ back into the articles: only changed sentences change, byte for byte')
    .argument('[slugs...]', 'only these articles')
    .option('--locale <lng>', 'only this locale (required with --create)')
    .option('--create', 'create the locale’s article from the reference article and its resource file')
    .option('--out <dir>', 'with --create: where new articles go (default: <content>/<locale>/ in the locale-folder layout)')
    .option('--dry-run', 'say what would change, write nothing')
    .option('--force', 'also replace article translations that changed since a person edited the string in locales/ (article-changed)')
    .addOption(formatOption(['text', 'json'], 'text or json'))
    .addHelpText(
      'after',
      '\nExamples:\n  docflow apply --locale fr-FR\n  docflow apply add-a-new-customer --locale de-DE --create',
    )
    .action((slugs: string[], options: ApplyOptions) => {
      const locale = optionalLocale(options.locale);
      const workspace = openWorkspace(options, io);
      namedSlugs(workspace, slugs);
      // The folders written, each held (in one order, so two runs never wait on each other); --create records what it wrote in English in locales/.
      const created = options.create ? [workspace.localesDir, ...(options.out ? [options.out] : [])] : [];
      const written = [...new Set([...workspace.content.dirs, ...created].map((dir) => path.resolve(dir)))].sort();
      const holding = <T>(run: () => T): T => (options.dryRun ? run() : written.reduceRight<() => T>((inner, dir) => () => withFolderLock(dir, inner, io.env), run)());
      if (options.create) {
        if (!locale) throw new CliError('--create needs --locale', 2);
        return holding(() => create(io, workspace, slugs, locale, options, setExit));
      }
      if (locale) localeThere(workspace, locale);
      const result = holding(() => applyResources(workspace, { ...(slugs.length > 0 ? { slugs } : {}), ...(locale ? { locale } : {}), dryRun: Boolean(options.dryRun), force: Boolean(options.force) }));
      if (options.format === 'json') {
        printJson(io, { changed: result.changed.map(({ path: file, strings }) => ({ path: file, strings })), unchanged: result.unchanged.length, unplaced: result.unplaced }, 2);
      } else {
        const verb = options.dryRun ? 'would change' : 'changed';
        for (const { path: file, strings } of result.changed) print(io, `${file}: ${counted(strings, 'sentence')} ${verb}`);
        print(io, `${counted(result.changed.length, 'article')} ${options.dryRun ? 'would change' : 'written'}, ${result.unchanged.length} unchanged`);
        warnUnplaced(io, result.unplaced);
      }
      if (result.unplaced.length > 0) setExit(1);
    });
}

/**
 * New articles of `locale` where locales/ has its strings and the content no article of it yet.
 * An article named that is not made says why (it said "0 … created", exit 0, whatever the cause);
 * so does a run that finds no strings of the locale at all (a locale mistyped, import not run).
 */
function create(io: Io, workspace: ReturnType<typeof openWorkspace>, named: readonly string[], locale: string, options: ApplyOptions, setExit: (code: number) => void): void {
  const created: { path: string; untranslated: number }[] = [];
  const unplacedAll: Unplaced[] = [];
  const json = options.format === 'json';
  let withStrings = 0;
  for (const slug of named.length > 0 ? named : workspace.slugs()) {
    const files = workspace.content.articles.get(slug)!;
    const strings = workspace.resourceLocales(slug).includes(locale);
    if (strings) withStrings++;
    if (files.has(locale)) {
      if (named.length > 0) warn(io, `docflow: ${slug}: ${files.get(locale)!.path} exists: apply without --create updates it`);
      continue;
    }
    if (!strings) {
      if (named.length === 0) continue;
      warn(io, `docflow: ${slug}: no ${locale} strings in ${workspace.localesDir} to make its article from (export --locale ${locale}, translate, import)`);
      setExit(1);
      continue;
    }
    const reference = workspace.article(slug).resources.canonical;
    const target = options.out ? path.join(options.out, `${slug}.md`) : localeFolderPath(workspace.contentDir, reference.path, reference.locale, locale);
    if (!target) throw new CliError(`${reference.path} is not in a <locale>/ folder: give --out <dir> for the new articles`, 2);
    if (fs.existsSync(target)) throw new CliError(`${target} exists: apply updates it; --create makes new articles only`, 1);
    const { pieces, untranslated, unplaced, english } = createArticle(workspace, slug, locale, target);
    if (!options.dryRun) {
      writePiecesAtomic(target, pieces);
      // What it wrote in English, recorded: to do until someone translates it, however short.
      if (english.size > 0) writePiecesAtomic(...placeholderProvenance(workspace.localesDir, locale, slug, english));
    }
    // One article at a time, as apply without --create.
    workspace.forget(slug);
    created.push({ path: target, untranslated });
    if (unplaced.length > 0) setExit(1);
    if (json) {
      unplacedAll.push(...unplaced);
      continue;
    }
    print(io, `${target}: created${untranslated > 0 ? `, ${counted(untranslated, 'sentence')} still in English` : ''}`);
    warnUnplaced(io, unplaced);
  }
  // --format json was given the text lines (a script's JSON.parse failed on them).
  if (json) printJson(io, { created, unplaced: unplacedAll }, 2);
  else print(io, `${counted(created.length, `${locale} article`)} ${options.dryRun ? 'would be created' : 'created'}`);
  if (named.length === 0 && withStrings === 0) {
    warn(io, `docflow: no article has ${locale} strings in ${workspace.localesDir} (export --locale ${locale}, translate, import): nothing to create`);
    setExit(1);
  }
}

/** What could not be written, at the sentence, as a compiler's warning (stderr). */
function warnUnplaced(io: Io, unplaced: readonly Unplaced[]): void {
  for (const u of unplaced) warn(io, problemText({ file: u.path ?? u.slug, line: u.line, column: u.column }, 'warning', `${u.locale} ${u.key}: not written: ${u.reason}`, 'docflow:apply-unplaced'));
}

/** `<content>/<fr-FR>/<slug>.md` → `<content>/<de-DE>/<slug>.md`; undefined for a repository layout. */
function localeFolderPath(contentDir: string, referencePath: string, referenceLocale: string, locale: string): string | undefined {
  const [first, ...rest] = path.relative(contentDir, referencePath).split(path.sep);
  if (!first || normalizeLocale(first) !== referenceLocale) return undefined;
  return path.join(contentDir, locale, ...rest);
}
