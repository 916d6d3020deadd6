/**
 * Reading XLIFF (either version) a document at a time. The package reads a whole document into a
 * tree (the 20 MB article's 104,800 units: 818 MB), so each <file> element is read as a document
 * of its own, and a long one as documents of `batch` units each, the element's head and tail
 * around them (a unit is read the same alone as among others). The documents are cut from the
 * file's bytes where xliff-layout.ts found the parts: the file is never held whole.
 */
import { library, promise, BASE_12_PREFIX, UNIT_BATCH, type JsUnit } from './xliff-format.js';
import { baseNames } from './base-names.js';
import { xliffLayout, type FileElement, type XliffLayout } from './xliff-layout.js';
import { groupBy } from '../../runtime/group-by.js';
import { bytesOfText, type XmlBytes } from './xml-bytes.js';
import { settleLongMemory } from '../../runtime/memory-budget.js';
import { ownCopies } from '../../text/own-copy.js';
import { needsUnitTexts, unitTexts } from './unit-texts.js';
import { attribute, slugOfTag, slugsById } from './file-id.js';
import { UTF8_BOM } from '../../text/without-bom.js';
import { xmlLineEnds } from './xml-line-ends.js';
import { targetState, type TargetState } from './target-states.js';

export interface ReadUnit {
  slug: string;
  key: string;
  source: string;
  target?: string;
  /** The target as it was exported, hashed (see units.ts): absent from a file docflow did not write, or a tool dropped. */
  base?: string;
  /** The file says the target is not a translation yet (1.2 `new` or `needs-translation`, 2.0 `initial`). */
  draft?: boolean;
  /** The file says the target is a finished translation (see target-states.ts): a stale one confirmed. */
  finished?: boolean;
  /** Why the unit's text cannot be read back into markdown (an inline code docflow did not write, a segment left untranslated). */
  unreadable?: string;
  /** How many units of its element have its id, when more than one: which target is meant cannot be told. */
  copies?: number;
}

/** One document's units, and where in the file each one's id is (a byte offset). */
export interface ReadDocument {
  locale?: string;
  units: ReadUnit[];
  offsetOf(unit: ReadUnit): number;
}

/** A document the package refused: its reason, and where in the file (bytes), when it says. */
export class XliffReadError extends Error {
  constructor(
    reason: string,
    readonly offset: number | undefined,
  ) {
    super(reason);
  }
}

/** A run of the file's bytes in a document, and where it starts in the document's text. */
interface Part {
  from: number;
  at: number;
  text: string;
}

/** An article's element as its start tag names it, before its units are read. */
export interface ElementStart {
  slug?: string;
  locale?: string;
}

/**
 * The documents of a file, in its order; `beforeElement` hears of each <file> element before its
 * first document is read (import makes the article's catalog then, while little else is live).
 */
