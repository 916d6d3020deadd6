/**
 * `--glossary <file>`: the content's glossaries from a `docflow glossary` file (the whole, or the
 * parts of a CI matrix joined by `docflow merge`), so that a sharded job reads only its own
 * articles. When the file was made from a content whose markdown files are where this one's are
 * (its listing hash), a `--shard` job does not even open the other articles' files: what they
 * would tell (their locales, which are articles) is the file's. Otherwise a locale the file
 * learned from other articles than the content has (articles added, removed or renamed since) is
 * learned again from the content, with a warning: never wrong, only slower. Edits inside articles
 * are not seen: the file is for jobs of one checkout.
 */
import { GlossaryFileError, glossaryOf, localeArticles, readGlossary } from '../catalog/glossary-file.js';
import type { ContentScope, Workspace } from '../catalog/workspace.js';
import type { Glossary } from '../parse/label-glossary.js';
import { problemText } from '../text/problem-line.js';
import { openWorkspace, type FolderOptions } from './context.js';
import { warn, type Io } from './io.js';
import { shardScope, type Shard } from './shard.js';
import { counted } from '../text/counted.js';

/** A locale's glossary as the file gives it, with the articles it was learned from. */
interface GivenLocale {
  glossary: Glossary;
  articles: string;
  files: number;
}

/**
 * The workspace of a command that takes `--glossary` and `--shard`: with the file's glossaries
 * given (none without a file), and in a shard of the content the file was made from, only that
 * shard's articles listed. A file that is not one is a GlossaryFileError (exit 2).
 */
export function openWithGlossary(options: FolderOptions & { glossary?: string }, io: Io, shard: Shard | undefined, sayClashes = true): Workspace {
  const file = options.glossary;
  if (file === undefined) return openWorkspace(options, io, undefined, sayClashes);
  const { header, locales } = readGlossary(file);
  const part = header.shard && /^(\d+)\/(\d+)$/.exec(header.shard);
  if (part && Number(part[2]) > 1) {
    locales.return(undefined);
    throw new GlossaryFileError(file, 1, 1, `a part (shard ${header.shard}) of a glossary: join every part first (docflow merge glossary-*.jsonl --out glossary.jsonl)`);
  }
  const given = new Map<string, GivenLocale>();
  for (const [locale, lessons] of locales) given.set(locale, { glossary: glossaryOf(lessons), articles: lessons.articles, files: lessons.files });
  const scope: ContentScope | undefined =
    shard && header.listing !== undefined && header.notArticles
      ? { ...shardScope(shard), whole: { listing: header.listing, notArticles: new Set(header.notArticles), locales: [...given.keys()] } }
      : undefined;
  const workspace = openWorkspace(options, io, scope, sayClashes);
  workspace.giveGlossaries(workspace.scoped ? new Map([...given].map(([locale, { glossary }]) => [locale, glossary])) : checked(workspace, file, given, io));
  return workspace;
}

/** The given glossaries of the content's locales learned from the articles it has; the others warned of, to be learned again. */
function checked(workspace: Workspace, file: string, given: ReadonlyMap<string, GivenLocale>, io: Io): Map<string, Glossary> {
  const fresh = new Map<string, Glossary>();
  for (const locale of workspace.contentLocales()) {
    const lessons = given.get(locale);
    const { hash, slugs } = localeArticles(workspace.content, locale);
    if (lessons && lessons.articles === hash && lessons.files === slugs.length) fresh.set(locale, lessons.glossary);
    else {
      const why = lessons ? `was learned from other articles (${counted(lessons.files, 'file')}) than the content has (${slugs.length})` : 'is not in it';
      warn(io, problemText({ file }, 'warning', `${locale} ${why}: learned from the content again`, 'docflow:stale-glossary'));
    }
  }
  return fresh;
}
