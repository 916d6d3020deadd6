/**
 * `docflow apply`: the locale resources written back into the side-by-side articles. Only the
 * bytes of a changed translation change: each is a slice of the original text replaced in place,
 * so the English halves, the front matter, whitespace and every other byte stay as they were
 * (markdown is never re-serialized). A translation that cannot be placed is reported, not dropped:
 * a translation made from another English than the article's, a string whose segment the
 * article does not have, markup that would break the pairs, a bare `|` in a table row, an edited
 * UI label.
 */
import { scanDocument } from '../parse/scan-document.js';
import { sameText } from '../text/same-text.js';
import { labelSentence } from './keys.js';
import { entryKind, isBlank, localeCatalog, sentenceUntranslated, translatedLocales, type LocaleCatalog } from './catalog.js';
import type { Workspace } from './workspace.js';
import { writePiecesAtomic } from './write-file.js';
import { fitted } from './fitted.js';
import { fileTextSource, textSource, type TextSource } from './text-source.js';
import type { Document, Segment } from '../model/document.js';
import { ArticleMemo } from './article-memo.js';
import type { Question } from './content-questions.js';
import type { ArticleResources } from './resources.js';
import { parseInline, plainText } from '../parse/inline.js';
import { normal } from '../parse/label-candidates.js';
import { readText } from './file-blocks.js';
import { addsBarePipe, identifierRows, tableRows } from './table-row.js';
import { hasWordsToTranslate } from './left-in-english.js';
import { placeholderKeys } from './placeholders.js';
import { SOURCE_LOCALE } from './resources.js';

export interface Unplaced {
  slug: string;
  locale: string;
  key: string;
  reason: string;
  /** Where the article's sentence is, when it has one. */
  path?: string;
  line?: number;
  column?: number;
}

/**
 * An article `apply` found nothing to write into: the files left as they were, and what could not
 * be placed in them. Kept (article-memo.ts) while the article and its resource files are the same;
 * an article it wrote into is not kept (its file changed: the next run looks again).
 */
interface NothingToApply {
  unchanged: string[];
  unplaced: Unplaced[];
  questions: readonly Question[];
}

export interface ApplyResult {
  /** Article files whose text changed (or would, in a dry run). */
  changed: { path: string; strings: number }[];
  unchanged: string[];
  unplaced: Unplaced[];
}

// A value carrying pair markup would break the article's pairs when written between its tags.
const PAIR_MARKUP = /<\/?span\b|data-[st]tu-id/i;

/**
 * A range of the text and its new value; `sentence`, what the text says there as it was parsed:
 * a file read again to be written must still say it (else it changed meanwhile, and is left as it is).
 */
type Edit = { range: [number, number]; value: string; sentence?: string };

/** The text with its ranges replaced, in one pass (the edits in any order). */
export function replaceTargets(text: string, edits: readonly Edit[]): string {
  return [...replacedPieces(textSource(text), inTextOrder(edits))].join('');
}

/**
 * The text with its ranges replaced, in pieces, for edits in text order, made as they are read:
 * spliced one at a time, each edit copied the text so far (a 20 MB article's 105,000 sentences
 * made in a new locale: quadratic, unfinished after 5 minutes), and all the pieces of a new
 * locale's long article held at once peaked at 317 MB.
 */
function* replacedPieces(text: TextSource, edits: Iterable<Edit>): Generator<string> {
  for (const { range, value, sentence } of edits) {
    yield text.upTo(range[0]);
    const was = text.upTo(range[1]);
    // Thrown before the file is put in place: the write is abandoned, the file as it was.
    if (sentence !== undefined && was !== sentence) throw Object.assign(new Error('the file changed while it was written'), { code: 'ECHANGED' });
    yield fitted(value, was);
  }
  yield* text.rest();
}

/** Whether the file says each sentence where its parse found it (read a block at a time, not held). */
function stillSays(file: string, segments: readonly Segment[]): boolean {
  const text = fileTextSource(file);
  try {
    for (const segment of [...segments].sort((a, b) => a.targetStart - b.targetStart)) {
      text.upTo(segment.targetStart);
      if (text.upTo(segment.targetEnd) !== segment.target) return false;
    }
    return true;
  } finally {
    text.close();
  }
}

