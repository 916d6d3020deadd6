/**
 * XLIFF whose elements carry a namespace prefix (`<ns0:xliff xmlns:ns0="urn:oasis:…:1.2">`, as
 * Python's ElementTree writes a namespace it was not told to make the default), read as the same
 * file in the default namespace. An element is XLIFF's by the namespace its prefix is bound to,
 * never by the prefix: each one's tags lose their prefix and get as many spaces after the name
 * (`<ns0:target>` → `<target    >`, `</ns0:target>` → `</target    >`), so every byte stays
 * where it was and the places import says are the file's. The copy is made a chunk at a time
 * into a spill folder (the file is never held whole, as xml-bytes.ts wants), and goes when its
 * bytes are closed. An element of another namespace, or of none, is not XLIFF: it is refused at
 * its line and column, never read as if it were (an XLIFF module's, 2.0 metadata say, is left
 * for the reader, which passes over it as it does in a file without prefixes).
 */
import fs from 'node:fs';
import { CHUNK, type XmlBytes } from './xml-bytes.js';
import { spilledBytes } from './spilled-bytes.js';

export const XLIFF_DOCUMENTS = ['urn:oasis:names:tc:xliff:document:1.2', 'urn:oasis:names:tc:xliff:document:2.0'];
const XLIFF_MODULES = 'urn:oasis:names:tc:xliff:';

/** An element that is not the file's XLIFF: where it starts (bytes) and why. */
export class NamespaceError extends Error {
  constructor(
    reason: string,
    readonly offset: number,
  ) {
    super(reason);
  }
}

/** A start or end tag (comments, CDATA, instructions passed over): its first byte and its text, one character a byte. */
interface Tag {
  at: number;
  text: string;
}

// A tag to its `>`, quoted attribute values whole (a `>` in one does not end it).
const TAG = /<[^>"']*(?:(?:"[^"]*"|'[^']*')[^>"']*)*>/y;
const SKIPPED: [open: string, close: string][] = [
  ['<!--', '-->'],
  ['<![CDATA[', ']]>'],
  ['<?', '?>'],
  ['<!', '>'],
];

/** The file's tags in order (to `end`), read a chunk at a time; a construct a chunk cuts is read with the next. */
function* tagsOf(bytes: XmlBytes, chunk = CHUNK, end = bytes.size): Generator<Tag> {
  let carry = '';
  for (let at = 0; at < end; at += chunk) {
    const text = carry + bytes.read(at, Math.min(at + chunk, end)).toString('latin1');
    const base = at - carry.length;
    let i = 0;
    for (let lt = text.indexOf('<'); lt !== -1; lt = text.indexOf('<', i)) {
      const skipped = SKIPPED.find(([open]) => text.startsWith(open, lt));
      let after: number;
      if (skipped) {
        const close = text.indexOf(skipped[1], lt + skipped[0].length);
        after = close === -1 ? -1 : close + skipped[1].length;
      } else {
        TAG.lastIndex = lt;
        after = TAG.test(text) ? TAG.lastIndex : -1;
        if (after !== -1) yield { at: base + lt, text: text.slice(lt, after) };
      }
      if (after === -1) break;
      i = after;
    }
    const lt = text.indexOf('<', i);
    carry = lt === -1 ? '' : text.slice(lt);
  }
}

/** The prefix the root element's name carries and the namespace it binds there, when it has one. */
export function prefixedRoot(bytes: XmlBytes): { prefix: string; namespace?: string; at: number } | undefined {
  // Looked for at the file's start only: a file that is no XML at all is not walked to its end.
  for (const tag of tagsOf(bytes, CHUNK, Math.min(bytes.size, CHUNK))) {
    const { prefix } = nameOf(tag.text);
    if (prefix === undefined) return undefined;
    const namespace = declarations(tag.text).get(prefix);
    return { prefix, ...(namespace !== undefined ? { namespace } : {}), at: tag.at };
  }
  return undefined;
}

function nameOf(tag: string): { prefix?: string; local: string; length: number } {
  const name = /^<\/?([^\s/>]+)/.exec(tag)![1]!;
  const colon = name.indexOf(':');
  return colon === -1 ? { local: name, length: name.length } : { prefix: name.slice(0, colon), local: name.slice(colon + 1), length: name.length };
}

