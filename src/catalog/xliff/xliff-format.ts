/**
 * XLIFF 1.2 and 2.0 through the `xliff` package, with the states where each standard puts them:
 * 1.2 on `<target state>` (translated, needs-review-translation, needs-translation), 2.0 on
 * `<segment state>` (initial, translated) with docflow's finer state in `subState`
 * (`docflow:needs-review` for machine translation, `docflow:stale` for a changed English).
 * Each unit carries `docflow:base`, the hash of its target as exported (XLIFF allows attributes
 * of another namespace on a unit): import tells from it what changed in locales/ since.
 */
// The XLIFF library (and the XML parser under it) loads only for export and import: loaded at
// start-up it cost every command ~20 ms.
export async function library(): Promise<XliffModule> {
  return (await import('xliff')).default;
}
import type { XliffModule } from 'xliff';
import type { Unit, UnitList, UnitState } from './units.js';
import { settleLongMemory } from '../../runtime/memory-budget.js';
import { fileId, originalAttribute } from './file-id.js';
import { marked, markedNote, unmarked } from './xml-chars.js';

export type XliffVersion = 'xliff12' | 'xliff2';

export interface XliffFile {
  /** The article (slug) → its units. */
  articles: Map<string, UnitList>;
  locale: string;
}

/**
 * Where a unit carries its exported target's hash. XLIFF 2.0 takes attributes of any other
 * namespace on a unit (processed lax): docflow's own. The 1.2 strict schema wants a schema for
 * such an attribute, so there it goes in `extradata`, the standard's place for a tool's data,
 * behind a prefix that tells it from another tool's.
 */
export const NAMESPACE = 'urn:docflow:xliff';
export const BASE_2 = 'docflow:base';
export const BASE_12_PREFIX = 'docflow-base:';

const STATE_12: Record<UnitState, string> = {
  translated: 'translated',
  'needs-review': 'needs-review-translation',
  stale: 'needs-review-translation',
  untranslated: 'needs-translation',
};

const STATE_2: Record<UnitState, [string, string?]> = {
  translated: ['translated'],
  'needs-review': ['translated', 'docflow:needs-review'],
  stale: ['translated', 'docflow:stale'],
  untranslated: ['initial'],
};

export interface JsUnit {
  source: string;
  target?: string;
  note?: string;
  additionalAttributes?: Record<string, string>;
}

export function promise<T>(run: (done: (error: Error | null, value: T) => void) => void): Promise<T> {
  return new Promise((resolve, reject) => run((error, value) => (error ? reject(error) : resolve(value))));
}

/** One XLIFF document of the articles' units. */
export async function writeXliff(file: XliffFile, version: XliffVersion): Promise<string> {
  return xliffDocument(articleParts(file.articles, file.locale, version), file.locale, version);
}

/** One XLIFF document of these <file> elements. */
export async function xliffDocument(parts: AsyncIterable<XliffPart> | Iterable<XliffPart>, locale: string, version: XliffVersion): Promise<string> {
  let xml = '';
  for await (const chunk of xliffChunks(parts, locale, version)) xml += chunk;
  return xml;
}

/**
 * An article's <file> element and the root it goes under (`<xliff …>` and `</xliff>`). The
 * package builds a whole document as a tree of elements (export of 370 articles into one file
 * peaked at 349 MB); an article's <file> element is the same alone as among others, so each is
 * made alone (and can be kept: see export-memo.ts) and they are put under one root. The element
 * comes in pieces (`file`, joined as they are). A long article's are made as they are read, a
 * batch of units at a time: the tree of a 20 MB article's 105,000 units peaked at 828 MB, and
 * its pieces made before any was written held 70 MB more than one batch's.
 */
export interface XliffPart {
  open: string;
  file: readonly string[] | AsyncIterable<string>;
  close: string;
}

/** A part whose pieces are all made (an article of one batch, or none). */
type WholePart = XliffPart & { file: string[] };

/** Units given to the package at once: a unit's element is the same in any batch. */
export const UNIT_BATCH = 2000;

export async function articleXliff(slug: string | undefined, units: UnitList, locale: string, version: XliffVersion, batch = UNIT_BATCH): Promise<XliffPart> {
  if (slug === undefined || units.length <= batch) return wholeXliff(slug, units.slice(), locale, version);
  // The first batch gives the root, and the article's head and tail.
  const root = await wholeXliff(slug, units.slice(0, batch), locale, version);
  return { open: root.open, file: batchedElement(slug, units, locale, version, batch, root), close: root.close };
}

/**
 * Each batch's element is the article's head, its units and the article's tail: the first
 * batch gives the head and tail, every batch its units (a tag in a string is escaped, so the
 * first unit's tag and the last one's end are the units' bounds).
 */
