/**
 * The resource folder on disk: `<dir>/<lng>/<namespace>.json`. Folders may be named `fr-fr` or
 * `fr-FR`; they are found by the locale they normalize to.
 */
import fs from 'node:fs';
import path from 'node:path';
import { normalizeLocale } from '../parse/locale.js';

/** locale → its folder under `dir`, sorted by locale; empty when `dir` does not exist. */
export function localeFolders(dir: string): Map<string, string> {
  if (!fs.existsSync(dir)) return new Map();
  const folders = new Map<string, string>();
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const locale = entry.isDirectory() ? normalizeLocale(entry.name) : undefined;
    if (locale && !folders.has(locale)) folders.set(locale, path.join(dir, entry.name));
  }
  return new Map([...folders].sort(([a], [b]) => a.localeCompare(b)));
}

/** Locales that have a folder under `dir`, canonical casing, sorted. */
export function availableLocales(dir: string): string[] {
  return [...localeFolders(dir).keys()];
}

/** Locales that have resources for `namespace`. */
export function localesWith(dir: string, namespace: string): string[] {
  return [...localeFolders(dir)].filter(([, folder]) => fs.existsSync(path.join(folder, `${namespace}.json`))).map(([l]) => l);
}

/** Where a namespace's file of a locale is, or would be written. */
export function resourcePath(dir: string, locale: string, namespace: string, folders = localeFolders(dir)): string {
  return path.join(folders.get(locale) ?? path.join(dir, locale), `${namespace}.json`);
}

export class ResourceError extends Error {}

/** A resource file as key → string; a broken one is reported with its path, never half-loaded. */
export function readMessages(file: string): Record<string, string> {
  let data: unknown;
  try {
    data = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new ResourceError(`${file}:1:1: not valid JSON (${(error as Error).message}) [docflow:bad-resource]`);
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    throw new ResourceError(`${file}:1:1: expected an object of key → string [docflow:bad-resource]`);
  }
  return data as Record<string, string>;
}
