/**
 * A unit's source and target as a translation tool may give them back: cut into segments (1.2
 * `<mrk mtype="seg">` inside the target, 2.0 several `<segment>` and `<ignorable>` elements of a
 * unit) or with inline elements around its words. The XLIFF package keeps only the last segment
 * of a 2.0 unit, and turns inline elements it does not know into nothing, so an Okapi- or
 * memoQ-segmented file imported half a sentence, or nothing, without a word. Such a document's
 * texts are read here from its XML, in order, every segment joined; docflow's own files have none
 * of it, and stay on the package's reading (see xliff-read.ts).
 *
 * Inline elements that hold text (1.2 `mrk`, `g`; 2.0 `mrk`, `pc`) give their text; those that
 * hold the native code they stand for (1.2 `ph`, `bpt`, `ept`, `it`, `sub`) give that code, which
 * is the markdown docflow exported; a character XML cannot carry (2.0 `cp`, and the 1.2 `x` docflow
 * writes for one: see xml-chars.ts) gives that character; any other code with no content (1.2 `x`, `bx`, `ex`; 2.0 `ph`, `sc`,
 * `ec`) stands for something docflow never wrote, so the unit cannot be read: it is said, not
 * guessed.
 */
import { xml2js, type Element } from 'xml-js';
import { counted } from '../../text/counted.js';
import { CODE_POINT_CTYPE } from './xml-chars.js';
import { targetState } from './target-states.js';

export interface UnitText {
  source?: string;
  target?: string;
  /** Why the unit's text cannot be read back into markdown (then no text is given). */
  unreadable?: string;
  /** A segment's state says it is not translated yet (1.2 `new`, `needs-translation`; 2.0 `initial`). */
  draft?: boolean;
  /** Every segment's state says it is a finished translation (see target-states.ts). */
  finished?: boolean;
}

// Tags that only a tool's segmentation or inline markup puts in a document (docflow writes none),
// and any element of another namespace (a prefixed name: memoQ's `<mq:rxt>` in a target), whose
// text the package dropped in silence: "ajouter un <mq:rxt>nouveau</mq:rxt> client" came in as
// "ajouter un  client". Read here, one in a source or target is a code docflow did not write.
const INLINE_OR_SEGMENTED = /<(?:mrk|g|x|bx|ex|ph|bpt|ept|it|sub|pc|sc|ec|cp|sm|em|ignorable)\b|<[A-Za-z_][\w.-]*:[A-Za-z_]/;

/** Whether a document needs its texts read here: inline elements, or a 2.0 unit of several segments. */
export function needsUnitTexts(document: string, version2: boolean): boolean {
  if (INLINE_OR_SEGMENTED.test(document)) return true;
  return version2 && count(document, '<segment') > count(document, '<unit');
}

function count(text: string, tag: string): number {
  let n = 0;
  for (let at = text.indexOf(tag); at !== -1; at = text.indexOf(tag, at + tag.length)) if (/[\s>/]/.test(text[at + tag.length] ?? '')) n++;
  return n;
}

const TEXT_12 = new Set(['mrk', 'g']);
const CODE_12 = new Set(['ph', 'bpt', 'ept', 'it', 'sub']);
const TEXT_2 = new Set(['mrk', 'pc']);
const EMPTY_2 = new Set(['sm', 'em']);

/** Each unit's texts (by `slug\0key`), read from the document's XML (already parsed once by the package: well-formed). */
export function unitTexts(document: string, version2: boolean): Map<string, UnitText> {
  const root = (xml2js(document, { captureSpacesBetweenElements: true }) as Element).elements?.find((e) => e.name === 'xliff');
  const found = new Map<string, UnitText>();
  for (const file of children(root, 'file')) {
    const slug = String(file.attributes?.[version2 ? 'id' : 'original'] ?? '');
    for (const unit of units(file, version2 ? 'unit' : 'trans-unit')) {
      const key = String(unit.attributes?.id ?? '');
      found.set(`${slug}\0${key}`, version2 ? unit2(unit) : unit12(unit));
    }
  }
  return found;
}

