/**
 * The i18next instance the screens read from: one namespace per article plus `ui`, loaded from
 * `locales/<lng>/<namespace>.json`. Keys are flat (`proc-1.step-2.111`), so the key separator is
 * off; en-US is the fallback, so an untranslated string shows in English rather than as a key.
 */
import fs from 'node:fs';
import path from 'node:path';
import i18next, { type i18n, type TFunction } from 'i18next';
import { LocaleListing, messageRuns, readMessages, ResourceError, resourcePath } from './locale-files.js';
import { fallbackChain, languagesToRead } from './fallback.js';
import type { PickedStrings } from './picked-strings.js';
import { SOURCE_LOCALE } from './versions.js';
import { BUNDLED_LOCALES } from './workspace.js';
import { problemText } from '../text/problem-line.js';
import { withoutContainerPrefixes } from '../parse/container-prefixes.js';
import { settleLongMemory } from '../runtime/memory-budget.js';

export const UI_NAMESPACE = 'ui';

/** Namespaces up to which loadNamespaces stats each locale's file rather than list the folders. */
const STAT_AT_MOST = 8;

/**
 * `also`: the reader's next languages, in order, before English (from `LANGUAGE`); `available`:
 * the locales that have strings, when not all of them are loaded (else those loaded).
 */
export function createI18n(locale: string, also: readonly string[] = [], available?: readonly string[]): i18n {
  const instance = i18next.createInstance();
  void instance.init({
    lng: locale,
    // The closest variety that has strings, the reader's other languages, then English (pt-PT → pt-BR → en-US).
    fallbackLng: (code: string) => {
      const chain = fallbackChain(code, available ?? Object.keys(instance.store?.data ?? {}));
      return [...new Set([...chain.slice(0, -1), ...also.filter((tag) => tag !== code), ...chain.slice(-1)])];
    },
    ns: [UI_NAMESPACE],
    defaultNS: UI_NAMESPACE,
    keySeparator: false,
    resources: {},
    initAsync: false,
    returnEmptyString: false,
    interpolation: { escapeValue: false },
  });
  return instance;
}

/** The in-memory resources of an article, when the caller has parsed its content. */
export type ContentMessages = (namespace: string) => ReadonlyMap<string, Record<string, string>> | undefined;

/**
 * Loads namespaces for every available locale, in layers: strings read from the content itself
 * (so a folder works before `extract` has run), then the resource files on top (so a
 * translator's edit in `locales/` shows at once). The `ui` namespace falls back to the bundled
 * one when a documentation folder's `--locales` has none of its own.
 */
export interface LoadOptions {
  /** Strings of the content itself, laid under the files. */
  fromContent?: ContentMessages;
  /** Only these keys of a namespace (a listing needs titles, not whole articles). */
  only?: (namespace: string) => ReadonlySet<string> | undefined;
  /** Told of a resource file left out (not valid JSON) or a value left out (not a string). */
  report?: (problem: string) => void;
  /** Where the keys `only` picks are kept between runs. */
  picked?: PickedStrings;
  /** `dir` as already read (the workspace's listing), else it is read again. */
  listing?: LocaleListing;
  /** Only these locales' strings (the others are loaded when a reader switches to one). */
  locales?: ReadonlySet<string>;
  /**
   * The content's strings are given, not lent (their article is let go): a locale's object
   * becomes its bundle as it is, where there is none yet, rather than be copied key by key (the
   * densest 20 MB article's checklists: 14 MB copied, and as much garbage, in each locale).
   */
  given?: boolean;
}

