/**
 * Where an XLIFF file's parts are, in bytes, found in one walk over it a chunk at a time: the
 * root, each <file> element with its units' starts and ends, and any DOCTYPE or entity
 * declaration. Import reads the file a document at a time from it (see xliff-format.ts), never
 * whole. The walk looks at tags, not at the XML's meaning: the package reads each document, and
 * says what is wrong with one that is not well formed.
 */
import { CHUNK, type XmlBytes } from './xml-bytes.js';

export interface FileElement {
  /** The `<` of `<file`, and the end of its `</file>`. */
  start: number;
  end: number;
  /** Its units' starts (their `<`) and ends (after their end tag), of the file's version. */
  units: number[];
  unitEnds: number[];
  /** It has <group> elements: read whole, as its units are not all its children. */
  grouped: boolean;
}

export interface XliffLayout {
  /** The first DOCTYPE or entity declaration: refused. */
  declaration?: number;
  /** The root's `<xliff`, and where the last `</xliff>` starts (the documents' tail). */
  root?: number;
  rootClose?: number;
  /** XLIFF 2 (units `<unit>`), else 1.2 (`<trans-unit>`). */
  version2: boolean;
  files: FileElement[];
  /** The `<file` of an element the bytes never close (a file cut short): not among `files`. */
  unclosed?: number;
}

/** Longer than any tag looked for, with the byte after it: a tag a window cuts is read whole in the next. */
const OVERLAP = 16;

type UnitTag = 'trans-unit' | 'unit';
type Units = Record<UnitTag, { starts: number[]; ends: number[] }>;
const noUnits = (): Units => ({ 'trans-unit': { starts: [], ends: [] }, unit: { starts: [], ends: [] } });

// Element names are case-sensitive in XML; declarations are refused in any case.
const NAMES = ['file', 'trans-unit', 'unit', 'group', 'xliff'].map((name) => [name, Buffer.from(name)] as const);
const DECLARATIONS = ['doctype', 'entity'].map((name) => Buffer.from(name));
const LT = 0x3c;
const [SLASH, BANG, GT] = [0x2f, 0x21, 0x3e];
const ends = (byte: number | undefined) => byte === GT || byte === SLASH || byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09;

/** The tag at a `<`: its name and whether it closes, or a declaration (`name` undefined). */
function tagAt(bytes: Buffer, at: number): { close: boolean; name?: string; end: number } | undefined {
  const next = bytes[at + 1];
  if (next === BANG) {
    const declared = DECLARATIONS.some((word) => word.every((byte, i) => (bytes[at + 2 + i]! | 0x20) === byte));
    return declared ? { close: false, end: at + 2 } : undefined;
  }
  const close = next === SLASH;
  const start = at + (close ? 2 : 1);
  for (const [name, word] of NAMES) {
    const end = start + word.length;
    if (ends(bytes[end]) && bytes.subarray(start, end).equals(word)) return { close, name, end };
  }
  return undefined;
}

/**
 * An end tag's end, from its name's: after the `>`, past any space before it (`</file   >`, valid
 * XML, as a file read without its prefixes has them: see unprefixed.ts); undefined if not one.
 */
function endTagEnd(bytes: XmlBytes, from: number): number | undefined {
  for (let at = from; at < bytes.size; at += OVERLAP) {
    const run = bytes.read(at, Math.min(at + OVERLAP, bytes.size));
    const past = run.findIndex((byte) => byte !== 0x20 && byte !== 0x0a && byte !== 0x0d && byte !== 0x09);
    if (past !== -1) return run[past] === GT ? at + past + 1 : undefined;
  }
  return undefined;
}

export function xliffLayout(bytes: XmlBytes, chunk = CHUNK): XliffLayout {
  const layout: XliffLayout = { version2: false, files: [] };
  // A file's units of either version, until the root has said which.
  const found: { start: number; end: number; grouped: boolean; units: Units }[] = [];
  let open: (typeof found)[number] | undefined;
  for (const { at, bytes: window } of bytes.windows(0, chunk, OVERLAP)) {
    const limit = Math.min(chunk, window.length);
    for (let i = window.indexOf(LT); i !== -1 && i < limit; i = window.indexOf(LT, i + 1)) {
      const tag = tagAt(window, i);
      if (!tag) continue;
      const offset = at + i;
      const { close, name } = tag;
      // Most end tags have no space before their `>`: seen in the window, not read again.
      const closed = !close ? undefined : window[tag.end] === GT ? at + tag.end + 1 : endTagEnd(bytes, at + tag.end);
      if (name === undefined) layout.declaration ??= offset;
      else if (name === 'xliff' && close) layout.rootClose = closed !== undefined ? offset : layout.rootClose;
      else if (name === 'xliff' && layout.root === undefined) {
        layout.root = offset;
        // The root's tag says the version: read where it is, whole.
        const rootTag = /^<xliff\b[^>]*>/.exec(bytes.read(offset, offset + 4096).toString('latin1'))?.[0] ?? '';
        layout.version2 = /\bversion\s*=\s*["']2\./.test(rootTag);
      } else if (name === 'file' && !close) open ??= { start: offset, end: offset, grouped: false, units: noUnits() };
      else if (name === 'file' && open && closed !== undefined) {
        found.push({ ...open, end: closed });
        open = undefined;
      } else if (name === 'group' && open) open.grouped = true;
      else if ((name === 'trans-unit' || name === 'unit') && open) {
        const units = open.units[name];
        if (!close) units.starts.push(offset);
        else if (closed !== undefined) units.ends.push(closed);
      }
    }
  }
  if (open) layout.unclosed = open.start;
  const tag: UnitTag = layout.version2 ? 'unit' : 'trans-unit';
  layout.files = found.map(({ start, end, grouped, units }) => ({ start, end, grouped, units: units[tag].starts, unitEnds: units[tag].ends }));
  return layout;
}
