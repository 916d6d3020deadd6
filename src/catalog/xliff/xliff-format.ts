/**
 * XLIFF 1.2 and 2.0 through the `xliff` package, with the states where each standard puts them:
 * 1.2 on `<target state>` (translated, needs-review-translation, needs-translation), 2.0 on
 * `<segment state>` (initial, translated) with docflow's finer state in `subState`
 * (`docflow:needs-review` for machine translation, `docflow:stale` for a changed English).
 */
// The XLIFF library (and the XML parser under it) loads only for export and import: loaded at
// start-up it cost every command ~20 ms.
const library = async () => (await import('xliff')).default;
import type { Unit, UnitState } from './units.js';

export type XliffVersion = 'xliff12' | 'xliff2';

export interface XliffFile {
  /** The article (slug) → its units. */
  articles: Map<string, Unit[]>;
  locale: string;
}

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

interface JsUnit {
  source: string;
  target?: string;
  note?: string;
  additionalAttributes?: Record<string, string>;
}

function promise<T>(run: (done: (error: Error | null, value: T) => void) => void): Promise<T> {
  return new Promise((resolve, reject) => run((error, value) => (error ? reject(error) : resolve(value))));
}

// The package's writer leaves `&amp;` in a string as it is (taking it for escaped) and escapes
// `&lt;`: a markdown entity would not come back as written. Ampersands go through it as a
// private-use character and are escaped here, once, after.
const AMPERSAND = '\uE001';
const hide = (text: string) => text.replace(/&/g, AMPERSAND);

/** One XLIFF document of the articles' units. */
export async function writeXliff(file: XliffFile, version: XliffVersion): Promise<string> {
  let xml = '';
  for await (const chunk of xliffChunks(file.articles, file.locale, version)) xml += chunk;
  return xml;
}

/**
 * One XLIFF document of the articles' units, in pieces as the articles come: its head and root,
 * each article's <file> element, the end. The package builds a whole document as a tree of
 * elements (export of 370 articles into one file peaked at 349 MB); an article's <file> element
 * is the same alone as among others, so each is written alone and they are put under one root.
 */
export async function* xliffChunks(articles: Iterable<[slug: string, units: Unit[]]>, locale: string, version: XliffVersion): AsyncGenerator<string> {
  const xliff = await library();
  const write = async (slug: string | undefined, units: readonly Unit[]) => {
    const resources: Record<string, Record<string, JsUnit>> = {};
    if (slug !== undefined) {
      resources[slug] = Object.fromEntries(
        units.map((u) => [u.key, { source: hide(u.source), ...(u.target !== undefined ? { target: hide(u.target) } : {}), note: hide(u.note), additionalAttributes: { 'docflow-state': u.state } }]),
      );
    }
    const js = { sourceLanguage: 'en-US', targetLanguage: locale, resources };
    const xml = version === 'xliff12' ? await promise<string>((done) => xliff.jsToXliff12(js, done)) : await promise<string>((done) => xliff.js2xliff(js, done));
    return placeStates(xml, version).replaceAll(AMPERSAND, '&amp;').trimEnd();
  };
  const HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n';
  let end: string | undefined;
  for (const [slug, units] of articles) {
    // <xliff …>, then its children, then </xliff>: one element per line at the root's level.
    const document = await write(slug, units);
    const children = document.slice(document.indexOf('\n') + 1, document.lastIndexOf('\n'));
    if (end === undefined) yield `${HEAD}${document.slice(0, document.indexOf('\n'))}\n`;
    end = document.slice(document.lastIndexOf('\n') + 1);
    yield `${children}\n`;
  }
  yield end === undefined ? `${HEAD}${await write(undefined, [])}\n` : `${end}\n`;
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

export interface ReadUnit {
  slug: string;
  key: string;
  source: string;
  target?: string;
}

/** Units of an XLIFF document (either version), as the translator left them. */
export async function readXliff(xml: string): Promise<{ locale: string; units: ReadUnit[] }> {
  const version2 = /<xliff\b[^>]*\bversion\s*=\s*["']2\./.test(xml);
  const xliff = await library();
  const js = await promise<{ targetLanguage?: string; resources?: Record<string, Record<string, JsUnit>> }>((done) =>
    version2 ? xliff.xliff2js(xml, done) : xliff.xliff12ToJs(xml, done),
  );
  const units: ReadUnit[] = [];
  for (const [slug, entries] of Object.entries(js.resources ?? {})) {
    for (const [key, unit] of Object.entries(entries)) {
      units.push({ slug, key, source: text(unit.source), ...(unit.target !== undefined ? { target: text(unit.target) } : {}) });
    }
  }
  return { locale: js.targetLanguage ?? '', units };
}

/** Inline markup the package returns as objects is not docflow's: its strings are plain markdown. */
function text(value: unknown): string {
  return typeof value === 'string' ? value : Array.isArray(value) ? value.map(text).join('') : '';
}