/** replacedPieces from the file itself, read a block at a time as the pieces are written (opened only then). */
function* filePieces(file: string, edits: Iterable<Edit>): Generator<string> {
  const text = fileTextSource(file);
  try {
    yield* replacedPieces(text, edits);
  } finally {
    text.close();
  }
}

function inTextOrder(edits: readonly Edit[]): Edit[] {
  return [...edits].sort((a, b) => a.range[0] - b.range[0]);
}

/** Whether a document's sentences come in the order of its text (as a parse gives them): edits made from them in turn need no sort. */
function inTextOrderAlready(segments: readonly Segment[]): boolean {
  return segments.every((segment, i) => i === 0 || segment.targetStart >= segments[i - 1]!.targetEnd);
}

/**
 * What applying a locale's resources to one article file would write, as pieces in text order
 * (undefined: nothing changes), and what it could not place.
 */
export function applyToArticle(workspace: Workspace, slug: string, locale: string, file: string, force = false): { pieces: Iterable<string> | undefined; strings: number; unplaced: Unplaced[] } {
  const { documents, resources } = workspace.article(slug);
  // Merged before the file is read: a long article's text is not held through the merge.
  const catalog = localeCatalog(workspace, slug, locale);
  const plan = (document: Document) => plannedEdits(resources, slug, locale, file, document, catalog, force);
  // The workspace read this file and matched it to the reference already (or its cache did,
  // under the file's hash as it is now): with nothing to put in, it is not read again.
  const known = documents.find((d) => d.path === file);
  const first = known && plan(known);
  if (first && first.strings === 0) return { pieces: undefined, strings: 0, unplaced: first.unplaced };
  if (first && stillSays(file, known!.segments)) {
    // Planned on the file as the workspace read it; its text is read again a block at a time as
    // the pieces are written, each replaced sentence checked again (a 20 MB article's text held
    // whole, 40 MB of string, put `apply` at 340 MB).
    return { pieces: filePieces(file, first.edits()), strings: first.strings, unplaced: first.unplaced };
  }
  // A file that changed since it was read is read and scanned again: offsets must be this text's.
  const original = readText(file);
  const planned = plan(scanDocument(original, { path: file, locale }).document);
  return { pieces: planned.strings > 0 ? replacedPieces(textSource(original), planned.edits()) : undefined, strings: planned.strings, unplaced: planned.unplaced };
}

/**
 * The translations to put into a document's sentences: how many change its text, and those
 * edits in text order, made again from the sentences as they are written, not a list held
 * through the write (the 20 MB article's 105,000 edits and their copies, 15 MB); and what
 * cannot be placed.
 */
interface Plan {
  strings: number;
  edits: () => Iterable<Edit>;
  unplaced: Unplaced[];
}

/**
 * Why a translation cannot stand in its sentence's place, or undefined when it can: asked by
 * apply of an article and by --create of the one it makes, so that both place the same strings.
 */
function unplaceable(value: string, from: string | undefined, segment: Segment, inTableRow: (offset: number) => boolean): string | undefined {
  if (isBlank(value, segment.source)) return 'the translation is empty: the article’s is kept (delete the string from locales/ and extract to take it back)';
  if (PAIR_MARKUP.test(value)) return 'the translation holds side-by-side markup (<span>, data-ttu-id) that would break the article';
  if (addsBarePipe(value, segment.target) && inTableRow(segment.targetStart)) return 'the translation has a “|”, which would end its table cell: write it as “\\|”';
  if (!sameText(from, segment.source)) return `translated from “${from ?? '?'}”, but the article’s English is “${segment.source}”`;
  return undefined;
}

