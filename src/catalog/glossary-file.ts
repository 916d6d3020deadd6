/**
 * A content's glossaries as a file (`docflow glossary`), so that the jobs of a CI matrix do not
 * each read every file of a locale to learn it: each job of a first matrix learns from its own
 * shard's files and writes a part, `docflow merge` joins the parts, and the jobs of the next
 * matrix take the whole (`--glossary`). Without it, every `extract --shard i/64` job of four
 * copies of the 370 fr-fr articles spent 1.3 s of its 1.7 on the glossary.
 *
 * A label's translations keep where each was first seen (the file, then its place among that
 * file's translations of the label): ties in count and length are broken in that order when
 * labels are paired, so a glossary joined from parts must list them as one run over every file
 * would have. A locale's files are read in the order of their slugs, so a file is named by its
 * slug, and a part needs to know no other part's files: a shard's job opens its own alone.
 */
import { hash } from 'node:crypto';
import type { Glossary, LeadCounts } from '../parse/label-glossary.js';
import { emptyGlossary } from '../parse/label-glossary.js';
import { escapedJson } from '../text/escaped-json.js';
import { jsonError } from '../text/json-error.js';
import { cutCharacter, NOT_UTF8 } from '../text/undecoded.js';
import { compareNames } from '../text/name-order.js';
import { problemText } from '../text/problem-line.js';
import type { Content } from './content.js';
import { fileBlocks, fileLines, isUtf8File } from './file-blocks.js';
import { readFailure } from '../runtime/read-failure.js';

export const GLOSSARY_FILE = 'docflow-glossary@2';
const GLOSSARY_NAME = /^docflow-glossary@/;

/** A translation: its text, how often it was seen, and where first (the file's slug, its order in that file). */
type SeenTranslation = [text: string, count: number, file: string, order: number];
/** A translation as written: its file an index into the locale's `seen` slugs. */
type WrittenTranslation = [text: string, count: number, file: number, order: number];

export interface LocaleLessons {
  /** A hash of the set of the locale's articles learned from (their slugs): parts' hashes join into the whole's. */
  articles: string;
  /** How many files of the locale were learned from (all of them, in a whole glossary). */
  files: number;
  /** The slugs of the files where translations were first seen, in the locale's order. */
  seen: string[];
  terms: [source: string, translations: WrittenTranslation[]][];
  leads: [lead: string, action: number, name: number][];
}

/**
 * The file's first line; then a line per locale, `{"locale": …, …LocaleLessons}`, in the
 * locales' order: a locale's lessons are read (and joined, and written) one at a time, never a
 * whole matrix's glossaries as one string (60 locales of a large content could pass V8's
 * longest string).
 */
export interface GlossaryHeader {
  docflow: typeof GLOSSARY_FILE;
  /** `i/n` in a part of a matrix; absent in a whole glossary. */
  shard?: string;
  /**
   * The listing hash of the content it was learned from (see ContentListing), and the slugs of
   * its markdown files that are not articles (a part's: those of its shard): with them, a
   * matrix's job of the same checkout need not open the other shards' files.
   */
  listing?: string;
  notArticles?: string[];
  /**
   * The locales whose lines follow, in their order: a file cut at the end of a line is told from
   * a whole one (a part cut so was merged in silence, its locale's labels learned from fewer files).
   * Files of builds before it do not say them.
   */
  locales?: string[];
}

const NO_ARTICLES = '0'.repeat(40);

/** The hash of a set of slugs, in any order: XOR of each one's, so that parts' hashes join (`joinArticles`). */
export function articlesHash(slugs: Iterable<string>): string {
  let joined = NO_ARTICLES;
  for (const slug of slugs) joined = joinArticles(joined, hash('sha1', slug));
  return joined;
}

/** Two disjoint sets' hashes joined: the hash of their union. */
export function joinArticles(a: string, b: string): string {
  const out = Buffer.from(a, 'hex');
  const other = Buffer.from(b, 'hex');
  for (let i = 0; i < out.length; i++) out[i]! ^= other[i] ?? 0;
  return out.toString('hex');
}

/** A locale's articles in the content, and their hash as a glossary file names them. */
export function localeArticles(content: Content, locale: string): { hash: string; slugs: string[] } {
  const slugs = content.articles.filesIn(locale).map((file) => file.slug);
  return { hash: articlesHash(slugs), slugs };
}

/** A locale's lessons as the file keeps them, from its files' lessons or from parts. */
export class LessonsFold {
  private readonly terms = new Map<string, Map<string, SeenTranslation>>();
  private readonly leads = new Map<string, LeadCounts>();
  private files = 0;
  private articles = NO_ARTICLES;

  /** One file's lessons, `slug` its article's. */
  addFile(slug: string, lessons: Glossary): void {
    this.files++;
    this.articles = joinArticles(this.articles, hash('sha1', slug));
    for (const [source, targets] of lessons.terms) {
      let order = 0;
      for (const [text, count] of targets) this.add(source, [text, count, slug, order++]);
    }
    for (const [lead, seen] of lessons.leads) this.addLead(lead, seen.action, seen.name);
  }