export function loadNamespaces(instance: i18n, dir: string, namespaces: readonly string[], options: LoadOptions = {}): void {
  const { fromContent = () => undefined, only, report = () => {}, picked, locales, given = false } = options;
  const wanted = (locale: string) => !locales || locales.has(locale);
  // Whether a locale has a namespace's file: a stat each for a few namespaces (a flow's), one
  // listing of each locale folder for many (the picker's 370 articles in 13 locales were 4,810
  // stats). Read for this call unless given: a later call (reload) sees files added meanwhile.
  const many = namespaces.length > STAT_AT_MOST;
  // The bundled locales, under the folder's own for `ui`: once when they are the same folder (the
  // bundled content read every locale's ui.json twice before its first frame).
  const own = path.resolve(dir) === path.resolve(BUNDLED_LOCALES);
  const roots = (own ? [dir] : [BUNDLED_LOCALES, dir]).map((root) => {
    const listing = root === dir && options.listing ? options.listing : new LocaleListing(root);
    const has = (locale: string, namespace: string, file: string) => (many ? listing.has(locale, namespace) : fs.existsSync(file));
    return [root, listing.folders, has] as const;
  });
  // Own keys only: `constructor` is not a string every object has.
  const pick = (messages: Record<string, string>, keys: ReadonlySet<string>) => Object.fromEntries([...keys].filter((k) => Object.hasOwn(messages, k)).map((k) => [k, messages[k]!]));
  // Merged key by key into the store's own object (deep), so i18next's defensive deep copy of
  // each bundle (a JSON round trip, ~15 ms of a warm `list`) copies nothing anyone else holds.
  const add = (locale: string, namespace: string, messages: Record<string, string>) => {
    instance.addResourceBundle(locale, namespace, messages, true, true, { silent: false, skipCopy: true });
    // A long article's strings in a locale leave as much garbage as they weigh (the copy's growth,
    // a file's own object), each locale's on top of the last's: collected on the long article's
    // budget (its checklists loaded en-US and fr-FR 64 MB over 61 live, then collected).
    if (atLeast(messages, LONG_BUNDLE)) settleLongMemory();
  };
  const take = (locale: string, namespace: string, messages: Record<string, string>) => {
    bundleOf(instance, locale, namespace);
    instance.store.data[locale]![namespace] = messages;
    tell(instance, locale, namespace);
    if (atLeast(messages, LONG_BUNDLE)) settleLongMemory();
  };
  const readFile = (file: string, keys: ReadonlySet<string> | undefined) => {
    if (!keys) return readOrLeaveOut(file, report);
    // A long file's other strings are not made at all (read in runs, json-runs.ts).
    const wanted = (key: string) => keys.has(key);
    if (!picked) return pick(readOrLeaveOut(file, report, wanted), keys);
    return picked.pick(file, keys, (problems) => pick(readOrLeaveOut(file, (problem) => ((problems.told = true), report(problem)), wanted), keys));
  };
  for (const namespace of namespaces) {
    const keys = only?.(namespace);
    for (const [locale, messages] of fromContent(namespace) ?? []) {
      if (!wanted(locale)) continue;
      if (keys || !given || instance.store.data[locale]?.[namespace]) add(locale, namespace, keys ? pick(messages, keys) : messages);
      else take(locale, namespace, messages);
    }
    for (const [root, folders, has] of namespace === UI_NAMESPACE ? roots : roots.slice(-1)) {
      for (const locale of folders.keys()) {
        if (!wanted(locale)) continue;
        const file = resourcePath(root, locale, namespace, folders);
        if (!has(locale, namespace, file)) continue;
        if (!keys && mergeRuns(instance, locale, namespace, file)) settleLongMemory();
        else add(locale, namespace, sharingHeld(instance, locale, namespace, readFile(file, keys)));
      }
    }
  }
  picked?.save();
}

/** Strings in a locale from which a bundle is a long article's (the 20 MB one's: 100,000). */
const LONG_BUNDLE = 10_000;

/** Whether an object has `count` keys or more, counted no further. */
function atLeast(object: object, count: number): boolean {
  let seen = 0;
  for (const key in object) if (Object.hasOwn(object, key) && ++seen >= count) return true;
  return false;
}