/** `rows`: the file whose text the document's offsets are of (a table row is looked for there). */
function plannedEdits(resources: ArticleResources, slug: string, locale: string, rows: string, document: Document, catalog: LocaleCatalog, force: boolean): Plan {
  const file = document.path;
  const numberOf = resources.alignments.get(locale) ?? new Map(document.segments.map((s) => [s.n, s.n]));
  // A person's value over an article translation that changed since: the article's is not replaced unless asked.
  const conflicts = force ? new Set<string>() : new Set(catalog.merge.conflicts);
  const keyOf = segmentKeys(numberOf, resources.keys.segments);
  const inTableRow = tableRows(rows);
  /** A sentence's string, if it has a value, and what becomes of it: put in (`changes`), a reason it is not, or nothing (the article says it already). */
  const decide = (segment: Segment): { key: string; changes?: true; unplaced?: Unplaced } | undefined => {
    const key = keyOf(segment);
    const entry = key === undefined ? undefined : catalog.entry(key);
    if (!key || !entry || entry.value === undefined) return undefined;
    if (entry.value === segment.target) return { key };
    const where = { slug, locale, key, path: file, line: segment.line, column: segment.column };
    const reason = unplaceable(entry.value, entry.from, segment, inTableRow);
    if (reason) return { key, unplaced: { ...where, reason } };
    if (conflicts.has(key)) {
      return { key, unplaced: { ...where, reason: `the article’s translation changed since this one was made in locales/ over it: it says “${segment.target}” (replace it: --force; keep it: delete the string from locales/ and extract)` } };
    }
    // A translation that differs from the sentence only as the article writes it changes nothing.
    return segment.target === fitted(entry.value, segment.target) ? { key } : { key, changes: true };
  };
  const placed = new Set<string>();
  const unplaced: Unplaced[] = [];
  const changing: number[] = [];
  document.segments.forEach((segment, at) => {
    const decided = decide(segment);
    if (!decided) return;
    placed.add(decided.key);
    if (decided.unplaced) unplaced.push(decided.unplaced);
    if (decided.changes) changing.push(at);
  });
  for (const entry of catalog.each()) {
    if (entry.value === undefined || placed.has(entry.key)) continue;
    const kind = entryKind(entry.key);
    if (kind === 'segment') {
      unplaced.push({ slug, locale, key: entry.key, reason: 'the article has no sentence for this string', path: file });
    } else if (kind === 'label' && entry.value !== resources.messages.get(locale)?.[entry.key] && (entry.origin === 'hand' || entry.origin === 'xliff')) {
      // A label edited with its sentence (as a CAT tool shows both) follows it: nothing to say.
      const sentence = labelSentence(entry.key);
      if (catalog.entry(sentence.key)?.value?.includes(entry.value)) continue;
      const segment = document.segments.find((s) => numberOf.get(s.n) === sentence.n);
      unplaced.push({ slug, locale, key: entry.key, reason: 'a UI label follows its sentence: edit the sentence, not the label', path: file, ...(segment ? { line: segment.line, column: segment.column } : {}) });
    }
  }
  return { strings: changing.length, edits: editsOf(document.segments, changing, keyOf, catalog.merge.messages), unplaced };
}

/** A sentence's key: its number aligned to the reference's, then that number's key (made apart from plannedEdits, see editsOf). */
function segmentKeys(numberOf: ReadonlyMap<number, number>, keys: ReadonlyMap<number, string>): (segment: Segment) => string | undefined {
  return (segment) => {
    const n = numberOf.get(segment.n);
    return n === undefined ? undefined : keys.get(n);
  };
}

/**
 * The edits of the sentences at `changing`, each made as it is read, in text order. Apart from
 * plannedEdits: a closure there shares its context, and would hold the whole catalog (its
 * provenance, the English) through the write.
 */
function editsOf(segments: readonly Segment[], changing: readonly number[], keyOf: (segment: Segment) => string | undefined, messages: Readonly<Record<string, string>>): () => Iterable<Edit> {
  const edits = function* (): Generator<Edit> {
    for (const at of changing) {
      const segment = segments[at]!;
      yield { range: targetOf(segment), value: messages[keyOf(segment)!]!, sentence: segment.target };
    }
  };
  return inTextOrderAlready(segments) ? edits : () => inTextOrder([...edits()]);
}