export async function* xliffDocuments(bytes: XmlBytes, layout: XliffLayout = xliffLayout(bytes), batch = UNIT_BATCH, beforeElement?: (start: ElementStart) => void): AsyncGenerator<ReadDocument> {
  const xliff = await library();
  const parse = (document: string) =>
    promise<{ targetLanguage?: string; resources?: Record<string, Record<string, JsEntry>> }>((done) => (layout.version2 ? xliff.xliff2js(document, done) : xliff.xliff12ToJs(document, done)));
  for (const { ranges, named, repeated } of documentRanges(bytes, layout, batch)) {
    if (named && beforeElement) beforeElement(named);
    const parts = partsOf(bytes, ranges);
    const document = parts.map((part) => part.text).join('');
    const js = await parse(document).catch((error: unknown) => {
      throw refusal(error, document, parts);
    });
    const states = unitStates(document, layout.version2);
    // A tool's segments and inline elements, which the package reads lossily (see unit-texts.ts).
    const exact = needsUnitTexts(document, layout.version2) ? unitTexts(document, layout.version2) : undefined;
    // A 2.0 element's id is an NMTOKEN; a slug that is none is its `original` (see file-id.ts).
    const slugs = layout.version2 ? slugsById(document, unescapeXml) : undefined;
    const bases = layout.version2 ? baseNames(document) : [];
    const units: ReadUnit[] = [];
    for (const [id, entries] of Object.entries(js.resources ?? {})) {
      const slug = slugs?.get(id) ?? id;
      for (const [key, unit] of inOrder(entries)) {
        const extradata = unit.additionalAttributes?.extradata;
        const base = layout.version2 ? bases.map((name) => unit.additionalAttributes?.[name]).find((value) => value !== undefined) : extradata?.startsWith(BASE_12_PREFIX) ? extradata.slice(BASE_12_PREFIX.length) : undefined;
        const read = exact?.get(`${id}\0${key}`);
        const { draft, finished } = read ?? states.get(`${id}\0${key}`) ?? {};
        const asRead = read ? read.target : unit.target !== undefined ? text(unit.target) : undefined;
        const target = asRead === undefined ? undefined : xmlLineEnds(asRead);
        units.push({
          slug,
          key,
          source: xmlLineEnds(read?.source ?? text(unit.source)),
          ...(target !== undefined ? { target } : {}),
          ...(typeof base === 'string' ? { base } : {}),
          ...(draft ? { draft } : {}),
          ...(finished ? { finished } : {}),
          ...(read?.unreadable ? { unreadable: read.unreadable } : {}),
        });
      }
    }
    // The package keeps the last of units with one id (two files pasted together): counted off the
    // XML, of the whole element when this document is a batch of its units.
    if (repeated) markCopies(repeated, units);
    else if (unitTags(document, layout.version2) > units.length) markCopies(repeatedIds([document], layout.version2), units);
    const elementAt = parts.length > 2 ? parts[1]!.at : 0;
    const fileOffset = fileOffsets(parts);
    // Units are asked for in the document's order: each is looked for from the last one found.
    let cursor = elementAt;
    const idOf = (unit: ReadUnit, from: number) => document.indexOf(`id="${unit.key}"`, from);
    yield {
      ...(js.targetLanguage ? { locale: js.targetLanguage } : {}),
      units: ownTexts(units),
      // The unit's id after its article's name (1.2 `original="slug"`, 2.0 `id="slug"`); else its element's start.
      offsetOf(unit) {
        const found = idOf(unit, cursor);
        const at = found !== -1 ? found : idOf(unit, Math.max(elementAt, document.indexOf(`"${unit.slug}"`, elementAt)));
        if (at !== -1) cursor = at;
        return fileOffset(Math.max(elementAt, at));
      },
    };
    settleLongMemory();
  }
}

/** Every unit of a document, read a document at a time. */
export async function readXliff(xml: string, batch = UNIT_BATCH): Promise<{ locale: string; units: ReadUnit[] }> {
  const units: ReadUnit[] = [];
  let locale: string | undefined;
  for await (const document of xliffDocuments(bytesOfText(xml), undefined, batch)) {
    locale ??= document.locale;
    units.push(...document.units);
  }
  return { locale: locale ?? '', units };
}

/**
 * The byte ranges of each document: the file's head (to its first <file>), an element or a batch
 * of its units with its head and tail, the root's end; with what its tag names, at an element's
 * first. An article's elements come one after another, as the file first names it (a file may
 * name one twice): its catalog is made once. A file of groups, or a document not laid out as
 * XLIFF is, goes whole (the package says what is wrong with it). A batch comes with the ids its
 * element's units repeat (`repeated`), which no one batch shows: a copy in another batch took
 * the first's place in silence.
 */
function* documentRanges(bytes: XmlBytes, layout: XliffLayout, batch: number): Generator<{ ranges: [number, number][]; named?: ElementStart; repeated?: Map<string, number> }> {
  // A byte order mark is not the document's.
  const start = bytes.read(0, 3).equals(Buffer.from(UTF8_BOM)) ? UTF8_BOM.length : 0;
  const first = layout.files[0]?.start;
  const close = layout.rootClose;
  if (first === undefined || close === undefined || close < first) return yield { ranges: [[start, bytes.size]] };
  const head: [number, number] = [start, first];
  const tail: [number, number] = [close, bytes.size];
  const elements = layout.files.map((element) => ({ element, named: elementStart(bytes, layout, element) }));
  for (const { element, named } of [...groupBy(elements, (each) => each.named.slug).values()].flat()) {
    const { units, unitEnds } = element;
    if (units.length <= batch || element.grouped || unitEnds.length !== units.length) {
      yield { ranges: [head, [element.start, element.end], tail], named };
      continue;
    }
    const batches = unitBatches(element, batch);
    // The element's units read once more before their batches are, a batch at a time: their ids are all that is kept.
    const repeated = repeatedIds(textsOf(bytes, batches), layout.version2);
    for (const [i, run] of batches.entries()) yield { ranges: [head, [element.start, units[0]!], [...run], [unitEnds[units.length - 1]!, element.end], tail], ...(i === 0 ? { named } : {}), repeated };
  }
}

