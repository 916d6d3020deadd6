/**
 * What the commands share: the workspace from `--content`/`--locales`, the locale from
 * `--locale` or the environment, and an i18next instance loaded for the namespaces at hand.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { i18n } from 'i18next';
import { createI18n, loadNamespaces, translator, UI_NAMESPACE, type ContentMessages, type LoadOptions, type Translator } from '../catalog/i18n.js';
import { availableLocales, localesWith } from '../catalog/locale-files.js';
import { languagesToRead } from '../catalog/fallback.js';
import { SOURCE_LOCALE } from '../catalog/resources.js';
import { BUNDLED_CONTENT, BUNDLED_LOCALES, Workspace, type ContentScope } from '../catalog/workspace.js';
import { ContentError } from '../catalog/content.js';
import { Cache } from '../catalog/cache.js';
import { PickedStrings } from '../catalog/picked-strings.js';
import { GroupedMemo } from '../catalog/grouped-memo.js';
import { articleSummary, type ArticleSummary } from '../catalog/article-summary.js';
import { findWorkflow } from '../flow/find-workflow.js';
import { suggest } from '../text/suggest.js';
import type { FlowEntry, Workflow } from '../model/workflow.js';
import { environmentLocales, matchLocale } from '../parse/locale.js';
import { CliError, warn, type Io } from './io.js';
import { clashWarning } from './content-clashes.js';
import { workProgress } from '../runtime/work-turns.js';

export interface FolderOptions {
  /** One folder, or several given as repeated `--content`. */
  content?: string | string[];
  locales?: string;
  /** `--cache <dir>`, or false for `--no-cache`. */
  cache?: string | boolean;
}

export interface LocaleOptions extends FolderOptions {
  locale?: string;
}

/**
 * Where the resources are: `--locales`; else, for articles of the reader's own (`--content`), the
 * project's `locales/` in the current folder, as i18next keeps them; else the bundled locales/,
 * which translate the bundled articles. With the bundled ones as the default for any content,
 * `extract --content ./docs` wrote into the installed package, and an article of the reader's
 * named as a bundled one showed the bundled translations over its own.
 */
export function localesDirOf(options: FolderOptions): string {
  if (options.locales !== undefined) return options.locales;
  return options.content === undefined || options.content.length === 0 ? BUNDLED_LOCALES : path.resolve('locales');
}

/**
 * The workspace of `--content` and `--locales`. An article's file in one locale that two folders
 * hold is warned of here, naming both (the first is used), unless `sayClashes` is false: the
 * command reports them itself (extract refuses those articles).
 */
export function openWorkspace(options: FolderOptions, io: Io, scope?: ContentScope, sayClashes = true): Workspace {
  const cacheDir = options.cache === false ? undefined : typeof options.cache === 'string' ? options.cache : Cache.folder(io.env);
  // A locales/ that is not there yet is made by the first write; one that is a file is a mistake to say.
  if (options.locales !== undefined && isFile(options.locales)) throw new CliError(`Locales folder is a file, not a folder: ${options.locales}`, 2);
  let workspace: Workspace;
  try {
    workspace = new Workspace(options.content ?? BUNDLED_CONTENT, localesDirOf(options), cacheDir ? new Cache(cacheDir) : undefined, scope);
  } catch (error) {
    if (error instanceof ContentError) throw new CliError(error.message, 2);
    throw error;
  }
  if (sayClashes) for (const clash of workspace.content.clashes) warn(io, clashWarning(clash));
  return workspace;
}

function isFile(file: string): boolean {
  try {
    return !fs.statSync(file).isDirectory();
  } catch {
    return false;
  }
}

export interface Session {
  workspace: Workspace;
  i18n: i18n;
  tr: Translator;
  /** Every locale with strings, from the content or the resource files. */
  locales: string[];
  /** The locales `l` cycles through: those with strings for this article (all, without one). */
  localesFor: (namespace?: string) => string[];
  /** Reads the resource files again (a translator saved one); the screens re-render. */
  reload: () => void;
  /** Loads these articles' strings whole, if a listing loaded only their titles (or nothing). */
  ensure: (namespaces: readonly string[]) => void;
  /**
   * Loads more namespaces (as loadNamespaces), in the languages the session reads; `told` hears
   * of each problem with their files as the session tells it (a page made from them is not kept).
   */
  addStrings: (namespaces: readonly string[], options: LoadOptions & { told?: () => void }) => void;
  /**
   * Keeps problems with resource files from the terminal while a full-screen app owns it; the
   * function returned prints them (after the app has given the screen back).
   */
  holdWarnings: () => () => void;
}