export function applyResources(workspace: Workspace, options: { slugs?: readonly string[]; locale?: string; dryRun?: boolean; force?: boolean } = {}): ApplyResult {
  const result: ApplyResult = { changed: [], unchanged: [], unplaced: [] };
  const slugs = options.slugs ?? workspace.slugs();
  // An article with nothing to write into last time, unchanged since, is not built (a forced run's outcome is its own).
  const memo = ArticleMemo.open<NothingToApply>(workspace, options.force ? 'apply-force' : 'apply', slugs, options.locale);
  for (const slug of slugs) {
    const key = memo?.key(slug);
    const kept = memo && key ? memo.recall(slug, key) : undefined;
    if (kept) {
      result.unchanged.push(...kept.unchanged);
      result.unplaced.push(...kept.unplaced);
      continue;
    }
    const files = workspace.content.articles.get(slug);
    const outcome: Omit<NothingToApply, 'questions'> = { unchanged: [], unplaced: [] };
    let changed = false;
    for (const locale of translatedLocales(workspace, slug)) {
      if (options.locale && locale !== options.locale) continue;
      const file = files?.get(locale);
      if (!file) continue;
      const applied = applyToArticle(workspace, slug, locale, file.path, options.force);
      outcome.unplaced.push(...applied.unplaced);
      if (!applied.pieces) {
        outcome.unchanged.push(file.path);
        continue;
      }
      changed = true;
      result.changed.push({ path: file.path, strings: applied.strings });
      if (!options.dryRun) writePiecesAtomic(file.path, applied.pieces);
    }
    result.unchanged.push(...outcome.unchanged);
    result.unplaced.push(...outcome.unplaced);
    // Built by now (its locales are its resources'): what its build asked is what the outcome rests on.
    if (memo && key && !changed) memo.remember(slug, key, { ...outcome, questions: workspace.article(slug).questions });
    // Articles stream through: held, every article of the repository was (4× the 370 fr-FR ones: 271 MB).
    workspace.forget(slug);
  }
  memo?.save();
  return result;
}

/**
 * A new locale's side-by-side article: the reference article with each translation replaced by
 * the locale's string (the English where it has none, so the pairs stay whole) and the front
 * matter's `ms.contentlocale` set. Returns its text in pieces, how many sentences stay in English,
 * and the strings written in English that no one's string is, with their English (placeholders.ts).
 */
