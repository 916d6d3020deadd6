/**
 * `docflow import`: a translator's XLIFF back into locales/. Changed targets update the resource
 * file and their provenance (origin `xliff`, made from the unit's source as the translator saw
 * it), so extract keeps them; nothing else is written, so export → import changes no byte.
 * XML with a DOCTYPE or entity declarations is refused before it is parsed: no entity is ever
 * expanded (billion laughs, external entities). The file is read a document at a time (see
 * xliff-read.ts), and each article's catalog made before its units are read: a 20 MB article's
 * export came back at 372 MB when the file, then its units, were held through the article's parse.
 */
import { normalizeLocale, sameLanguage, sameLocale } from '../../parse/locale.js';
import type { Workspace } from '../workspace.js';
import { ArticleImport } from './article-import.js';
import { elementStarts, xliffDocuments, XliffReadError, type ElementStart } from './xliff-read.js';
import { xliffLayout, type XliffLayout } from './xliff-layout.js';
import { NamespaceError, prefixedRoot, unprefixedBytes, XLIFF_DOCUMENTS } from './unprefixed.js';
import { ByteLines, bytesOfText, CHUNK, type XmlBytes } from './xml-bytes.js';
import { problemText } from '../../text/problem-line.js';
import { groupBy } from '../../runtime/group-by.js';
import { writePiecesAtomic } from '../write-file.js';
import { SOURCE_LOCALE } from '../versions.js';

/** An XLIFF file refused, as one problem line (`file:line:column error … docflow:rule`). */
export class XliffError extends Error {
  constructor(file: string, place: { line: number; column: number }, reason: string, rule: string) {
    super(problemText({ file, ...place }, 'error', reason, `docflow:${rule}`));
  }
}

export interface ImportReport {
  locale: string;
  updated: { slug: string; key: string }[];
  unchanged: number;
  /** Units whose article or key docflow does not have, where they are in the file. */
  unknown: ({ slug: string; key: string } & Place)[];
  /** Units translated from another English than the reference: imported, and stale. */
  oldEnglish: ({ slug: string; key: string; source: string; reference: string } & Place)[];
  /**
   * Units whose English is now another string's of the article (exported from another version
   * of it, or with other content): imported into that string.
   */
  moved: ({ slug: string; key: string; to: string } & Place)[];
  /**
   * Units translated from another English than the reference, whose string has a translation:
   * not imported (it would put another sentence's translation over it).
   */
  refused: ({ slug: string; key: string; source: string; reference: string } & Place)[];
  /**
   * Units the translator left as exported, whose string changed in locales/ since (a later
   * import, a hand edit, extract): the later value stays.
   */
  newer: ({ slug: string; key: string } & Place)[];
  /** Units changed by the translator whose string changed in locales/ since the export too: not imported. */
  conflicts: ({ slug: string; key: string; target: string; current?: string } & Place)[];
  /**
   * Units with a target their file says is not a translation yet (XLIFF 1.2 `new` or
   * `needs-translation`, 2.0 `initial`: a tool's pre-fill, a copy of the source, a draft): not
   * imported unless asked (`drafts`).
   */
  drafts: ({ slug: string; key: string; target: string } & Place)[];
  /** Units whose target the file has, empty, where locales/ has a translation: it is kept. */
  emptied: ({ slug: string; key: string } & Place)[];
  /**
   * Units whose text cannot be read back into markdown (an inline code docflow did not write, a
   * segment without a target): not imported.
   */
  unreadable: ({ slug: string; key: string; reason: string } & Place)[];
  /** Units whose id more than one unit of their <file> has (XLIFF wants it unique): none of them imported. */
  repeated: ({ slug: string; key: string; copies: number } & Place)[];
  /**
   * Units the article's <file> elements give different targets (two hand-offs merged): which is
   * meant cannot be told, none is imported. `targets`: the first, then the one that differs.
   */
  differing: ({ slug: string; key: string; targets: [string, string] } & Place)[];
  written: string[];
  /** The target language the file says, when the import read it as another (`report.locale`). */
  fileLocale?: string;
}

export interface Place {
  line: number;
  column: number;
}

export interface ImportOptions {
  /** Import targets the file marks as not translated yet too. */
  drafts?: boolean;
  /** The locale the targets are in, whatever the file says (`--locale`). */
  locale?: string;
  /**
   * The locales the content and locales/ have: a file's target language that is none of them but
   * names one of their languages (`fr`, `fr-fr` for `fr-FR`) is read as that one.
   */
  known?: readonly string[];
  /** Units read at once from a long article's element (see xliff-read.ts). */
  batch?: number;
}