  /** Another part's lessons of the same locale (of other articles). */
  addPart(part: LocaleLessons): void {
    this.files += part.files;
    this.articles = joinArticles(this.articles, part.articles);
    for (const [source, translations] of part.terms) for (const [text, count, file, order] of translations) this.add(source, [text, count, part.seen[file]!, order]);
    for (const [lead, action, name] of part.leads) this.addLead(lead, action, name);
  }

  private add(source: string, [text, count, file, order]: SeenTranslation): void {
    let entry = this.terms.get(source);
    if (!entry) this.terms.set(source, (entry = new Map()));
    const known = entry.get(text);
    if (!known) entry.set(text, [text, count, file, order]);
    else {
      known[1] += count;
      const earlier = compareNames(file, known[2]);
      if (earlier < 0 || (earlier === 0 && order < known[3])) [known[2], known[3]] = [file, order];
    }
  }

  private addLead(lead: string, action: number, name: number): void {
    const seen = this.leads.get(lead);
    this.leads.set(lead, { action: (seen?.action ?? 0) + action, name: (seen?.name ?? 0) + name });
  }

  /** As written: sorted, so that the same lessons make the same bytes whatever the parts' order. */
  lessons(): LocaleLessons {
    const byCode = <T extends [string, ...unknown[]]>(a: T, b: T) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
    const seen = [...new Set([...this.terms.values()].flatMap((entry) => [...entry.values()].map((translation) => translation[2])))].sort(compareNames);
    const index = new Map(seen.map((slug, i) => [slug, i]));
    const written = ([text, count, file, order]: SeenTranslation): WrittenTranslation => [text, count, index.get(file)!, order];
    return {
      articles: this.articles,
      files: this.files,
      seen,
      terms: [...this.terms].map(([source, entry]): LocaleLessons['terms'][number] => [source, [...entry.values()].map(written).sort(firstSeen)]).sort(byCode),
      leads: [...this.leads].map(([lead, { action, name }]): LocaleLessons['leads'][number] => [lead, action, name]).sort(byCode),
    };
  }
}

const firstSeen = (a: WrittenTranslation, b: WrittenTranslation) => a[2] - b[2] || a[3] - b[3];

/** The glossary a run over every file of the locale learns: each label's translations in the order first seen. */
export function glossaryOf(lessons: LocaleLessons): Glossary {
  const glossary = emptyGlossary();
  for (const [source, translations] of lessons.terms) glossary.terms.set(source, new Map([...translations].sort(firstSeen).map(([text, count]) => [text, count])));
  for (const [lead, action, name] of lessons.leads) glossary.leads.set(lead, { action, name });
  return glossary;
}

/** The file's lines, each with its line break: the header, then each locale's lessons. */
export function* glossaryLines(header: GlossaryHeader, locales: Iterable<[locale: string, lessons: LocaleLessons]>): Generator<string> {
  yield `${escapedJson(header)}\n`;
  for (const [locale, lessons] of locales) yield `${escapedJson({ locale, ...lessons })}\n`;
}

/** A file that is not a glossary, or one cut or edited by hand, at the line and column where it goes wrong. */
export class GlossaryFileError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly column: number,
    readonly reason: string,
  ) {
    super(problemText({ file, line, column }, 'error', reason, 'docflow:bad-glossary'));
  }
}

