/**
 * A checklist's JSON (`version` 1) a procedure at a time: the bytes `JSON.stringify(checklist,
 * null, 2)` gives, without the checklist or its text ever whole.
 */
import type { ChecklistLink, ChecklistParts } from './checklist-model.js';
import { plainMessage } from '../text/inline-runs.js';
import { wordlessLinks } from '../text/wordless-links.js';

export function* jsonPieces({ head, procedures, links }: ChecklistParts): Generator<string> {
  const words = worded(links);
  let first = true;
  for (const [key, value] of Object.entries(head)) {
    if (value === undefined) continue;
    yield `${first ? '{' : ','}\n  ${JSON.stringify(key)}: ${indented(value, 1, words)}`;
    first = false;
  }
  yield ',\n  "procedures": [';
  let any = false;
  for (const procedure of procedures) {
    yield `${any ? ',' : ''}\n    ${indented(procedure, 2, words)}`;
    any = true;
  }
  yield any ? '\n  ]' : ']';
  yield `,\n  "links": ${indented(links, 1)}\n}\n`;
}

/** What is no markdown but characters as they are: a code block's code, what a person typed or may choose. */
const LITERAL = new Set(['code', 'value', 'choices']);

/**
 * A link with no words to an article (`[](other.md)`) has the article's title as its words, as
 * the pages word it (link-titles.ts); `links` grows as the procedures are made, each before its JSON.
 * Literal text is left as it is, as the pages leave it (a code block's `See [](other.md)` is what
 * the reader copies).
 */
function worded(links: readonly ChecklistLink[]): (key: string, value: unknown) => unknown {
  const title = (url: string) => {
    const link = links.find((l) => l.href === url);
    return link ? plainMessage(link.title) : null;
  };
  // A literal list's items: JSON.stringify asks for each with its index, the list as `this`.
  const literalLists = new WeakSet<object>();
  return function (this: unknown, key: string, value: unknown) {
    if (LITERAL.has(key)) {
      if (Array.isArray(value)) literalLists.add(value);
      return value;
    }
    if (typeof value !== 'string' || (Array.isArray(this) && literalLists.has(this))) return value;
    return wordlessLinks(value, title);
  };
}

/** A value's JSON as it stands `depth` levels in (JSON strings hold no raw line breaks). */
function indented(value: unknown, depth: number, replacer?: (key: string, value: unknown) => unknown): string {
  return JSON.stringify(value, replacer, 2).replaceAll('\n', `\n${'  '.repeat(depth)}`);
}