/**
 * Picks the locale (explicit `--locale` must exist; the environment's is matched loosely;
 * en-US last) and loads `ui` plus the namespaces the command names for this workspace.
 */
/** Strings come from the content and from the resource files: a locale of either is available. */
export function availableLocalesOf(workspace: Workspace): string[] {
  return [...new Set([...workspace.locales(), ...availableLocales(workspace.localesDir)])].sort();
}

/** The environment's languages in order (LANGUAGE, then LC_ALL/LC_MESSAGES/LANG), as they exist in `locales`. */
function wantedLocales(env: NodeJS.ProcessEnv, locales: readonly string[]): string[] {
  return [...new Set(environmentLocales(env).map((tag) => matchLocale(tag, locales)).filter((tag): tag is string => tag !== undefined))];
}

/**
 * The ui strings before the session exists (`run` says it is reading the articles meanwhile): in
 * the language the session will most likely speak, `--locale`'s, else the environment's, else
 * English. The content's own locales are not known yet; the ui's are those with ui strings.
 */
export function earlyTranslator(io: Io, options: LocaleOptions): Translator {
  const dir = localesDirOf(options);
  const locales = [...new Set([...availableLocales(BUNDLED_LOCALES), ...availableLocales(dir)])];
  const locale = matchLocale(options.locale, locales) ?? wantedLocales(io.env, locales)[0] ?? SOURCE_LOCALE;
  const i18n = createI18n(locale);
  loadNamespaces(i18n, dir, [UI_NAMESPACE], { locales: new Set(i18n.services.languageUtils.toResolveHierarchy(locale)) });
  return translator(i18n);
}