/** Bytes enough to tell a header: a status or lint part's first line can be the whole file. */
const HEADER_BYTES = 4096;
const GLOSSARY_START = /^\{\s*"docflow"\s*:\s*"docflow-glossary@/;

/**
 * Whether the file is a glossary (its first line, within its first bytes, says so): read no
 * further. One that cannot be read is not.
 */
export function isGlossaryFile(file: string): boolean {
  let blocks: ReturnType<typeof fileBlocks> | undefined;
  try {
    blocks = fileBlocks(file, HEADER_BYTES);
    const first = blocks.next();
    if (first.done) return false;
    const end = first.value.indexOf(0x0a);
    // A header past the first bytes (a content with many files that are not articles) names
    // itself first, as `glossaryLines` writes it.
    if (end < 0) return GLOSSARY_START.test(first.value.toString('utf8'));
    const name = (JSON.parse(first.value.toString('utf8', 0, end)) as { docflow?: unknown } | null)?.docflow;
    return typeof name === 'string' && GLOSSARY_NAME.test(name);
  } catch {
    return false;
  } finally {
    blocks?.return();
  }
}

/**
 * A glossary file read a line at a time: its header at once (a GlossaryFileError if it is none),
 * its locales as they are asked for, each checked (the same error at its line).
 */
export function readGlossary(file: string): { header: GlossaryHeader; locales: Generator<[locale: string, lessons: LocaleLessons]> } {
  const lines = fileLines(file);
  let utf8: boolean | undefined;
  const parsed = (line: string, number: number): unknown => {
    // A line with U+FFFD: the file's bytes are checked once (a real U+FFFD is UTF-8 too).
    const replaced = line.indexOf('\uFFFD');
    if (replaced !== -1 && !cutCharacter(line, replaced) && !(utf8 ??= isUtf8File(file))) throw new GlossaryFileError(file, number, replaced + 1, NOT_UTF8);
    try {
      return JSON.parse(line);
    } catch {
      const wrong = jsonError(line);
      throw new GlossaryFileError(file, number, wrong.offset + 1, `not valid JSON: ${wrong.reason}`);
    }
  };
  let header: Partial<GlossaryHeader> | null | undefined;
  try {
    const first = lines.next();
    header = (first.done ? undefined : parsed(first.value, 1)) as typeof header;
    const problem = headerProblem(header);
    if (problem) throw new GlossaryFileError(file, 1, 1, problem);
  } catch (error) {
    lines.return(undefined);
    const failure = readFailure(error);
    throw failure ? new GlossaryFileError(file, 1, 1, failure) : error;
  }
  const named = header?.locales;
  const locales = function* (): Generator<[string, LocaleLessons]> {
    let number = 1;
    let previous = '';
    let read = 0;
    for (const line of lines) {
      number++;
      if (line === '') continue;
      const { locale, ...lessons } = (parsed(line, number) ?? {}) as Partial<LocaleLessons> & { locale?: unknown };
      const unnamed = named !== undefined && locale !== named[read] ? `not the locale its first line names here (${named[read] ?? 'none'})` : undefined;
      const wrong = typeof locale !== 'string' ? 'a line without its locale' : locale <= previous ? 'a locale out of order (they are sorted, each once)' : (unnamed ?? localeProblem(lessons));
      if (wrong) throw new GlossaryFileError(file, number, 1, typeof locale === 'string' ? `${locale}: ${wrong}` : wrong);
      previous = locale as string;
      read++;
      yield [previous, lessons as LocaleLessons];
    }
    if (named !== undefined && read < named.length) throw new GlossaryFileError(file, number + 1, 1, `the file ends before its ${named[read]} line (its first line names ${named.length}): cut short`);
  };
  return { header: header as GlossaryHeader, locales: locales() };
}

function headerProblem(header: Partial<GlossaryHeader> | null | undefined): string | undefined {
  if (typeof header?.docflow === 'string' && GLOSSARY_NAME.test(header.docflow) && header.docflow !== GLOSSARY_FILE) return `a glossary of another docflow (“${header.docflow}”, this one writes “${GLOSSARY_FILE}”): make it again with this one`;
  if (header?.docflow !== GLOSSARY_FILE) return `not a glossary of this docflow (\`docflow glossary\` output names itself “${GLOSSARY_FILE}” on its first line)`;
  if (header.shard !== undefined && (typeof header.shard !== 'string' || !/^\d+\/\d+$/.test(header.shard))) return 'its shard is not i/n';
  if (header.listing !== undefined && typeof header.listing !== 'string') return 'its listing is not a hash';
  if (header.notArticles !== undefined && !(Array.isArray(header.notArticles) && header.notArticles.every((slug) => typeof slug === 'string'))) return 'its notArticles are not slugs';
  if (header.locales !== undefined && !(Array.isArray(header.locales) && header.locales.every((locale) => typeof locale === 'string'))) return 'its locales are not a list of locales';
  return undefined;
}

/** What is wrong with a locale's lessons as read, or undefined: a cut or hand-edited line is not taken for lessons. */
function localeProblem(lessons: unknown): string | undefined {
  const { articles, files, seen, terms, leads } = (lessons ?? {}) as Partial<LocaleLessons>;
  const count = (n: unknown) => Number.isInteger(n) && (n as number) >= 0;
  if (typeof articles !== 'string' || !/^[0-9a-f]{40}$/.test(articles)) return 'its articles are not a hash of 40 hex digits';
  if (!count(files)) return 'its count of files is missing';
  if (!Array.isArray(seen) || !seen.every((slug) => typeof slug === 'string')) return 'its seen files are not slugs';
  const translation = (t: unknown) => Array.isArray(t) && t.length === 4 && typeof t[0] === 'string' && count(t[1]) && count(t[2]) && (t[2] as number) < seen.length && count(t[3]);
  if (!Array.isArray(terms) || !terms.every((t) => Array.isArray(t) && typeof t[0] === 'string' && Array.isArray(t[1]) && t[1].every(translation))) return 'a term is not [label, [[translation, count, file (of seen), order], …]]';
  if (!Array.isArray(leads) || !leads.every((l) => Array.isArray(l) && typeof l[0] === 'string' && count(l[1]) && count(l[2]))) return 'a lead is not [lead, action, name]';
  return undefined;
}
