/**
 * One article's units imported into its catalog, a batch at a time as the file is read: the
 * catalog is made once, before the units come (a 20 MB article's parse, the import's peak), and
 * only what the rules need across batches is kept (units whose English is another string's now,
 * decided once every unit of their own string has had its turn).
 */
import { localeCatalog, type CatalogEntry, type LocaleCatalog } from '../catalog.js';
import { resourcePath } from '../locale-files.js';
import { madeOver, provenanceChunks, provenancePath, valueHash } from '../provenance.js';
import { stableJsonChunks } from '../write-file.js';
import type { Workspace } from '../workspace.js';
import type { ImportOptions, ImportReport, Place } from './import.js';
import type { ReadUnit } from './xliff-read.js';
import { baseOf } from './units.js';
import { sameLines } from './xml-line-ends.js';
import { sameText, spacingFree } from '../../text/same-text.js';
import { groupBy } from '../../runtime/group-by.js';

type Placed = ReadUnit & { place: Place };

export class ArticleImport {
  private readonly catalog: LocaleCatalog | undefined;
  /** The article's own translations in the locale, which an imported value is made over. */
  private readonly articleValues: Readonly<Record<string, string>> | undefined;
  /**
   * The targets this import takes, with the English each was made from: put into the catalog
   * by finish(), so that until then the catalog says what it had before the import, which a
   * second unit of a key is judged against. Put in as they came, the values and provenance they
   * replaced were kept to go back to (a 20 MB article's import of every string held 15 MB more).
   */
  private readonly taking = new Map<string, { target: string; from: string }>();
  /** Keys two units gave different targets (two <file> elements of the article): none is taken. */
  private readonly differing = new Set<string>();
  private readonly taken = new Set<string>();
  /** Ids said to be repeated in the file. */
  private readonly repeatedSaid = new Set<string>();
  /** Units whose English is not their string's: after every unit of its own string. */
  private readonly others: Placed[] = [];
  private byEnglish: Map<string, string[]> | undefined;

  constructor(
    private readonly workspace: Workspace,
    readonly slug: string,
    readonly locale: string,
    private readonly report: ImportReport,
    private readonly options: ImportOptions,
  ) {
    if (!workspace.has(slug)) return;
    this.catalog = localeCatalog(workspace, slug, locale);
    this.articleValues = workspace.article(slug).resources.messages.get(locale);
    // The catalog and the article's own translations are all the import needs of it: its parse
    // goes (the 20 MB article's document and keys were 40 MB held through the import).
    workspace.forget(slug);
  }

  /** A unit as the file has it, and where (asked only when a unit has something to say). */
  add(unit: ReadUnit, place: () => Place): void {
    const reference = this.catalog?.entry(unit.key)?.reference;
    if (reference === undefined || sameText(unit.source, reference)) this.decide(unit, place);
    else this.others.push({ ...unit, place: place() });
  }

  /**
   * The units left, then the article's files to write (none if nothing changed), each made as it
   * is written: a 20 MB article's resource file was a 40 MB string held until the file was read.
   */
  finish(): [path: string, pieces: Iterable<string>][] {
    for (const unit of this.others) this.decide(unit, () => unit.place);
    if (this.taking.size === 0) return [];
    const { merge } = this.catalog!;
    const fromArticle = this.articleValues;
    for (const [key, { target, from }] of this.taking) {
      merge.messages[key] = target;
      const over = madeOver(fromArticle && Object.hasOwn(fromArticle, key) ? fromArticle[key] : undefined);
      merge.provenance.strings[key] = { from, origin: 'xliff', hash: valueHash(target), ...(over !== undefined ? { article: over } : {}) };
    }
    this.taking.clear();
    const { localesDir } = this.workspace;
    return [
      [resourcePath(localesDir, this.locale, this.slug), stableJsonChunks(merge.messages)],
      [provenancePath(localesDir, this.locale, this.slug), provenanceChunks(merge.provenance)],
    ];
  }

