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

/**
 * A link with no words to an article (`[](other.md)`) has the article's title as its words, as
 * the pages word it (link-titles.ts); `links` grows as the procedures are made, each before its JSON.
 */
function worded(links: readonly ChecklistLink[]): (key: string, value: unknown) => unknown {
  const title = (url: string) => {
    const link = links.find((l) => l.href === url);
    return link ? plainMessage(link.title) : null;
  };
  return (_key, value) => (typeof value === 'string' ? wordlessLinks(value, title) : value);
}

/** A value's JSON as it stands `depth` levels in (JSON strings hold no raw line breaks). */
function indented(value: unknown, depth: number, replacer?: (key: string, value: unknown) => unknown): string {
  return JSON.stringify(value, replacer, 2).replaceAll('\n', `\n${'  '.repeat(depth)}`);
}
