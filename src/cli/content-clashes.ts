/**
 * One article's file in one locale in two `--content` folders (content.ts's clashes): the first
 * listed is used. Every command says so, naming both files; extract refuses the article instead,
 * as the resources it writes from one file would put its strings over those the other gave.
 */
import { VFile } from 'vfile';
import type { ArticleClash } from '../catalog/article-table.js';
import { problemText } from '../text/problem-line.js';

const RULE = 'same-article';

/** What the two files are, from the one not read. */
const both = (clash: ArticleClash) => `${clash.slug} (${clash.locale}) is also ${clash.used}, listed first`;

/** The warning of a command that uses the first file. */
export function clashWarning(clash: ArticleClash): string {
  return problemText({ file: clash.unread }, 'warning', `${both(clash)}: that file is used, this one is not read`, `docflow:${RULE}`);
}

/** Extract's error: the article is not extracted, in any locale, until one of the files goes. */
export function clashError(clash: ArticleClash): VFile {
  const file = new VFile({ path: clash.unread });
  const reason = `${both(clash)}: ${clash.slug} is not extracted, as one file's strings would be written over the other's; keep one of them`;
  file.message(reason, { place: { line: 1, column: 1 }, ruleId: RULE, source: 'docflow' }).fatal = true;
  return file;
}

/** The clashes of these articles (a run's: named, or a shard's). */
export function clashesAmong(clashes: readonly ArticleClash[], slugs: readonly string[]): ArticleClash[] {
  if (clashes.length === 0) return [];
  const among = new Set(slugs);
  return clashes.filter((clash) => among.has(clash.slug));
}