/** An element's units `batch` at a time, each run from its first unit's start to its last unit's end (bytes). */
function unitBatches({ units, unitEnds }: FileElement, batch: number): [number, number][] {
  const runs: [number, number][] = [];
  for (let from = 0; from < units.length; from += batch) runs.push([units[from]!, unitEnds[Math.min(from + batch, units.length) - 1]!]);
  return runs;
}

/** The text of each run, one held at a time. */
function* textsOf(bytes: XmlBytes, runs: readonly [number, number][]): Generator<string> {
  for (const [from, to] of runs) yield bytes.read(from, to).toString('utf8');
}

/** Each <file> element's start (bytes) and what its tag names, in the file's order. */
export function* elementStarts(bytes: XmlBytes, layout: XliffLayout): Generator<ElementStart & { at: number }> {
  for (const element of layout.files) yield { at: element.start, ...elementStart(bytes, layout, element) };
}

/** The article (1.2 `original`, 2.0 `id`) and the target language (1.2 on the element, 2.0 on the root) its tags say. */
function elementStart(bytes: XmlBytes, layout: XliffLayout, element: FileElement): ElementStart {
  const tagAt = (at: number | undefined) => (at === undefined ? '' : (/^<[^>]*>/.exec(bytes.read(at, at + 4096).toString('utf8'))?.[0] ?? ''));
  const value = (tag: string, name: string) => {
    const found = attribute(tag, name);
    return found === undefined ? undefined : unescapeXml(found);
  };
  const tag = tagAt(element.start);
  const named = slugOfTag(tag, layout.version2);
  const slug = named === undefined ? undefined : unescapeXml(named);
  const locale = layout.version2 ? value(tagAt(layout.root), 'trgLang') : value(tag, 'target-language');
  return { ...(slug !== undefined ? { slug } : {}), ...(locale !== undefined ? { locale } : {}) };
}

function partsOf(bytes: XmlBytes, ranges: [number, number][]): Part[] {
  let at = 0;
  return ranges.map(([from, to]) => {
    const text = bytes.read(from, to).toString('utf8');
    const part = { from, at, text };
    at += text.length;
    return part;
  });
}

/**
 * A document's offsets (UTF-16) as the file's (bytes). Asked in the document's order, each is
 * counted on from the last one in its part, not from the part's start (2,000 units' places in a
 * batch of 700 KB).
 */
function fileOffsets(parts: Part[]): (offset: number) => number {
  let last = { part: parts[0]!, at: 0, bytes: 0 };
  return (offset) => {
    // An offset where one part ends and the next starts is the end of the first: the next may be
    // far on in the file (a batch's last unit, then its element's end), and the package's error
    // at the end of a line ("</trans-unit>" closing an open <source>) was placed there.
    const part = parts.findLast((p) => p.at < offset) ?? parts[0]!;
    const at = Math.min(offset - part.at, part.text.length);
    if (last.part !== part || last.at > at) last = { part, at: 0, bytes: 0 };
    last = { part, at, bytes: last.bytes + Buffer.byteLength(part.text.slice(last.at, at)) };
    return part.from + last.bytes;
  };
}

/** The package's error, placed in the file: it says "Line: 3 Column: 7" (from 0) of the document where it can. */
function refusal(error: unknown, document: string, parts: Part[]): XliffReadError {
  // The package fails with a TypeError of its own where the elements are not as the standard has them.
  const message = error instanceof TypeError ? 'its elements are not as the standard has them (an <xliff> root, <file> elements, units with a <source>)' : String((error as Error)?.message ?? error);
  const at = /Line: (\d+)\s+Column: (\d+)/i.exec(message);
  if (!at) return new XliffReadError(message.split('\n')[0]!, undefined);
  let lineStart = 0;
  for (let line = 0; line < Number(at[1]) && lineStart !== -1; line++) lineStart = document.indexOf('\n', lineStart) + 1 || -1;
  const offset = lineStart === -1 ? document.length : Math.min(lineStart + Number(at[2]), document.length);
  return new XliffReadError(message.split('\n')[0]!, fileOffsets(parts)(offset));
}

/**
 * The units with texts of their own (see own-copy.ts): the package's are views on the batch's
 * document, and every batch's document stayed live behind its units (the 20 MB article's XML
 * once more: 453 MB, then 385).
 */
