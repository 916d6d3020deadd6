/**
 * A checklist's JSON (`version` 1) a procedure at a time: the bytes `JSON.stringify(checklist,
 * null, 2)` gives, without the checklist or its text ever whole.
 */
import type { ChecklistParts } from './checklist-model.js';

export function* jsonPieces({ head, procedures, links }: ChecklistParts): Generator<string> {
  let first = true;
  for (const [key, value] of Object.entries(head)) {
    if (value === undefined) continue;
    yield `${first ? '{' : ','}\n  ${JSON.stringify(key)}: ${indented(value, 1)}`;
    first = false;
  }
  yield ',\n  "procedures": [';
  let any = false;
  for (const procedure of procedures) {
    yield `${any ? ',' : ''}\n    ${indented(procedure, 2)}`;
    any = true;
  }
  yield any ? '\n  ]' : ']';
  yield `,\n  "links": ${indented(links, 1)}\n}\n`;
}

/** A value's JSON as it stands `depth` levels in (JSON strings hold no raw line breaks). */
function indented(value: unknown, depth: number): string {
  return JSON.stringify(value, null, 2).replaceAll('\n', `\n${'  '.repeat(depth)}`);
}
