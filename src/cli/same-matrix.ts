/**
 * Whether the parts given to `docflow merge` are those of one CI matrix: each shard once, none
 * missing, and every part run as the first was (its `--locale`, the articles named, the content's
 * files, the names its `--config` allows, and for lint its levels). Merge takes the first part's
 * settings, so a part of another matrix was merged short, or under settings not its own, in silence.
 */
import type { MatrixPart } from '../catalog/matrix-part.js';
import type { Severity } from '../quality/rule.js';
import { counted } from '../text/counted.js';
import { FileProblem } from './io.js';

export const MATRIX_PARTS = 'docflow:matrix-parts';

/** Parts that are not those of one matrix, said at the part that shows it (its top). */
export function matrixProblem(file: string, reason: string): FileProblem {
  return new FileProblem({ file }, reason, MATRIX_PARTS);
}

/**
 * The parts' shards: one each of 1/n … n/n, none twice, none missing (a part given twice
 * counted its articles twice; one left out, the report said nothing of its articles). Parts
 * that do not say their shard (status reports of earlier builds, unsharded runs) are not checked.
 */
export class ShardCheck {
  private readonly seen = new Map<number, string>();
  private count: number | undefined;
  /** The first part given: where a missing one is said. */
  private first: string | undefined;

  /** True, or a usage error naming the part. */
  add(shard: string | undefined, file: string): true {
    if (shard === undefined) return true;
    const match = /^(\d+)\/(\d+)$/.exec(shard);
    const [index, count] = match ? [Number(match[1]), Number(match[2])] : [0, 0];
    // A part edited by hand, or written by a broken job: `3/2` was merged as a shard of its own.
    if (index < 1 || index > count) throw matrixProblem(file, `shard “${shard}” is none of a matrix's (i/n, i from 1 to n)`);
    if (this.count !== undefined && count !== this.count) throw matrixProblem(file, `shard ${shard}, the other parts are of ${counted(this.count, 'shard')}`);
    this.count = count;
    this.first ??= file;
    const twice = this.seen.get(index);
    if (twice !== undefined) throw matrixProblem(file, `shard ${shard} is ${twice} again`);
    this.seen.set(index, file);
    return true;
  }

  complete(): void {
    if (this.count === undefined) return;
    const missing = Array.from({ length: this.count }, (_, i) => i + 1).filter((index) => !this.seen.has(index));
    if (missing.length > 0) throw matrixProblem(this.first!, `shard${missing.length === 1 ? '' : 's'} ${missing.map((index) => `${index}/${this.count}`).join(', ')} missing: merge every part of the matrix`);
  }
}

/**
 * A part of another matrix than the first part's (`verb` what each was run on, as said): merge
 * takes the first part's settings, so such a part was merged short or under levels not its own.
 */
function sameAsFirst(verb: string, said: string, first: string, file: string, firstFile: string, again = '', differ = said !== first): true {
  if (differ) throw matrixProblem(file, `${verb} ${said}, ${firstFile} ${again}${first}: parts of different matrices`);
  return true;
}

/** A part's `--locale`, as said: one locale, or none given. */
const localeSaid = (locale: string | undefined) => locale ?? 'every locale';

/** A lint part's rule levels (`--rule`, `--config`), in any order. */
const levelsSaid = (levels: readonly [string, Severity | 'off'][]) => levels.map(([id, level]) => `${id}=${level}`).sort().join(', ') || 'the default levels';

/**
 * Parts made from the same files in the same places (a job given another `--content`, or run on
 * another commit with an article added, left that article out: 34 articles merged of 35).
 */
export function sameContent(listing: string | undefined, first: string | undefined, file: string, firstFile: string): true {
  if (listing !== first) throw matrixProblem(file, `made from other files than ${firstFile} (their listings differ): parts of different content`);
  return true;
}

/** A noun, singular and plural. */
type Noun = readonly [string, string];

/** A list of names a part was run with, as said: `none` when there is none, else how many and the first few. */
function namesSaid(names: readonly string[] | undefined, [noun, plural]: Noun, none: string): string {
  if (names === undefined || names.length === 0) return none;
  const shown = names.slice(0, 3).join(', ');
  return `${counted(names.length, noun, plural)} (${names.length > 3 ? `${shown}, …` : shown})`;
}

/**
 * A part run with the same list of names as the first (articles named, names `--config` allows):
 * two lists that begin alike are told apart by a name only one of them has.
 */
function sameNames(verb: string, noun: Noun, none: string, mine: readonly string[] | undefined, theirs: readonly string[] | undefined, file: string, firstFile: string, again = ''): true {
  if ((mine ?? []).join('\n') === (theirs ?? []).join('\n')) return true;
  const only = mine && theirs && (mine.find((name) => !theirs.includes(name)) ?? theirs.find((name) => !mine.includes(name)));
  const which = only === undefined ? '' : ` (${only} in ${mine!.includes(only) ? file : firstFile} only)`;
  return sameAsFirst(verb, namesSaid(mine, noun, none), `${namesSaid(theirs, noun, none)}${which}`, file, firstFile, again, true);
}

/**
 * Parts run on the same locales and articles as the first: a job run with `--locale fr-FR` among
 * jobs of every locale left its shard's other locales out, and the merged totals said nothing of
 * it (zh-CN at 606 of the bundled content's 1,047 sentences, 100%, exit 0); a job given articles
 * by name among jobs of every article left its shard's other articles out (16 of 31 articles
 * counted, 100%, exit 0). Lint parts likewise (their findings left out).
 */
export function sameSelection(verb: string, part: Partial<MatrixPart>, first: Partial<MatrixPart>, file: string, firstFile: string): true {
  // Parts of earlier builds say no listing: theirs is not known.
  if (part.listing !== undefined && first.listing !== undefined) sameContent(part.listing, first.listing, file, firstFile);
  sameAsFirst(verb, localeSaid(part.locale), localeSaid(first.locale), file, firstFile);
  return sameNames(verb, ['named article', 'named articles'], 'every article', part.articles, first.articles, file, firstFile);
}


/** What a lint part was run with besides its selection (and its allowed names, see MatrixPart). */
export interface LintSettings extends Partial<MatrixPart> {
  severities: [string, Severity | 'off'][];
}

/**
 * A part run with the names the first part's `--config` allows (`verb`: how the part was run, as
 * said): they decide which sentences are still in English, so a status part counted with other
 * names than the others' made a report of mixed counts, and a lint part's `untranslated`
 * findings were not the others'.
 */
export function sameAllowed(verb: string, part: Pick<MatrixPart, 'allow'>, first: Pick<MatrixPart, 'allow'>, file: string, firstFile: string): true {
  return sameNames(verb, ['name allowed', 'names allowed'], 'no name allowed', part.allow, first.allow, file, firstFile, 'with ');
}

/** A lint part run as the first: the same levels, allowed names, locale, articles and files. */
export function sameLint(part: LintSettings, first: LintSettings, file: string, firstFile: string): true {
  sameAsFirst('linted with', levelsSaid(part.severities), levelsSaid(first.severities), file, firstFile, 'with ');
  sameAllowed('linted with', part, first, file, firstFile);
  return sameSelection('checked', part, first, file, firstFile);
}