/** Imports an XLIFF file (its bytes, or its text whole) into locales/. */
export async function importXliff(workspace: Workspace, source: XmlBytes | string, file: string, options: ImportOptions = {}): Promise<ImportReport> {
  const given = typeof source === 'string' ? bytesOfText(source) : source;
  const layout = xliffLayout(given);
  const lines = new ByteLines(given);
  if (layout.declaration !== undefined) throw new XliffError(file, lines.point(layout.declaration), 'refused: XML with a DOCTYPE or entity declarations (entities can read files or expand without end)', 'xliff-doctype');
  if (layout.root !== undefined || isEmpty(given)) return importLaidOut(workspace, given, layout, file, options);
  const bytes = unprefixed(given, file, lines);
  try {
    return await importLaidOut(workspace, bytes, xliffLayout(bytes), file, options);
  } finally {
    if (bytes !== given) bytes.close();
  }
}

function isEmpty(bytes: XmlBytes): boolean {
  return bytes.size <= CHUNK && bytes.read(0, bytes.size).toString('utf8').trim() === '';
}

/**
 * A file whose root element carries a prefix, read as the same file without its XLIFF elements'
 * prefixes (see unprefixed.ts): before, `<ns0:xliff xmlns:ns0=…>` (Python's ElementTree's way)
 * was refused. A root of another namespace than XLIFF's is said to be so at its place.
 */
function unprefixed(bytes: XmlBytes, file: string, lines: ByteLines): XmlBytes {
  const root = prefixedRoot(bytes);
  if (!root) return bytes;
  if (root.namespace === undefined || !XLIFF_DOCUMENTS.includes(root.namespace)) {
    const bound = root.namespace === undefined ? 'is bound to no namespace' : `is bound to ${root.namespace}`;
    throw new XliffError(file, lines.point(root.at), `not XLIFF: the root element's prefix ${root.prefix}: ${bound}, not XLIFF 1.2's or 2.0's (${XLIFF_DOCUMENTS.join(', ')})`, 'xliff-invalid');
  }
  try {
    return unprefixedBytes(bytes, root.namespace);
  } catch (error) {
    if (!(error instanceof NamespaceError)) throw error;
    throw new XliffError(file, lines.point(error.offset), `not valid XLIFF 1.2 or 2.0: ${error.message}`, 'xliff-invalid');
  }
}