  private decide(unit: ReadUnit, place: () => Place): void {
    const { slug, report, options } = this;
    const entry = this.catalog?.entry(unit.key);
    if (!entry || entry.reference === undefined) {
      report.unknown.push({ slug, key: unit.key, ...place() });
      return;
    }
    if (unit.unreadable !== undefined) {
      report.unreadable.push({ slug, key: unit.key, reason: unit.unreadable, ...place() });
      return;
    }
    if (unit.copies !== undefined) {
      // Copies in several batches or elements come one by one: said once, at the first.
      if (!this.repeatedSaid.has(unit.key)) report.repeated.push({ slug, key: unit.key, copies: unit.copies, ...place() });
      this.repeatedSaid.add(unit.key);
      return;
    }
    if (unit.target === undefined || unit.target.trim() === '') {
      // A translation emptied in the file (not a draft) is not a wish to lose it: kept, and said.
      if (unit.target !== undefined && !unit.draft && entry.value !== undefined && entry.value.trim() !== '') report.emptied.push({ slug, key: unit.key, ...place() });
      else report.unchanged++;
      return;
    }
    // A third copy of a unit already said to differ: it stays as it was.
    if (this.differing.has(unit.key)) return;
    if (unit.draft && !options.drafts && !sameLines(unit.target, entry.value)) {
      report.drafts.push({ slug, key: unit.key, target: unit.target, ...place() });
      return;
    }
    if (sameText(unit.source, entry.reference)) {
      this.taken.add(unit.key);
      if (sameLines(unit.target, entry.value) && !confirmed(unit, entry)) report.unchanged++;
      else if (unit.base === undefined || unit.base === baseOf(entry.value)) this.put(unit.key, unit, place, entry.reference);
      // The string changed in locales/ since this file was exported: an old file imported
      // again would undo that change, and a translator's edit of the old value would lose it.
      else if (unit.base === baseOf(unit.target)) report.newer.push({ slug, key: unit.key, ...place() });
      else report.conflicts.push({ slug, key: unit.key, target: unit.target, ...(entry.value !== undefined ? { current: entry.value } : {}), ...place() });
      return;
    }
    // Its English is one other string's now (the same sentence, numbered otherwise): that string's translation.
    const [to, ...others] = this.englishIndex().get(spacingFree(unit.source)) ?? [];
    if (to !== undefined && others.length === 0) {
      if (this.taken.has(to) || sameLines(unit.target, this.catalog!.entry(to)!.value)) report.unchanged++;
      else {
        this.taken.add(to);
        this.put(to, unit, place, this.catalog!.entry(to)!.reference);
        report.moved.push({ slug, key: unit.key, to, ...place() });
      }
      return;
    }
    const old = { slug, key: unit.key, source: unit.source, reference: entry.reference, ...place() };
    // A translation of another English does not replace the string's own (current, or stale
    // but made for nearly this sentence): it fills a missing one, and stays stale.
    if (sameLines(unit.target, entry.value)) report.unchanged++;
    else if (entry.value !== undefined) report.refused.push(old);
    else {
      if (this.put(unit.key, unit, place)) report.oldEnglish.push(old);
    }
  }

  /** The article's strings by their English, made for the first unit whose English is another string's. */
  private englishIndex(): Map<string, string[]> {
    return (this.byEnglish ??= groupBy(
      [...this.catalog!.each()].filter((e) => e.reference !== undefined),
      (e) => spacingFree(e.reference!),
      (e) => e.key,
    ));
  }

  /**
   * The article's own translations: a value imported is made over the one it has now (see
   * merge.ts). Its English, the very string the catalog holds when they are equal: a copy each
   * was the 20 MB article's English once more (8 MB) through an import of every string.
   */
  private put(key: string, unit: ReadUnit, place: () => Place, reference?: string): boolean {
    const taken = this.taking.get(key);
    if (taken !== undefined) return this.again(key, unit.target!, taken.target, place);
    this.taking.set(key, { target: unit.target!, from: unit.source === reference ? reference : unit.source });
    this.report.updated.push({ slug: this.slug, key });
    return true;
  }

  /**
   * A target for a key another unit of the import already gave one (the article's two <file>
   * elements: two hand-offs merged): the same text is that one; another cannot be told apart
   * from it, so the key keeps the value it had (the package's order made the last one win).
   */
  private again(key: string, target: string, first: string, place: () => Place): boolean {
    if (target === first) {
      this.report.unchanged++;
      return false;
    }
    this.taking.delete(key);
    const updated = this.report.updated.findIndex((each) => each.slug === this.slug && each.key === key);
    if (updated !== -1) this.report.updated.splice(updated, 1);
    this.differing.add(key);
    this.report.differing.push({ slug: this.slug, key, targets: [first, target], ...place() });
    return false;
  }
}

/**
 * A unit whose target is unchanged, and yet the translator's word on it: the English apply
 * --create wrote, marked translated in the CAT tool (the word is the same in their language,
 * “Type”); or a stale translation marked finished, read against the new English and found right.
 * A draft left as it was says nothing (nor does --drafts make it say it).
 */
function confirmed(unit: ReadUnit, entry: CatalogEntry): boolean {
  if (unit.draft) return false;
  return entry.origin === 'english' || (entry.state === 'stale' && unit.finished === true);
}