export function openSession(
  io: Io,
  options: LocaleOptions,
  namespaces: (workspace: Workspace) => readonly string[] = () => [],
  /** Where the articles' own strings come from (default: each article, built), and which keys. */
  contentMessages?: (
    workspace: Workspace,
    /** With `oneLocale`, the locales read so far: the chosen language's and those it falls back to. */
    read: ReadonlySet<string> | undefined,
  ) => { messages: ContentMessages; only: (namespace: string) => ReadonlySet<string> | undefined },
  /**
   * `oneLocale`: the command shows one language at a time (a listing, a flow), so only that
   * language's strings and those it falls back to are read; another language's are read when
   * the reader switches to it (`i18n.changeLanguage`). The bundled flow's first frame read 13
   * locales' files, 10–15 ms of it.
   */
  { oneLocale = false }: { oneLocale?: boolean } = {},
): Session {
  const workspace = openWorkspace(options, io);
  const locales = availableLocalesOf(workspace);
  const wanted = wantedLocales(io.env, locales);
  const fromEnv = wanted[0] ?? SOURCE_LOCALE;
  let locale = fromEnv;
  if (options.locale !== undefined) {
    const matched = matchLocale(options.locale, locales);
    if (!matched) {
      const i18n = createI18n(fromEnv);
      loadNamespaces(i18n, workspace.localesDir, [UI_NAMESPACE]);
      const meant = suggest(options.locale, locales);
      const unknown = i18n.t('errors.unknown-locale', { locale: options.locale, available: locales.join(', ') });
      throw new CliError(meant ? `${unknown} ${i18n.t('errors.did-you-mean', { suggestion: meant })}` : unknown, 2);
    }
    locale = matched;
  }
  const i18n = createI18n(locale, options.locale === undefined ? wanted.slice(1) : [], oneLocale ? [...new Set([...locales, ...availableLocales(BUNDLED_LOCALES)])] : undefined);
  // Every load is kept to be done again for a language read later (undefined: all are read).
  const read = oneLocale ? new Set<string>() : undefined;
  const loads: { namespaces: readonly string[]; options: LoadOptions }[] = [];
  const load = (namespaces: readonly string[], options: LoadOptions) => {
    // Kept only to be replayed for a language read later: kept by every session, each load's
    // `fromContent` would hold the articles it read (checklist --all loads them one by one).
    if (read) loads.push({ namespaces, options });
    loadNamespaces(i18n, workspace.localesDir, namespaces, { ...options, locales: read });
    if (read) readOwnLanguages(namespaces, options);
  };
  // An article none of the languages read has text of (one written in French only: its en-US is
  // at most its code) is read in its own, so the reader sees it in French rather than as empty steps.
  const readOwnLanguages = (namespaces: readonly string[], options: LoadOptions) => {
    const unread = new Map<string, string[]>();
    for (const namespace of namespaces) {
      for (const locale of languagesToRead(options.fromContent?.(namespace) ?? [], read!)) {
        if (!read!.has(locale)) (unread.get(locale) ?? unread.set(locale, []).get(locale)!).push(namespace);
      }
    }
    for (const [locale, those] of unread) loadNamespaces(i18n, workspace.localesDir, those, { ...options, locales: new Set([locale]) });
  };
  const readLanguage = (language: string) => {
    if (!read) return;
    const fresh = new Set<string>(i18n.services.languageUtils.toResolveHierarchy(language).filter((tag: string) => !read.has(tag)));
    if (fresh.size === 0) return;
    for (const tag of fresh) read.add(tag);
    for (const earlier of loads) loadNamespaces(i18n, workspace.localesDir, earlier.namespaces, { ...earlier.options, locales: fresh });
  };
  readLanguage(locale);
  i18n.on('languageChanging', readLanguage);
  const partial = contentMessages?.(workspace, read);
  const fromContent = partial?.messages ?? ((slug: string) => (workspace.has(slug) ? workspace.article(slug).resources.messages : undefined));
  const loaded = [UI_NAMESPACE, ...new Set(namespaces(workspace))];
  // A broken resource file is said once, however often the strings are loaded again.
  const told = new Set<string>();
  let held: string[] | undefined;
  const report = (problem: string) => {
    if (told.has(problem)) return;
    told.add(problem);
    if (held) held.push(problem);
    else warn(io, problem);
  };
  const holdWarnings = () => {
    held = [];
    return () => {
      const problems = held ?? [];
      held = undefined;
      for (const problem of problems) warn(io, problem);
    };
  };
  load(loaded, { fromContent, only: partial?.only, report, picked: partial && pickedStrings(workspace), listing: workspace.localeListing() });
  const whole = new Set(partial ? [UI_NAMESPACE] : loaded);
  const ensure = (wanted: readonly string[]) => {
    const missing = wanted.filter((ns) => !whole.has(ns) && workspace.has(ns));
    if (missing.length === 0) return;
    load(missing, { fromContent: (slug) => workspace.article(slug).resources.messages, report });
    for (const ns of missing) {
      whole.add(ns);
      if (!loaded.includes(ns)) loaded.push(ns);
    }
  };
  // The articles' layer is loaded once; a reload lays the files on top again, never under.
  const reload = () => loadNamespaces(i18n, workspace.localesDir, loaded, { report, locales: read });
  const localesFor = (namespace?: string) => {
    if (!namespace) return locales;
    const have = new Set([...workspace.localesOf(namespace), ...localesWith(workspace.localesDir, namespace)]);
    return have.size > 0 ? [...have].sort() : [SOURCE_LOCALE];
  };
  const addStrings: Session['addStrings'] = (namespaces, { told, ...options }) =>
    load(namespaces, { ...options, report: told ? (problem) => (told(), report(problem)) : report });
  return { workspace, i18n, tr: translator(i18n), locales, localesFor, reload, ensure, addStrings, holdWarnings };
}

/**
 * All procedures of a name; a usage error (exit 2) when there is none, with the command or the
 * article the name is a typo of (`lst` → `docflow list`).
 */
export function resolveWorkflows(session: Session, name: string, commands: readonly string[] = []): Workflow[] {
  const found = findWorkflow(session.workspace, name);
  if (found.kind === 'one') return [found.workflow];
  if (found.kind === 'many') return found.workflows;
  const { t } = session.tr;
  if (found.kind === 'no-procedure') throw new CliError(t('errors.no-procedure', { name }), 1);
  // A folder where a procedure's name goes: the articles a new reader meant to walk (`docflow run ./docs`).
  if (fs.statSync(name, { throwIfNoEntry: false })?.isDirectory()) throw new CliError(t('errors.folder-as-flow', { name }), 2);
  const command = name.includes('/') ? undefined : suggest(name, commands);
  if (command) throw new CliError(t('errors.unknown-command', { name, suggestion: command }), 2);
  const slug = suggestSlug(name, session.workspace.slugs());
  throw new CliError(slug ? `${t('errors.unknown-flow', { name })} ${t('errors.did-you-mean', { suggestion: slug })}` : t('errors.unknown-flow', { name }), 2);
}