function ownTexts(units: ReadUnit[]): ReadUnit[] {
  const targets = units.filter((unit) => unit.target !== undefined);
  const texts = ownCopies([...units.map((unit) => unit.source), ...targets.map((unit) => unit.target!)]);
  units.forEach((unit, i) => (unit.source = texts[i]!));
  targets.forEach((unit, i) => (unit.target = texts[units.length + i]!));
  return units;
}

/**
 * What each unit's state (`slug\0key`) says of its target: the package reads no states, so they are
 * read off the XML (1.2 on `<target>`, 2.0 on a unit's first `<segment>`).
 */
function unitStates(xml: string, version2: boolean): Map<string, TargetState> {
  const [fileName, unitTag, stateTag] = version2 ? ['id', 'unit', 'segment'] : ['original', 'trans-unit', 'target'];
  const states = new Map<string, TargetState>();
  const files = new RegExp(`<file\\b[^>]*?\\b${fileName}\\s*=\\s*(["'])(.*?)\\1[^>]*>([\\s\\S]*?)</file\\s*>`, 'g');
  const units = new RegExp(`<${unitTag}\\b[^>]*?\\bid\\s*=\\s*(["'])(.*?)\\1[^>]*>([\\s\\S]*?)</${unitTag}\\s*>`, 'g');
  const state = new RegExp(`<${stateTag}\\b[^>]*?\\bstate\\s*=\\s*(["'])(.*?)\\1`);
  for (const [, , slug, body] of xml.matchAll(files)) {
    for (const [, , key, unit] of body!.matchAll(units)) {
      const said = targetState(state.exec(unit!)?.[2], version2);
      if (said.draft || said.finished) states.set(`${unescapeXml(slug!)}\0${unescapeXml(key!)}`, said);
    }
  }
  return states;
}

/** A document's unit start tags, whose ids the units read should all be. */
function unitTags(xml: string, version2: boolean): number {
  return xml.match(version2 ? /<unit[\s>]/g : /<trans-unit[\s>]/g)?.length ?? 0;
}

/** The unit ids the texts (a document, or an article's runs of units) have more than once, with how many times. */
function repeatedIds(texts: Iterable<string>, version2: boolean): Map<string, number> {
  const seen = new Set<string>();
  const repeated = new Map<string, number>();
  for (const xml of texts) {
    for (const [, , id] of xml.matchAll(version2 ? /<unit\b[^>]*?\sid\s*=\s*(["'])(.*?)\1/g : /<trans-unit\b[^>]*?\sid\s*=\s*(["'])(.*?)\1/g)) {
      const key = unescapeXml(id!);
      if (seen.has(key)) repeated.set(key, (repeated.get(key) ?? 1) + 1);
      else seen.add(key);
    }
  }
  return repeated;
}

/** `copies` on each unit whose id is repeated. */
function markCopies(repeated: ReadonlyMap<string, number>, units: ReadUnit[]): void {
  for (const unit of units) {
    const copies = repeated.get(unit.key);
    if (copies !== undefined) unit.copies = copies;
  }
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** An attribute's text as XML means it (the five entities and character references). */
function unescapeXml(value: string): string {
  return value.replace(/&(?:#x([0-9a-f]+)|#(\d+)|(\w+));/gi, (entity, hex: string | undefined, decimal: string | undefined, name: string | undefined) =>
    hex !== undefined ? String.fromCodePoint(parseInt(hex, 16)) : decimal !== undefined ? String.fromCodePoint(Number(decimal)) : (ENTITIES[name!] ?? entity),
  );
}

/** A unit or a group of them, as the package reads `<group>` (1.2 and 2.0, nested). */
type JsEntry = JsUnit & { groupUnits?: Record<string, JsEntry> };

/**
 * An element's units in the file's order, those in groups included: tools group units by the
 * article's structure (Okapi), and the package gives a group as one entry of its units, which
 * read as a single unknown string named by the group's id (every translation in it dropped).
 */
function* inOrder(entries: Record<string, JsEntry>): Generator<[string, JsUnit]> {
  for (const [key, entry] of Object.entries(entries)) {
    if (entry.groupUnits !== undefined && entry.source === undefined) yield* inOrder(entry.groupUnits);
    else yield [key, entry];
  }
}

/** Inline markup the package returns as objects is not docflow's: its strings are plain markdown. */
function text(value: unknown): string {
  return typeof value === 'string' ? value : Array.isArray(value) ? value.map(text).join('') : '';
}