/** The namespaces a start tag declares, by prefix ('' the default). */
function declarations(tag: string): Map<string, string> {
  const declared = new Map<string, string>();
  for (const [, prefix, double, single] of tag.matchAll(/\sxmlns(?::([^\s=]+))?\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) declared.set(prefix ?? '', double ?? single ?? '');
  return declared;
}

/** Where a tag's name is rewritten: from `at` (after `<` or `</`), `length` bytes become the local name and spaces. */
interface Edit {
  at: number;
  length: number;
  local: string;
}

/**
 * The edits that take the XLIFF namespace's prefix out of every tag, in the file's order; an
 * element of another namespace (an XLIFF module's aside) or of none is a NamespaceError.
 */
function* edits(bytes: XmlBytes, xliff: string, chunk: number): Generator<Edit> {
  const open: { prefix?: string; local: string; scope: ReadonlyMap<string, string> }[] = [];
  for (const tag of tagsOf(bytes, chunk)) {
    const closing = tag.text.startsWith('</');
    const name = nameOf(tag.text);
    const parent = open.at(-1)?.scope ?? new Map<string, string>();
    let scope = parent;
    if (!closing) {
      const declared = tag.text.includes('xmlns') ? declarations(tag.text) : undefined;
      if (declared && declared.size > 0) scope = new Map([...parent, ...declared]);
    } else scope = open.pop()?.scope ?? parent;
    const namespace = scope.get(name.prefix ?? '');
    if (namespace !== xliff && !closing) {
      const shown = Buffer.from(name.prefix === undefined ? name.local : `${name.prefix}:${name.local}`, 'latin1').toString('utf8');
      if (namespace === undefined || namespace === '') throw new NamespaceError(`<${shown}> is in no namespace, so it is no XLIFF element of this file (its elements are in ${xliff}): nothing is imported`, tag.at);
      if (!namespace.startsWith(XLIFF_MODULES)) throw new NamespaceError(`<${shown}> is of the namespace ${namespace}, which docflow does not read (the file's elements are in ${xliff}): nothing is imported`, tag.at);
    }
    if (!closing && !tag.text.endsWith('/>')) open.push({ ...name, scope });
    if (namespace === xliff && name.prefix !== undefined) yield { at: tag.at + (closing ? 2 : 1), length: name.length, local: name.local };
  }
}

/** The file's bytes with the elements of `xliff` (its root's namespace, under a prefix) unprefixed, in a copy of the file made `chunk` bytes at a time. */
export function unprefixedBytes(bytes: XmlBytes, xliff: string, chunk = CHUNK): XmlBytes {
  return spilledBytes('unprefixed.xlf', (file) => writeUnprefixed(bytes, edits(bytes, xliff, chunk), file, chunk));
}

/**
 * The bytes with each edit made, written to `to` a chunk at a time, each chunk's edits made in it
 * (the bytes between edits read apart took seconds: a read for each of a file's tags).
 */
function writeUnprefixed(bytes: XmlBytes, made: Iterable<Edit>, to: string, size: number): void {
  const out = fs.openSync(to, 'w');
  const pending = made[Symbol.iterator]();
  // An edit a chunk's end cuts is made in the next one too.
  let edit = pending.next().value as Edit | undefined;
  try {
    for (let at = 0; at < bytes.size; at += size) {
      const chunk = Buffer.from(bytes.read(at, Math.min(at + size, bytes.size)));
      const end = at + chunk.length;
      while (edit && edit.at < end) {
        // The name's bytes as they were (one a character), then the prefix and its colon as spaces.
        const replaced = Buffer.from(edit.local.padEnd(edit.length, ' '), 'latin1');
        const from = Math.max(edit.at, at);
        replaced.copy(chunk, from - at, from - edit.at, Math.min(edit.length, end - edit.at));
        if (edit.at + edit.length > end) break;
        edit = pending.next().value as Edit | undefined;
      }
      fs.writeSync(out, chunk);
    }
  } finally {
    fs.closeSync(out);
  }
}
