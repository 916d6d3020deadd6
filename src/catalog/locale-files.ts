/**
 * The resource folder on disk: `<dir>/<lng>/<namespace>.json`. Folders may be named `fr-fr` or
 * `fr-FR`; they are found by the locale they normalize to.
 */
import fs from 'node:fs';
import path from 'node:path';
import { LineIndex } from '../parse/line-index.js';
import { jsonError } from '../text/json-error.js';
import { normalizeLocale } from '../parse/locale.js';
import { compareNames } from '../text/name-order.js';
import { problemText } from '../text/problem-line.js';
import { filesBelow } from '../runtime/files-below.js';
import { parseFileRuns } from './json-runs.js';
import { isUtf8File, readText } from './file-blocks.js';
import { keyLines, keysAgain } from './key-lines.js';
import { withoutBom } from '../text/without-bom.js';

/** locale → its folder under `dir`, sorted by locale; empty when `dir` does not exist. */
export function localeFolders(dir: string): Map<string, string> {
  if (!fs.existsSync(dir)) return new Map();
  const folders = new Map<string, string>();
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const locale = entry.isDirectory() ? normalizeLocale(entry.name) : undefined;
    if (locale && !folders.has(locale)) folders.set(locale, path.join(dir, entry.name));
  }
  return new Map([...folders].sort(([a], [b]) => compareNames(a, b)));
}

/** Locales that have a folder under `dir`, canonical casing, sorted. */
export function availableLocales(dir: string): string[] {
  return [...localeFolders(dir).keys()];
}

/** Locales that have resources for `namespace`. */
export function localesWith(dir: string, namespace: string): string[] {
  return [...localeFolders(dir)].filter(([, folder]) => fs.existsSync(path.join(folder, `${namespace}.json`))).map(([l]) => l);
}

/**
 * The resource folder read once: its locale folders and the names in each. A command that goes
 * through the articles asks of each which locales have its file; reading the folder each time
 * was a directory listing and a stat per locale per article (17 ms of a warm extract's 75).
 * Files written after the reading are not in it: a command asks about an article before it
 * writes that article's files, and later articles' files are not among those it wrote.
 */
export class LocaleListing {
  readonly folders: Map<string, string>;
  /** locale → the namespaces it has a file of. */
  private readonly names = new Map<string, Set<string>>();

  constructor(
    dir: string,
    /**
     * The one copy of a namespace that is also an article's slug (see ArticleTable.own): a folder
     * of 300,000 files held a name of its own for each, 23 MB.
     */
    private readonly own: (namespace: string) => string = (namespace) => namespace,
  ) {
    this.folders = localeFolders(dir);
  }

  /** Whether `locale` had resources for `namespace` when read. */
  has(locale: string, namespace: string): boolean {
    const folder = this.folders.get(locale);
    return folder !== undefined && this.namesIn(locale, folder).has(namespace);
  }

  /** Locales that had resources for `namespace` when read (see localesWith). */
  localesWith(namespace: string): string[] {
    return [...this.folders].filter(([locale, folder]) => this.namesIn(locale, folder).has(namespace)).map(([locale]) => locale);
  }

  /** The namespaces `locale` had resources for when read. */
  namespaces(locale: string): ReadonlySet<string> {
    const folder = this.folders.get(locale);
    return folder === undefined ? new Set() : this.namesIn(locale, folder);
  }

  /** Namespaces of a locale folder's files (a namespace may have folders: `partner-center/x`). */
  private namesIn(locale: string, folder: string): Set<string> {
    let names = this.names.get(locale);
    if (!names) {
      names = new Set();
      try {
        for (const file of filesBelow(folder)) {
          if (file.name.endsWith('.json')) names.add(this.own(file.relative.slice(0, -'.json'.length).split(path.sep).join('/')));
        }
      } catch {
        // Removed since the folders were listed: no files.
      }
      this.names.set(locale, names);
    }
    return names;
  }
}

/** Where a namespace's file of a locale is, or would be written. */
export function resourcePath(dir: string, locale: string, namespace: string, folders = localeFolders(dir)): string {
  return path.join(folders.get(locale) ?? path.join(dir, locale), `${namespace}.json`);
}

/** A resource file that cannot be used, as one problem line (`file:line:column error … docflow:bad-resource`). */
export class ResourceError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly column: number,
    readonly reason: string,
  ) {
    super(problemText({ file, line, column }, 'error', reason, 'docflow:bad-resource'));
  }
}

