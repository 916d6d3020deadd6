/**
 * `--glossary <file>`: the content's glossaries from a `docflow glossary` file (the whole, or the
 * parts of a CI matrix joined by `docflow merge`), so that a sharded job reads only its own
 * articles. A locale the file learned from other articles than the content has (articles added,
 * removed or renamed since) is learned again from the content, with a warning: never wrong, only
 * slower. Edits inside articles are not seen: the file is for jobs of one checkout.
 */
import { glossaryFileProblem, glossaryOf, localeArticles, type GlossaryFile } from '../catalog/glossary-file.js';
import { readText } from '../catalog/file-blocks.js';
import type { Workspace } from '../catalog/workspace.js';
import type { Glossary } from '../parse/label-glossary.js';
import { LineIndex } from '../parse/line-index.js';
import { jsonError } from '../text/json-error.js';
import { problemText } from '../text/problem-line.js';
import { CliError, warn, type Io } from './io.js';

const RULE = 'docflow:bad-glossary';

/** A glossary file read and checked: a usage error (exit 2) at its line and column when it is not one. */
export function readGlossaryFile(file: string): GlossaryFile {
  let text: string;
  try {
    text = readText(file);
  } catch (error) {
    throw new CliError(problemText({ file }, 'error', `cannot read it (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`, RULE), 2);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    const wrong = jsonError(text);
    throw new CliError(problemText({ file, ...new LineIndex(text).point(wrong.offset) }, 'error', `not valid JSON: ${wrong.reason}`, RULE), 2);
  }
  const problem = glossaryFileProblem(data);
  if (problem) throw new CliError(problemText({ file }, 'error', problem, RULE), 2);
  return data as GlossaryFile;
}

/** The workspace with the file's glossaries given (none without a file). */
export function withGivenGlossary(workspace: Workspace, file: string | undefined, io: Io): Workspace {
  if (file === undefined) return workspace;
  const read = readGlossaryFile(file);
  const shard = read.shard && /^(\d+)\/(\d+)$/.exec(read.shard);
  if (shard && Number(shard[2]) > 1) throw new CliError(problemText({ file }, 'error', `a part (shard ${read.shard}) of a glossary: join every part first (docflow merge glossary-*.json --out glossary.json)`, RULE), 2);
  const given = new Map<string, Glossary>();
  for (const locale of workspace.contentLocales()) {
    const lessons = read.locales[locale];
    const { hash, slugs } = localeArticles(workspace.content, locale);
    if (lessons && lessons.articles === hash && lessons.files === slugs.length) given.set(locale, glossaryOf(lessons));
    else {
      const why = lessons ? `was learned from other articles (${lessons.files} files) than the content has (${slugs.length})` : 'is not in it';
      warn(io, problemText({ file }, 'warning', `${locale} ${why}: learned from the content again`, 'docflow:stale-glossary'));
    }
  }
  workspace.giveGlossaries(given);
  return workspace;
}
