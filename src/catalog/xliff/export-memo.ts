/**
 * `export` of articles that have not changed since the last run: each one's <file> element as the
 * last run of this docflow build made it for the same locale and format, without building the
 * article, merging its strings or writing XML again. It holds while the article's files, its
 * overlay and every resource and provenance file of it in locales/ have the same bytes, and the
 * glossary questions its build asked get the same answers. A warm export of 370 articles made
 * every element again (1.4 s).
 */
import { articleInputs } from '../article-inputs.js';
import type { Question } from '../content-questions.js';
import type { Workspace } from '../workspace.js';
import type { XliffPart, XliffVersion } from './xliff-format.js';

export interface ExportedArticle {
  /** Its units' number, and their element (none without units). */
  units: number;
  part?: XliffPart;
  questions: Question[];
}

/**
 * The article's element from the last run, or made by `make` (and kept). Each article in an entry
 * of its own, read as it comes: all of them kept together were held at once (13 MB of XML for
 * 370 articles, a long article's alone as large as its text).
 */
export async function exported(workspace: Workspace, slug: string, locale: string, version: XliffVersion, make: () => Promise<ExportedArticle>, allow: readonly string[] = []): Promise<ExportedArticle> {
  const cache = workspace.parseCache;
  if (!cache) return make();
  // The team's names decide which targets are still their English (needs-translation).
  const key = cache.key('exported', locale, version, ...(allow.length > 0 ? ['allow', ...allow, '\0'] : []), ...articleInputs(workspace, slug, { resources: true }));
  const kept = cache.get<ExportedArticle>(key, (saved) => workspace.stillAnswered(saved.questions));
  if (kept) return kept;
  const made = await make();
  const part = made.part;
  if (!part || Array.isArray(part.file)) {
    cache.set(key, made);
    return made;
  }
  // A long article's element is made as it is written: kept once all of it has been (whole in
  // memory then, as a kept element is; without a cache it never is).
  const file = part.file;
  const pieces: string[] = [];
  async function* keeping(): AsyncGenerator<string> {
    for await (const piece of file) {
      pieces.push(piece);
      yield piece;
    }
    cache!.set(key, { ...made, part: { ...part!, file: pieces } });
  }
  return { ...made, part: { ...part, file: keeping() } };
}
