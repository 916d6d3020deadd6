/**
 * A locale asked for that nothing is translated into yet: a new language's starting point, or a
 * mistyped one (`FR` or `fr` for fr-FR), which would pass for a new language. What `status` and
 * `export` say of it: the languages the content is in, and the one most likely meant.
 */
import type { Workspace } from '../catalog/workspace.js';
import { sameLanguage } from '../parse/locale.js';

/**
 * Whether any article, not only the run's, has the locale in the content or in locales/: a CI
 * matrix's shard, or articles named, with none of it translated yet said the language was not
 * begun at all (and that "the content is in de-DE").
 */
export function begun(workspace: Workspace, locale: string): boolean {
  const listing = workspace.localeListing();
  return workspace.contentLocales().includes(locale) || workspace.slugs().some((slug) => listing.has(locale, slug));
}

/** The note, ending with what it means for the command (`every sentence counts as untranslated`). */
export function notBegunNote(workspace: Workspace, locale: string, meaning: string): string {
  const there = workspace.locales();
  const meant = sameLanguage(locale, there)[0];
  return `docflow: nothing is translated into ${locale} yet (the content is in ${there.join(', ')}${meant ? `; did you mean ${meant}?` : ''}): ${meaning}`;
}
