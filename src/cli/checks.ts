/** Option values checked the same way by every command: wrong usage is exit 2, with what is allowed. */
import fs from 'node:fs';
import type { Workspace } from '../catalog/workspace.js';
import { normalizeLocale, sameLanguage } from '../parse/locale.js';
import { suggest } from '../text/suggest.js';
import { CliError } from './io.js';
import { availableLocalesOf } from './context.js';

export function checkFormat<T extends string>(value: string, formats: readonly T[]): T {
  if (!(formats as readonly string[]).includes(value)) throw new CliError(`--format must be one of ${formats.join(', ')}, not “${value}”`, 2);
  return value as T;
}

/** `--locale` when given, in canonical form; undefined when not given. */
export function optionalLocale(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  const locale = normalizeLocale(raw);
  if (!locale) throw new CliError(`not a locale: “${raw}”`, 2);
  return locale;
}

/**
 * A `--locale` of a command that works on what is already in a locale (lint, apply): one the
 * content and locales/ lack is wrong usage, naming those there are and the one most likely meant
 * (`fr` or `FR` for fr-FR, `fr-CA` for fr-FR). Mistyped, it had nothing to do: nothing said, exit 0.
 */
export function localeThere(workspace: Workspace, locale: string): void {
  const available = availableLocalesOf(workspace);
  if (available.includes(locale)) return;
  const meant = sameLanguage(locale, available)[0] ?? suggest(locale, available);
  throw new CliError(`nothing is in ${locale}: the content and ${workspace.localesDir} have ${available.join(', ')}${meant ? `; did you mean ${meant}?` : ''}`, 2);
}

/** The articles named on the command line, all of them existing; undefined for none named (all). */
export function namedSlugs(workspace: Workspace, slugs: readonly string[]): string[] | undefined {
  const unknown = slugs.filter((slug) => !workspace.has(slug));
  if (unknown.length === 0) return slugs.length > 0 ? [...slugs] : undefined;
  // A folder given where an article's name goes is most likely the content to read.
  const folder = unknown.find((name) => fs.statSync(name, { throwIfNoEntry: false })?.isDirectory());
  // Else a typo's article, as `run` suggests one for a procedure.
  const meant = folder === undefined && unknown.length === 1 ? suggest(unknown[0]!, workspace.slugs()) : undefined;
  const hint = folder !== undefined ? ` (to read the articles under a folder, give it as --content ${folder})` : meant ? `. Did you mean ${meant}?` : '';
  throw new CliError(`no article named ${unknown.join(', ')}${hint}`, 2);
}