function children(element: Element | undefined, name: string): Element[] {
  return (element?.elements ?? []).filter((e) => e.type === 'element' && e.name === name);
}

/** A file's units, through any groups (and 1.2's `<body>`). */
function units(element: Element, tag: string): Element[] {
  return (element.elements ?? []).flatMap((e) => (e.type !== 'element' ? [] : e.name === tag ? [e] : e.name === 'group' || e.name === 'body' ? units(e, tag) : []));
}

function unit12(unit: Element): UnitText {
  const [source] = children(unit, 'source');
  const [target] = children(unit, 'target');
  const read = [source && inline(source, false), target && inline(target, false)];
  const unreadable = read.find((r) => r?.unreadable)?.unreadable;
  if (unreadable) return { unreadable };
  return { ...(read[0] ? { source: read[0].text } : {}), ...(read[1] ? { target: read[1].text } : {}), ...targetState(target?.attributes?.state, false) };
}

function unit2(unit: Element): UnitText {
  let source = '';
  let target = '';
  let translated = 0;
  let segments = 0;
  let draft = false;
  let finished = 0;
  for (const part of (unit.elements ?? []).filter((e) => e.type === 'element' && (e.name === 'segment' || e.name === 'ignorable'))) {
    const [from] = children(part, 'source');
    const [to] = children(part, 'target');
    const read = [from && inline(from, true), to && inline(to, true)];
    const unreadable = read.find((r) => r?.unreadable)?.unreadable;
    if (unreadable) return { unreadable };
    source += read[0]?.text ?? '';
    if (part.name === 'segment') {
      segments++;
      if (read[1]) translated++;
      const said = targetState(part.attributes?.state, true);
      if (said.draft) draft = true;
      if (said.finished) finished++;
    }
    // An ignorable without a target is the same in both (spaces between sentences).
    target += read[1]?.text ?? (part.name === 'ignorable' ? (read[0]?.text ?? '') : '');
  }
  if (translated > 0 && translated < segments) return { unreadable: `${counted(segments - translated, 'segment')} of its ${segments} ${segments - translated === 1 ? 'has' : 'have'} no target` };
  return { source, ...(translated > 0 ? { target } : {}), ...(draft ? { draft } : {}), ...(finished > 0 && finished === segments ? { finished: true } : {}) };
}

/** The text of a source or target element, its inline elements read as above. */
function inline(element: Element, version2: boolean): { text: string; unreadable?: string } {
  let text = '';
  const walk = (nodes: Element[] | undefined): string | undefined => {
    for (const node of nodes ?? []) {
      if (node.type === 'text') text += String(node.text ?? '');
      else if (node.type === 'cdata') text += String(node.cdata ?? '');
      else if (node.type !== 'element') continue;
      else if (version2 && node.name === 'cp') text += codePoint(node.attributes?.hex);
      else if (!version2 && node.name === 'x' && String(node.attributes?.ctype ?? '').startsWith(CODE_POINT_CTYPE)) text += codePoint(String(node.attributes?.ctype).slice(CODE_POINT_CTYPE.length));
      else if (version2 && EMPTY_2.has(node.name!)) continue;
      else if ((version2 ? TEXT_2 : TEXT_12).has(node.name!) || (!version2 && CODE_12.has(node.name!))) {
        const inner = walk(node.elements);
        if (inner) return inner;
      } else return `an inline <${node.name}> docflow did not write (a code it cannot turn back into markdown)`;
    }
    return undefined;
  };
  const unreadable = walk(element.elements);
  return unreadable ? { text: '', unreadable } : { text };
}

/** A character from its hex code point; U+FFFD where the hex is not one. */
function codePoint(hex: unknown): string {
  const code = parseInt(String(hex ?? ''), 16);
  return Number.isInteger(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '\uFFFD';
}