async function* batchedElement(slug: string, units: UnitList, locale: string, version: XliffVersion, batch: number, root: WholePart): AsyncGenerator<string> {
  const [first, last] = version === 'xliff12' ? ['<trans-unit ', '</trans-unit>'] : ['<unit ', '</unit>'];
  for (let start = 0; start < units.length; start += batch) {
    const element = (start === 0 ? root : await wholeXliff(slug, units.slice(start, start + batch), locale, version)).file[0]!;
    const from = element.lastIndexOf('\n', element.indexOf(first)) + 1;
    const to = element.lastIndexOf(last) + last.length;
    yield start === 0 ? element.slice(0, from) : '\n';
    yield element.slice(from, to);
    if (start + batch >= units.length) yield element.slice(to);
    settleLongMemory();
  }
}

async function wholeXliff(slug: string | undefined, units: readonly Unit[], locale: string, version: XliffVersion): Promise<WholePart> {
  const xliff = await library();
  const resources: Record<string, Record<string, JsUnit>> = {};
  if (slug !== undefined) {
    resources[version === 'xliff2' ? fileId(slug) : slug] = Object.fromEntries(
      units.map((u) => [u.key, { source: marked(u.source), ...(u.target !== undefined ? { target: marked(u.target) } : {}), note: markedNote(u.note), additionalAttributes: { ...(version === 'xliff12' ? { extradata: `${BASE_12_PREFIX}${u.base}` } : { [BASE_2]: u.base }), 'docflow-state': u.state } }]),
    );
  }
  const js = { sourceLanguage: 'en-US', targetLanguage: locale, resources };
  const xml = version === 'xliff12' ? await promise<string>((done) => xliff.jsToXliff12(js, done)) : await promise<string>((done) => xliff.js2xliff(js, done));
  const placed = unmarked(placeStates(xml, version), version).trimEnd();
  const document = version === 'xliff2' ? placed.replace(/^<xliff\b/, `<xliff xmlns:docflow="${NAMESPACE}"`).replace(/(<file id="[^"]*")>/, `$1${slug === undefined ? '' : originalAttribute(slug)}>`) : placed;
  // <xliff …>, then its children, then </xliff>: one element per line at the root's level.
  const first = document.indexOf('\n');
  const last = document.lastIndexOf('\n');
  return first === -1 ? { open: document, file: [], close: '' } : { open: document.slice(0, first), file: [document.slice(first + 1, last)], close: document.slice(last + 1) };
}

async function* articleParts(articles: Iterable<[slug: string, units: UnitList]>, locale: string, version: XliffVersion): AsyncGenerator<XliffPart> {
  for (const [slug, units] of articles) yield articleXliff(slug, units, locale, version);
}

/** One XLIFF document of the articles' <file> elements, in pieces as they come. */
export async function* xliffChunks(parts: AsyncIterable<XliffPart> | Iterable<XliffPart>, locale: string, version: XliffVersion): AsyncGenerator<string> {
  const HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n';
  let end: string | undefined;
  for await (const part of parts) {
    if (end === undefined) yield `${HEAD}${part.open}\n`;
    end = part.close;
    yield* part.file;
    yield '\n';
  }
  if (end !== undefined) return yield `${end}\n`;
  // No article: the document of none, as the package writes it.
  const none = await wholeXliff(undefined, [], locale, version);
  yield `${HEAD}${[none.open, ...none.file, none.close].filter((line) => line !== '').join('\n')}\n`;
}

/** Moves docflow's state from the unit to where the standard wants it. */
function placeStates(xml: string, version: XliffVersion): string {
  if (version === 'xliff12') {
    return xml.replace(/<trans-unit ([^>]*?) docflow-state="([\w-]+)">([\s\S]*?)<\/trans-unit>/g, (_all, attributes: string, state: UnitState, body: string) => {
      const value = STATE_12[state];
      const withTarget = body.includes('<target') ? body.replace(/<target>/, `<target state="${value}">`).replace(/<target\/>/, `<target state="${value}"/>`) : body.replace(/(<\/source>)/, `$1\n        <target state="${value}"/>`);
      return `<trans-unit ${attributes}>${withTarget}</trans-unit>`;
    });
  }
  return xml.replace(/<unit ([^>]*?) docflow-state="([\w-]+)">([\s\S]*?)<\/unit>/g, (_all, attributes: string, state: UnitState, body: string) => {
    const [value, sub] = STATE_2[state];
    return `<unit ${attributes}>${body.replace('<segment>', `<segment state="${value}"${sub ? ` subState="${sub}"` : ''}>`)}</unit>`;
  });
}