/** importXliff of a file laid out (see xliff-layout.ts) with no declaration in it. */
async function importLaidOut(workspace: Workspace, bytes: XmlBytes, layout: XliffLayout, file: string, options: ImportOptions): Promise<ImportReport> {
  const lines = new ByteLines(bytes);
  if (layout.root === undefined) throw new XliffError(file, { line: 1, column: 1 }, isEmpty(bytes) ? 'an empty file, not XLIFF' : 'not XLIFF: no <xliff> element', 'xliff-invalid');
  // A file cut short (a download or a save that did not finish): the package read what it had,
  // and the units past the cut were left out in silence.
  if (layout.rootClose === undefined || layout.unclosed !== undefined) {
    const [at, what] = layout.rootClose === undefined ? [bytes.size, 'the file ends before its </xliff> (cut short?)'] : [layout.unclosed!, 'this <file> element is never closed'];
    throw new XliffError(file, lines.point(at), `not valid XLIFF 1.2 or 2.0: ${what}: nothing is imported`, 'xliff-invalid');
  }
  const report: ImportReport = { locale: '', updated: [], unchanged: 0, unknown: [], oldEnglish: [], moved: [], refused: [], newer: [], conflicts: [], drafts: [], emptied: [], unreadable: [], repeated: [], differing: [], written: [] };
  let article: ArticleImport | undefined;
  // Written once the whole file is read: a file refused halfway changes nothing.
  const writes: [path: string, pieces: Iterable<string>][] = [];
  const flush = () => {
    for (const [path, pieces] of writes.splice(0)) if (writePiecesAtomic(path, pieces).changed) report.written.push(path);
  };
  const finished = new Set<string>();
  const begin = (slug: string, locale: string) => {
    if (article?.slug === slug && article.locale === locale) return;
    if (article) finished.add(article.slug);
    writes.push(...(article?.finish() ?? []));
    // An article the package reads elsewhere than its element's tag said (their elements come
    // together, see xliff-read.ts): what it wrote is written now, for its catalog to start from.
    if (finished.has(slug)) flush();
    article = new ArticleImport(workspace, slug, locale, report, options);
  };
  // The file's target language as the locale it is here (or the one asked for).
  const localeOf = (tag: string | undefined): string => {
    const language = targetLocale(tag, options);
    const named = options.locale ? `--locale ${options.locale}` : `its target language “${tag}”`;
    if ('ambiguous' in language) throw new XliffError(file, { line: 1, column: 1 }, `${named} could be ${language.ambiguous.join(' or ')}: say which with --locale`, 'xliff-invalid');
    // A tool's project set to the wrong target: its translations went over the reference English.
    if (language.locale === SOURCE_LOCALE) throw new XliffError(file, { line: 1, column: 1 }, `${named} is ${SOURCE_LOCALE}, the English the units are translated from: nothing is imported into it (say the translation's locale with --locale)`, 'xliff-locale');
    return language.locale;
  };
  // XLIFF 1.2 says a target language per <file> element: two hand-offs pasted together put one
  // language's translations into the other's locale. Told before anything is read or written.
  if (!options.locale) {
    let first: string | undefined;
    for (const { at, locale } of elementStarts(bytes, layout)) {
      const language = locale === undefined ? undefined : localeOf(locale);
      first ??= language;
      if (language !== undefined && language !== first) {
        throw new XliffError(file, lines.point(at), `this <file> element's target language is ${language}, the file's first is ${first}: nothing is imported; one language per file (or say which with --locale)`, 'xliff-locale');
      }
    }
  }
  // An article's catalog is made as its element begins, before its units are read; by the
  // language its tags say until the first document has said it.
  const beforeElement = ({ slug, locale }: ElementStart) => {
    const language = report.locale || localeOf(locale);
    if (slug !== undefined && language) begin(slug, language);
  };
  try {
    for await (const document of xliffDocuments(bytes, layout, options.batch, beforeElement)) {
      if (!report.locale) {
        report.locale = localeOf(document.locale);
        if (!report.locale) throw new XliffError(file, { line: 1, column: 1 }, 'no target language (trgLang or target-language; or say it with --locale)', 'xliff-invalid');
        if (document.locale !== undefined && normalizeLocale(document.locale) !== report.locale) report.fileLocale = document.locale;
        // Begun in another language than the package read: begun again.
        if (article && article.locale !== report.locale) article = undefined;
      }
      for (const [slug, units] of groupBy(document.units, (unit) => unit.slug)) {
        begin(slug, report.locale);
        for (const unit of units) article!.add(unit, () => lines.point(document.offsetOf(unit)));
      }
    }
  } catch (error) {
    if (!(error instanceof XliffReadError)) throw error;
    throw new XliffError(file, error.offset === undefined ? { line: 1, column: 1 } : lines.point(error.offset), `not valid XLIFF 1.2 or 2.0: ${error.message}`, 'xliff-invalid');
  }
  writes.push(...(article?.finish() ?? []));
  flush();
  return report;
}

/**
 * The locale a file's targets go into, from the one asked for, else the file's target language:
 * that locale when the content or locales/ has it; else, for a tag without a region, the one
 * locale they have of its language and script (a tool that writes `fr` for `fr-FR`: read as a
 * locale of its own, every unit seemed changed since the export and was refused); else itself, a
 * new locale. Two candidates: ambiguous.
 */
export function targetLocale(tag: string | undefined, { locale, known = [] }: Pick<ImportOptions, 'locale' | 'known'>): { locale: string } | { ambiguous: string[] } {
  const said = normalizeLocale(locale) ?? normalizeLocale(tag);
  if (!said) return { locale: '' };
  const exact = known.find((each) => each.toLowerCase() === said.toLowerCase());
  if (exact) return { locale: exact };
  // A region is a locale of its own (es-MX beside es-ES is a new locale, not es-ES's strings),
  // unless it is one the content has written with its script: many tools write zh-TW as
  // zh-Hant-TW, which read as a new locale refused every unit as changed since the export.
  if (said.split('-').slice(1).some((subtag) => /^(?:[A-Z]{2}|\d{3})$/.test(subtag))) return { locale: known.find((each) => sameLocale(each, said)) ?? said };
  const same = sameLanguage(said, known);
  if (same.length > 1) return { ambiguous: [...same].sort() };
  return { locale: same[0] ?? said };
}
