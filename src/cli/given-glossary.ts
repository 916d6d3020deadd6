/**
 * `--glossary <file>`: the content's glossaries from a `docflow glossary` file (the whole, or the
 * parts of a CI matrix joined by `docflow merge`), so that a sharded job reads only its own
 * articles. A locale the file learned from other articles than the content has (articles added,
 * removed or renamed since) is learned again from the content, with a warning: never wrong, only
 * slower. Edits inside articles are not seen: the file is for jobs of one checkout.
 */
import { GlossaryFileError, glossaryOf, localeArticles, readGlossary } from '../catalog/glossary-file.js';
import type { Workspace } from '../catalog/workspace.js';
import type { Glossary } from '../parse/label-glossary.js';
import { problemText } from '../text/problem-line.js';
import { warn, type Io } from './io.js';

/** The workspace with the file's glossaries given (none without a file); a file that is not one is a GlossaryFileError (exit 2). */
export function withGivenGlossary(workspace: Workspace, file: string | undefined, io: Io): Workspace {
  if (file === undefined) return workspace;
  const { header, locales } = readGlossary(file);
  const shard = header.shard && /^(\d+)\/(\d+)$/.exec(header.shard);
  if (shard && Number(shard[2]) > 1) {
    locales.return(undefined);
    throw new GlossaryFileError(file, 1, 1, `a part (shard ${header.shard}) of a glossary: join every part first (docflow merge glossary-*.jsonl --out glossary.jsonl)`);
  }
  const wanted = new Set(workspace.contentLocales());
  const given = new Map<string, Glossary>();
  const stale = new Map<string, string>();
  for (const [locale, lessons] of locales) {
    if (!wanted.has(locale)) continue;
    const { hash, slugs } = localeArticles(workspace.content, locale);
    if (lessons.articles === hash && lessons.files === slugs.length) given.set(locale, glossaryOf(lessons));
    else stale.set(locale, `was learned from other articles (${lessons.files} files) than the content has (${slugs.length})`);
  }
  for (const locale of wanted) {
    if (given.has(locale)) continue;
    warn(io, problemText({ file }, 'warning', `${locale} ${stale.get(locale) ?? 'is not in it'}: learned from the content again`, 'docflow:stale-glossary'));
  }
  workspace.giveGlossaries(given);
  return workspace;
}