/** The slug a mistyped name is closest to, by whole slug or by its last part (`add-a-new-custmer`). */
function suggestSlug(name: string, slugs: readonly string[]): string | undefined {
  const whole = suggest(name, slugs);
  if (whole) return whole;
  const byLast = new Map(slugs.map((slug) => [slug.split('/').pop()!, slug]));
  const last = suggest(name.split('/').pop()!, byLast.keys());
  return last === undefined ? undefined : byLast.get(last);
}

/** The listing's strings memo of this workspace's resource files, when there is a cache. */
function pickedStrings(workspace: Workspace): PickedStrings | undefined {
  return workspace.parseCache && new PickedStrings(workspace.parseCache, workspace.localesDir);
}

/** Every procedure by its kept summary, and the strings that title them (not the articles whole). */
export interface TitleListing {
  flows: FlowEntry[];
  messages: ContentMessages;
  only: (namespace: string) => ReadonlySet<string> | undefined;
}

/**
 * @param locales only these locales' titles are kept (a listing printed once, in one language);
 *   all of them when not given (the picker, whose reader may switch language)
 */
export function titleListing(workspace: Workspace, locales?: ReadonlySet<string>): TitleListing {
  const summaries = new Map<string, ArticleSummary>();
  // The title keys of every locale's titles: a locale kept may have its titles in locales/ only.
  const keys = new Map<string, Set<string>>();
  const cache = workspace.parseCache;
  const pack = cache && new GroupedMemo<ArticleSummary>(cache, 'summaries', workspace.slugs(), ...workspace.content.dirs);
  const slugs = workspace.slugs();
  for (const slug of slugs) {
    // How far a cold listing is, for `run` to say while the reader waits.
    workProgress(summaries.size, slugs.length);
    const summary = articleSummary(workspace, slug, pack);
    keys.set(slug, new Set([...summary.titles.values()].flatMap((m) => Object.keys(m))));
    // The other locales' titles go with their memo's run: 60 locales of 5,000 articles were most of what a listing held.
    summaries.set(slug, locales ? { ...summary, titles: readTitles(summary.titles, locales) } : summary);
  }
  pack?.save();
  return {
    flows: [...summaries.values()].flatMap((summary) => summary.flows),
    messages: (slug) => summaries.get(slug)?.titles,
    only: (slug) => keys.get(slug),
  };
}

/** An article's titles in the languages read, or in its own when it has none of them. */
function readTitles(titles: ReadonlyMap<string, Record<string, string>>, read: ReadonlySet<string>): Map<string, Record<string, string>> {
  const kept = new Set(languagesToRead(titles, read));
  return new Map([...titles].filter(([locale]) => kept.has(locale)));
}

/**
 * A session for listing every procedure by title (`list`, the picker): each article's kept
 * summary, and only its title strings loaded; `ensure` loads an article whole when it opens.
 * `once`: the listing is printed once in the chosen language (`list`), so the other languages'
 * titles are not kept.
 */
export function titlesSession(io: Io, options: LocaleOptions, { once = false }: { once?: boolean } = {}): { session: Session; flows: FlowEntry[] } {
  let listing: TitleListing | undefined;
  const session = openSession(
    io,
    options,
    (ws) => ws.slugs(),
    (ws, read) => (listing = titleListing(ws, once ? read : undefined)),
    { oneLocale: true },
  );
  return { session, flows: listing!.flows };
}

/** Every procedure's title added to a session that opened on a few articles (they stay whole). */
export function addTitles(session: Session, loaded: readonly string[]): FlowEntry[] {
  const listing = titleListing(session.workspace);
  const whole = new Set(loaded);
  session.addStrings(session.workspace.slugs().filter((slug) => !whole.has(slug)), { fromContent: listing.messages, only: listing.only, picked: pickedStrings(session.workspace) });
  return listing.flows;
}
