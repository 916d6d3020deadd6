/**
 * The i18next instance the screens read from: one namespace per article plus `ui`, loaded from
 * `locales/<lng>/<namespace>.json`. Keys are flat (`proc-1.step-2.111`), so the key separator is
 * off; en-US is the fallback, so an untranslated string shows in English rather than as a key.
 */
import fs from 'node:fs';
import path from 'node:path';
import i18next, { type i18n, type TFunction } from 'i18next';
import { normalizeLocale } from '../parse/locale.js';
import { SOURCE_LOCALE } from './resources.js';
import { BUNDLED_LOCALES } from './workspace.js';

export const UI_NAMESPACE = 'ui';

/** Locales that have a folder under `dir`, canonical casing, sorted. */
export function availableLocales(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => normalizeLocale(e.name))
    .filter((l): l is string => l !== undefined)
    .sort();
}

/** Locales that have resources for `namespace`. */
export function localesWith(dir: string, namespace: string): string[] {
  return availableLocales(dir).filter((l) => fs.existsSync(resourcePath(dir, l, namespace)));
}

export function resourcePath(dir: string, locale: string, namespace: string): string {
  // Folders may be named `fr-fr` or `fr-FR`: find the one that normalizes to the locale.
  const folder = fs.existsSync(dir)
    ? (fs.readdirSync(dir).find((name) => normalizeLocale(name) === locale) ?? locale)
    : locale;
  return path.join(dir, folder, `${namespace}.json`);
}

export function createI18n(locale: string): i18n {
  const instance = i18next.createInstance();
  void instance.init({
    lng: locale,
    fallbackLng: SOURCE_LOCALE,
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
export function loadNamespaces(
  instance: i18n,
  dir: string,
  namespaces: readonly string[],
  fromContent: ContentMessages = () => undefined,
): void {
  for (const namespace of namespaces) {
    for (const [locale, messages] of fromContent(namespace) ?? []) {
      instance.addResourceBundle(locale, namespace, messages, true, true);
    }
    for (const root of namespace === UI_NAMESPACE ? [BUNDLED_LOCALES, dir] : [dir]) {
      for (const locale of availableLocales(root)) {
        const file = resourcePath(root, locale, namespace);
        if (!fs.existsSync(file)) continue;
        instance.addResourceBundle(locale, namespace, readMessages(file), true, true);
      }
    }
  }
}

/** What every renderer needs: app strings and document strings in one language. */
export interface Translator {
  language: string;
  /** App strings from the `ui` namespace. */
  t: TFunction;
  /** Document strings: markdown, never interpolated. */
  text: (namespace: string, key: string) => string;
}

export function translator(instance: i18n, language: string = instance.language): Translator {
  return {
    language,
    t: instance.getFixedT(language, UI_NAMESPACE),
    // A missing string is empty, never its key: keys are for translators, not readers.
    text: (namespace, key) =>
      instance.exists(key, { ns: namespace, lng: language })
        ? (instance.t(key, { ns: namespace, lng: language, skipInterpolation: true }) as string)
        : '',
  };
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