export function createArticle(workspace: Workspace, slug: string, locale: string, file: string): { pieces: Iterable<string>; untranslated: number; unplaced: Unplaced[]; english: Map<string, string> } {
  const { resources } = workspace.article(slug);
  const reference = resources.canonical;
  const catalog = localeCatalog(workspace, slug, locale);
  // A sentence's translation when the locale has one that can stand in the article; else its
  // English. Asked twice of each sentence (to count, then as the pieces are written: the values
  // are not held), so it reads the merged strings, not an entry made each time (entry.value).
  const { messages } = catalog.merge;
  const provenance = catalog.merge.provenance.strings;
  const inTableRow = tableRows(reference.path);
  const keyOf = (segment: Segment) => resources.keys.segments.get(segment.n);
  // One made from another English than the reference's (a stale one) is not either: apply refuses
  // it in an article, and --create wrote it in without a word.
  const translated = (segment: Segment) => {
    const key = keyOf(segment);
    const value = key !== undefined && Object.hasOwn(messages, key) ? messages[key] : undefined;
    const from = key !== undefined ? provenance[key]?.from : undefined;
    return value !== undefined && unplaceable(value, from, segment, inTableRow) === undefined ? value : undefined;
  };
  const valueOf = (segment: Segment) => translated(segment) ?? segment.source;
  // What it writes in English that no one's string is: recorded, so that status counts it to do however short.
  const english = placeholderKeys(
    reference.segments.filter((segment) => translated(segment) === undefined).flatMap((segment) => keyOf(segment) ?? []),
    resources.messages.get(SOURCE_LOCALE) ?? {},
    (key) => Object.hasOwn(messages, key) || Object.hasOwn(provenance, key),
  );
  // As `status` will count the new article: a sentence written in English that is only names,
  // code or numbers is no sentence to translate, and a translation that is its English is one.
  const nameRow = identifierRows(reference.path);
  const stillEnglish = (segment: Segment) =>
    english.has(keyOf(segment)!) ? hasWordsToTranslate(segment.source) : sentenceUntranslated(valueOf(segment), segment.source, undefined, undefined, () => nameRow(segment.line));
  const untranslated = reference.segments.reduce((sum, segment) => (stillEnglish(segment) ? sum + 1 : sum), 0);
  // What apply says of the new article, said now: before, an edited UI label it could not place
  // (or an empty string) went unsaid, exit 0, and only the next apply told it.
  const created: Document = { ...reference, path: file, locale, segments: createdSegments(reference.segments, valueOf) };
  // No article of the locale pairs its labels yet: a label its new sentence says (as read:
  // `&nbsp;` a space, markup aside) is one apply will pair there, by the sentence or by the
  // glossary the new articles teach. Asked only of the pairing in hand, --create said 3 labels
  // of the 368 fr-FR corpus articles (1 of zh-CN's) not placed, where apply then said nothing.
  const byNumber = new Map(created.segments.map((s) => [s.n, s]));
  const inItsSentence = (key: string) => {
    const value = messages[key];
    const sentence = byNumber.get(labelSentence(key).n);
    return value !== undefined && sentence !== undefined && normal(plainText(parseInline(sentence.target))).includes(normal(value));
  };
  const unplaced = plannedEdits(resources, slug, locale, reference.path, created, catalog, false).unplaced.filter((u) => entryKind(u.key) !== 'label' || !inItsSentence(u.key));
  return { pieces: createdPieces(reference, locale, valueOf), untranslated, unplaced, english };
}

/**
 * The reference's sentences as the new article has them: each one's translation (as written,
 * with the sentence's own edges), and where its pair starts in the new text: the reference's
 * line, less the line breaks taken out of the sentences before it, and its column moved by what
 * those before it on its line gained or lost. Offsets stay the reference's (a table row is
 * looked for there).
 */
function createdSegments(segments: readonly Segment[], valueOf: (segment: Segment) => string): Segment[] {
  const breaks = (text: string) => text.split('\n').length - 1;
  let linesGone = 0;
  let row = -1;
  let shift = 0;
  return segments.map((segment) => {
    const target = fitted(valueOf(segment), segment.target);
    const moved = { ...segment, target, line: segment.line - linesGone, column: segment.column + (segment.line === row ? shift : 0) };
    const gone = breaks(segment.target) - breaks(target);
    if (breaks(segment.target) > 0) row = -1;
    else [row, shift] = [segment.line, (segment.line === row ? shift : 0) + target.length - segment.target.length];
    linesGone += gone;
    return moved;
  });
}

/**
 * The new article's text in pieces, made as they are written: the reference's text with each
 * sentence's translation in (a long article's whole text made again, twice, peaked at 400 MB;
 * its 105,000 edits and 210,000 pieces held at once, at 317 MB). The front matter, before any
 * pair, is the first piece, and says the new locale.
 */
function* createdPieces(reference: Document, locale: string, valueOf: (segment: Segment) => string): Generator<string> {
  const text = fileTextSource(reference.path);
  const { segments } = reference;
  const edits = function* () {
    for (const segment of segments) yield { range: targetOf(segment), value: valueOf(segment) };
  };
  let first = true;
  try {
    // A parse gives its sentences in text order: then no list of them all is made to sort.
    for (const piece of replacedPieces(text, inTextOrderAlready(segments) ? edits() : inTextOrder([...edits()]))) {
      yield first ? piece.replace(/^(ms\.contentlocale:[^\S\n]*)["']?[^\s"']+["']?/m, `$1${locale}`) : piece;
      first = false;
    }
  } finally {
    text.close();
  }
}

/** Where a segment's translation is in its article's text. */
function targetOf(segment: Segment): [number, number] {
  return [segment.targetStart, segment.targetEnd];
}