/**
 * A long resource file merged into the store's bundle a run at a time, as its whole object would
 * be by sharingHeld and addResourceBundle, without that object: the densest 20 MB article's
 * checklists read two such files, each 100,000 strings equal to those held, each made whole
 * and dropped (20–25 MB of garbage apiece). False for a short file, or one the scan does not
 * read: what was merged of it is taken back, and the caller reads it whole.
 */
function mergeRuns(instance: i18n, locale: string, namespace: string, file: string): boolean {
  let bundle: Record<string, string> | undefined;
  /** Each key changed and what it held before (undefined: nothing). */
  const before = new Map<string, string | undefined>();
  const read = messageRuns(file, (run) => {
    bundle ??= bundleOf(instance, locale, namespace);
    for (const key in run) {
      // Neither is merged by addResourceBundle.
      if (key === '__proto__' || key === 'constructor') continue;
      const value = run[key]!;
      const held = Object.hasOwn(bundle, key) ? bundle[key] : undefined;
      if (held === value) continue;
      if (!before.has(key)) before.set(key, held);
      bundle[key] = value;
    }
  });
  if (read) tell(instance, locale, namespace);
  else if (bundle) for (const [key, held] of before) held === undefined ? delete bundle[key] : (bundle[key] = held);
  return read;
}

/** The store's own object of a namespace in a locale (not the copy getResourceBundle gives), made empty if there is none. */
function bundleOf(instance: i18n, locale: string, namespace: string): Record<string, string> {
  instance.addResourceBundle(locale, namespace, {}, true, true, { silent: true, skipCopy: true });
  return instance.store.data[locale]![namespace] as Record<string, string>;
}

/** A bundle changed in place, told as addResourceBundle tells it (the terminal UI draws again). */
function tell(instance: i18n, locale: string, namespace: string): void {
  instance.addResourceBundle(locale, namespace, {}, true, true, { skipCopy: true });
}

/**
 * A file's strings, each equal to one the store holds already (the article's own, added first)
 * made that one: a long article's strings were held twice, the content's and the file's (its
 * 111,790 strings in two locales took 29 MB over the article, 17 MB of it second copies).
 */
function sharingHeld(instance: i18n, locale: string, namespace: string, messages: Record<string, string>): Record<string, string> {
  const held = instance.store.data[locale]?.[namespace] as Record<string, unknown> | undefined;
  if (!held) return messages;
  for (const key of Object.keys(messages)) {
    const value = held[key];
    if (value === messages[key] && key !== '__proto__') messages[key] = value as string;
  }
  return messages;
}

/**
 * A resource file's strings, or none when it is broken: one bad file (even a locale's ui.json)
 * must not stop every command in every locale. What it would have said comes from the next
 * language in line (the article's own text, then English), and the reader is told why.
 */
function readOrLeaveOut(file: string, report: (problem: string) => void, keep?: (key: string) => boolean): Record<string, string> {
  try {
    return readMessages(file, report, keep);
  } catch (error) {
    if (!(error instanceof ResourceError)) throw error;
    report(problemText(error, 'warning', `${error.reason}; its strings are left out and the next language shows instead`, 'docflow:bad-resource'));
    return {};
  }
}

/** What every renderer needs: app strings and document strings in one language. */
export interface Translator {
  language: string;
  /** App strings from the `ui` namespace. */
  t: TFunction;
  /**
   * Document strings: markdown, never interpolated; English where the language lacks one, the
   * article's own language where English does too.
   */
  text: (namespace: string, key: string) => string;
  /** A code block's text: its lines as they are (`text` would join those that start with `>`). */
  literal: (namespace: string, key: string) => string;
  /**
   * A UI label or alt text in the language `text` shows, unless that is English for a reader
   * of another language: empty then, so a translated screen never names a button in English.
   */
  label: (namespace: string, key: string) => string;
  /** The locale whose string `text` shows (undefined: none has it). */
  origin: (namespace: string, key: string) => string | undefined;
}