/** JSON.parse of a file's text (a resource or provenance file), or a ResourceError where it stops being JSON. */
export function parsedJson(file: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    const wrong = jsonError(text);
    const place = new LineIndex(text).point(wrong.offset);
    throw new ResourceError(file, place.line, place.column, `not valid JSON: ${wrong.reason}`);
  }
}

/**
 * A long resource file's strings given a run at a time as they are read, its object never made
 * (see json-runs.ts): true once all are given. False for a short file (read whole, by
 * readMessages), one the scan does not read as a resource file or one not in UTF-8; then what was given of it
 * must be taken back, and readMessages says what is wrong and where.
 */
export function messageRuns(file: string, each: (run: Record<string, string>) => void): boolean {
  let undecoded = false;
  const read = parseFileRuns(file, {
    strings: true,
    each: (run) => {
      undecoded ||= hasUndecoded(run);
      each(run as Record<string, string>);
    },
  });
  return read !== undefined && !(undecoded && !isUtf8File(file));
}

/**
 * Text decoded from bytes that are not UTF-8 (U+FFFD, or NUL: no JSON holds one raw): a file
 * an editor saved as Latin-1, Windows-1252 or UTF-16. Read as UTF-8, its accented letters were
 * U+FFFD, which extract wrote back over the translator's text, and status counted as edits.
 */
function undecodedAt(text: string, file: string): number {
  const replaced = text.indexOf('\uFFFD');
  const nul = text.indexOf('\0');
  const places = [nul, replaced !== -1 && !isUtf8File(file) ? replaced : -1].filter((at) => at !== -1);
  return places.length > 0 ? Math.min(...places) : -1;
}

/** Whether a key or string has U+FFFD: then the file's bytes are checked (a real U+FFFD is UTF-8 too). */
function hasUndecoded(messages: Record<string, unknown>): boolean {
  for (const key in messages) {
    const value = messages[key];
    if (key.includes('\uFFFD') || (typeof value === 'string' && value.includes('\uFFFD'))) return true;
  }
  return false;
}

/**
 * A resource file as key → string (with `keep`, at least the keys it wants; a long file, only
 * those); a broken one is a ResourceError at its line and column, never half-loaded. A value that
 * is not a string (`"title.103": 42`) is left out and reported through `warn` with its line, not
 * ignored in silence, and so is a key written twice; `strict` (a file docflow merges into and
 * rewrites), either is the file's error, as broken JSON is: left out, it would be gone from the
 * file written next.
 */
export function readMessages(file: string, warn: (problem: string) => void = () => {}, keep?: (key: string) => boolean, strict = false): Record<string, string> {
  const read = parseFileRuns(file, { keep, strings: true });
  // One with bytes that are not UTF-8 is read again whole, below, to say where.
  if (read && !(hasUndecoded(read) && !isUtf8File(file))) return read as Record<string, string>;
  const text = withoutBom(readText(file));
  const undecoded = undecodedAt(text, file);
  if (undecoded !== -1) {
    const place = new LineIndex(text).point(undecoded);
    throw new ResourceError(file, place.line, place.column, 'bytes that are not UTF-8 (a file saved as Latin-1, Windows-1252 or UTF-16): save it as UTF-8');
  }
  const data = parsedJson(file, text);
  if (!data || typeof data !== 'object' || Array.isArray(data)) throw new ResourceError(file, 1, 1, 'expected an object of key → string');
  // JSON.parse's own object, without what is not a string: no copy of a long article's 100,000
  // keys (a key named __proto__ is an own property there, as it must be).
  const messages = data as Record<string, unknown>;
  const lineOf = keyLines(() => [text]);
  const keys = Object.keys(messages);
  for (const key of keys) {
    const value = messages[key];
    if (typeof value === 'string') continue;
    delete messages[key];
    const line = lineOf(key);
    const what = `“${key}” is ${Array.isArray(value) ? 'a list' : value === null ? 'null' : `a ${typeof value}`}, not a string`;
    if (strict) throw new ResourceError(file, line, 1, what);
    warn(problemText({ file, line }, 'warning', `${what}: left out`, 'docflow:bad-resource'));
  }
  // A line copied to be edited and the old one left: JSON.parse keeps the last, and extract
  // wrote the file back without the other, the translator's edit gone if it was the first.
  for (const { key, first, line } of keysAgain(text, keys.length)) {
    if (!Object.hasOwn(messages, key)) continue;
    const what = `“${key}” is written twice, on lines ${first} and ${line}`;
    if (strict) throw new ResourceError(file, line, 1, `${what}: keep the one meant`);
    warn(problemText({ file, line }, 'warning', `${what}: the last is read`, 'docflow:bad-resource'));
  }
  return messages as Record<string, string>;
}

