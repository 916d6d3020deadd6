/**
 * Inline markdown of one segment body (`From the **Dashboard** menu, ...`), parsed on demand:
 * only steps need their labels and links, so bodies are parsed lazily, and kept a while by text.
 */
import type { PhrasingContent, RootContent, Text } from 'mdast';
import type { Position } from 'unist';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { ownCopy } from '../text/own-copy.js';
import { MARKUP_BUT_STARS, starEmphasis, starsOnly } from './star-emphasis.js';

/**
 * The bodies parsed last, oldest first. The same body is asked for by several rules and
 * renderers in a row, and rarely again once its article is done: the last few thousand cover an
 * article, where a cache of every body read held 27 MB on 370 articles and grew with them. (Not
 * reordered on a hit: that would key the entry by the caller's slice, which keeps its whole
 * article alive.)
 */
const cache = new Map<string, PhrasingContent[]>();
const CACHED = 4096;

// Text that no markdown construct can touch: no inline syntax character anywhere (escapes,
// code, emphasis, links, html, entities, images, hard breaks, line endings), and nothing at its
// start that could open a block (heading, quote, list, rule, indented code, setext underline).
// Most sentences of an article are such text; parsing them would only give them back.
const INLINE_SYNTAX = new RegExp(`[*${MARKUP_BUT_STARS}]`);
const BLOCK_START = /^(?:[\s#>+=-]|\d{1,9}[.)])/;
const EDGE_SPACE = /\s$/;

/** The phrasing nodes of a segment body (block markers such as `1.` are not expected there). */
export function parseInline(markdown: string): PhrasingContent[] {
  let nodes = cache.get(markdown);
  if (!nodes) {
    // A body is a slice of its article's text, and so is everything parsed from it: cached as
    // it is, it would keep every article read so far in memory. A copy holds only itself.
    const own = ownCopy(markdown);
    nodes = isPlain(own) ? [{ type: 'text', value: own }] : starsOnly(own) ? starEmphasis(own) : (linkedText(own) ?? flatten(fromMarkdown(own).children));
    if (cache.size >= CACHED) cache.delete(cache.keys().next().value!);
    cache.set(own, nodes);
  }
  return nodes;
}

/** True when markdown parses to exactly its own text: the parser can be skipped. */
export function isPlain(markdown: string): boolean {
  return markdown !== '' && !INLINE_SYNTAX.test(markdown) && !BLOCK_START.test(markdown) && !EDGE_SPACE.test(markdown);
}

function flatten(children: RootContent[]): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  for (const child of children) {
    if ('children' in child && (child.type === 'paragraph' || child.type === 'heading')) {
      if (out.length > 0) out.push({ type: 'text', value: ' ' });
      out.push(...(child.children as PhrasingContent[]));
    } else if (child.type === 'html' || child.type === 'text' || child.type === 'inlineCode') {
      out.push(child as PhrasingContent);
    } else if ('children' in child) {
      out.push(...flatten(child.children as RootContent[]));
    }
  }
  return out;
}

/** Plain text of phrasing nodes, with html tags dropped. */
export function plainText(nodes: readonly PhrasingContent[]): string {
  let out = '';
  for (const node of nodes) {
    if (node.type === 'text' || node.type === 'inlineCode') out += node.value;
    else if (node.type === 'break') out += ' ';
    else if ('children' in node) out += plainText(node.children as PhrasingContent[]);
  }
  return out;
}

export interface Emphasis {
  /** Plain text of the bold run. */
  text: string;
  /** Plain text between the previous bold run (or the start) and this one. */
  before: string;
}

/** Bold runs in reading order, with the text that leads up to each. */
export function boldRuns(nodes: readonly PhrasingContent[]): Emphasis[] {
  const runs: Emphasis[] = [];
  let before = '';
  const walk = (list: readonly PhrasingContent[]) => {
    for (const node of list) {
      if (node.type === 'strong') {
        runs.push({ text: plainText(node.children).trim(), before });
        before = '';
      } else if (node.type === 'text' || node.type === 'inlineCode') before += node.value;
      else if ('children' in node) walk(node.children as PhrasingContent[]);
    }
  };
  walk(nodes);
  return runs.filter((run) => run.text !== '');
}

// On its own, a segment body can hold only inline links `[text](url)` and autolinks `<scheme:...>`
// (a reference link needs a definition outside it).
const LINK_SYNTAX = /\]\(|<[^>\s]+[:@][^>\s]*>/;

/** Link targets of a segment body; bodies that cannot hold one, or hold only simple links, are not parsed. */
export function segmentLinks(markdown: string): string[] {
  if (!LINK_SYNTAX.test(markdown)) return [];
  return simpleLinks(markdown) ?? parsedLinks(markdown);
}

// `[text](destination)` with no brackets in the text and no space, parenthesis or angle bracket
// in the destination.
const SIMPLE_LINK = /\[([^[\]]*)\]\(([^\s()<>]*)\)/g;
// What could change how such a link parses, or hide one: escapes, code, html and autolinks,
// entities, images, line endings.
const NOT_SIMPLE = /[\\`<>&!\n\r]/;
const BRACKETS = /[[\]()]/;

/**
 * The destinations of a body whose only link syntax is simple inline links, read by a pattern;
 * undefined when anything else could be link syntax (the parser then decides). Most bodies with
 * links are such text, and parsing them was half a second of a cold extract of 370 articles. The
 * test checks the pattern against the parser on every segment of the corpus.
 */
export function simpleLinks(markdown: string): string[] | undefined {
  if (NOT_SIMPLE.test(markdown) || BLOCK_START.test(markdown)) return undefined;
  const urls: string[] = [];
  const rest = markdown.replace(SIMPLE_LINK, (_, _text: string, url: string) => {
    urls.push(url);
    return ' ';
  });
  return BRACKETS.test(rest) ? undefined : urls;
}

// Text and simple links and nothing else: no markup anywhere but the links' own brackets, a
// link's text and destination not empty.
const LINKED_TEXT_LINK = /\[([^[\]]+)\]\(([^\s()<>]+)\)/g;
const NOT_LINKED_TEXT = new RegExp(`[*\\t${MARKUP_BUT_STARS.replace('[\\]', '')}]`);

/**
 * The tree of a body that is text and simple inline links only, as the parser would build it
 * (positions included); undefined for anything else. A flow's first frame parsed one such sentence with the whole
 * parser (11 ms: its first use of micromark in the process), and links are most of the markup of
 * documentation sentences. The property test and the corpus sweep hold it to the parser.
 */
export function linkedText(markdown: string): PhrasingContent[] | undefined {
  if (NOT_LINKED_TEXT.test(markdown) || BLOCK_START.test(markdown) || EDGE_SPACE.test(markdown)) return undefined;
  const nodes: PhrasingContent[] = [];
  const text = (from: number, to: number): Text => ({ type: 'text', value: markdown.slice(from, to), position: span(from, to) });
  let end = 0;
  for (const match of markdown.matchAll(LINKED_TEXT_LINK)) {
    if (BRACKETS_ONLY.test(markdown.slice(end, match.index))) return undefined;
    if (match.index > end) nodes.push(text(end, match.index));
    const close = match.index + match[0].length;
    const label = match.index + 1 + match[1]!.length;
    nodes.push({ type: 'link', title: null, url: match[2]!, children: [text(match.index + 1, label)], position: span(match.index, close) });
    end = close;
  }
  if (nodes.length === 0 || BRACKETS_ONLY.test(markdown.slice(end))) return undefined;
  if (end < markdown.length) nodes.push(text(end, markdown.length));
  return nodes;
}

const BRACKETS_ONLY = /[[\]]/;

/**
 * Where a piece of a one-line text is, as the parser says it (the checklist edits links by their
 * offsets). Every character is one column: tabs are not linked text (the parser expands them).
 */
function span(start: number, end: number): Position {
  return { start: { line: 1, column: start + 1, offset: start }, end: { line: 1, column: end + 1, offset: end } };
}

/** Link targets as the parser finds them (the oracle of simpleLinks). */
export function parsedLinks(markdown: string): string[] {
  return links(parseInline(markdown));
}

function links(nodes: readonly PhrasingContent[]): string[] {
  const urls: string[] = [];
  const walk = (list: readonly PhrasingContent[]) => {
    for (const node of list) {
      if (node.type === 'link') urls.push(node.url);
      if ('children' in node) walk(node.children as PhrasingContent[]);
    }
  };
  walk(nodes);
  return urls;
}