/**
 * `ownLanguageLast`: an article none of the reader's languages has text of (written in French
 * only, with no English) is read in the first of its own languages loaded, so it reads in French
 * rather than as empty steps. Off for the English a translation is shown beside.
 */
export function translator(instance: i18n, language: string = instance.language, { ownLanguageLast = true }: { ownLanguageLast?: boolean } = {}): Translator {
  // Where a string is looked for, in order (the language, its closest varieties, English). i18next
  // works it out again on every lookup, canonicalizing each tag (~25 ms of a warm `list` of 370 articles); it
  // changes only when a locale's strings are added, so it is kept per set of loaded locales.
  let hierarchy: { id: string; codes: readonly string[] } | undefined;
  const codes = () => {
    const id = Object.keys(instance.store?.data ?? {}).join('\0');
    if (hierarchy?.id !== id) hierarchy = { id, codes: instance.services.languageUtils.toResolveHierarchy(language) };
    return hierarchy.codes;
  };
  const valueIn = (code: string, namespace: string, key: string) => {
    const value = instance.getResource(code, namespace, key) as unknown;
    return typeof value === 'string' && value !== '' ? value : undefined;
  };
  const found = (namespace: string, key: string): { code: string; value: string } | undefined => {
    const chain = codes();
    for (const code of chain) {
      const value = valueIn(code, namespace, key);
      if (value !== undefined) return { code, value };
    }
    if (!ownLanguageLast) return undefined;
    // By the rule the session loads by: only an article the reader's languages have no text of
    // (a French article's image with no English alt text is named by its file to an English
    // reader, not described in French), and then in one of its own, not a mix of them.
    const bundles = Object.keys(instance.store.data).map((code) => [code, (instance.getResourceBundle(code, namespace) ?? {}) as Record<string, unknown>] as const);
    const own = languagesToRead(bundles, new Set(chain)).find((code) => !chain.includes(code));
    const value = own === undefined ? undefined : valueIn(own, namespace, key);
    return value === undefined ? undefined : { code: own!, value };
  };
  const english = isEnglish(language);
  return {
    language,
    t: instance.getFixedT(language, UI_NAMESPACE),
    // A missing string is empty, never its key: keys are for translators, not readers. Document
    // strings are markdown, never interpolated: read as stored, but for Docs' own marks.
    text: (namespace, key) => shown(found(namespace, key)?.value ?? ''),
    literal: (namespace, key) => withNoLocText(found(namespace, key)?.value ?? ''),
    label: (namespace, key) => {
      const string = found(namespace, key);
      return string && (english || !isEnglish(string.code)) ? shown(string.value) : '';
    },
    origin: (namespace, key) => found(namespace, key)?.code,
  };
}

/** The English a translation is shown beside (sources, label sources): none where the article has none. */
export function englishSource(instance: i18n): Translator {
  return translator(instance, SOURCE_LOCALE, { ownLanguageLast: false });
}

/** Whether a tag is one of English's (en-US, en-GB). */
export function isEnglish(tag: string): boolean {
  return tag.split('-')[0]!.toLowerCase() === SOURCE_LOCALE.split('-')[0];
}

/** Microsoft Docs' `:::no-loc text="Azure":::`: a term kept untranslated, shown as its text (as Docs shows it). */
const NO_LOC = /:::no-loc\s+text=(?:"([^"]*)"|'([^']*)'):::/g;

/**
 * A document string as a reader sees it: the strings themselves keep the marks (apply, export),
 * and the `>` and indentation of the note or list item a sentence wraps in
 * (`donc\n   > elle`), which markdown strips before it reads the sentence: read again on its
 * own, the sentence's second line was a quote of its own and its words were glued ("doncelle").
 */
function shown(value: string): string {
  const text = withNoLocText(value);
  return text.includes('\n') ? withoutContainerPrefixes(text) : text;
}

function withNoLocText(value: string): string {
  return value.includes(':::no-loc') ? value.replace(NO_LOC, (_, double: string | undefined, single: string | undefined) => double ?? single ?? '') : value;
}
