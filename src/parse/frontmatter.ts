/**
 * YAML front matter, read straight from the text (the same `---` fences remark-frontmatter
 * recognizes), so that a scan-only read of an article knows its locale without a markdown parse.
 */
import type { VFile } from 'vfile';
import { yaml } from '../text/lazy-modules.js';
import { ownCopy } from '../text/own-copy.js';
import { withoutBom } from '../text/without-bom.js';

const FENCE = /^---[^\S\n]*\r?\n([\s\S]*?)\r?\n---[^\S\n]*(?:\r?\n|$)/;

export function readFrontmatter(text: string, file: VFile): Record<string, unknown> {
  // After a byte order mark, as remark reads it (a slice of a long text is no copy).
  const match = FENCE.exec(withoutBom(text));
  if (!match) return {};
  // Its values are kept with the document: views on a copy of the front matter, not on the article (see own-copy.ts).
  const source = ownCopy(match[1]!);
  const simple = simpleMapping(source);
  if (simple) return simple;
  try {
    const data: unknown = yaml().parse(source);
    return data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
  } catch (error) {
    const at = (error as { linePos?: { line: number; col: number }[] }).linePos?.[0];
    file.message(`Front matter is not valid YAML: ${(error as Error).message.split('\n')[0]}`, {
      place: { line: (at?.line ?? 1) + 1, column: at?.col ?? 1 },
      ruleId: 'bad-frontmatter',
      source: 'docflow',
    });
    return {};
  }
}

// Docs front matter is nearly always `key: value` lines of text. Those are read here, much faster
// than a YAML parse; anything else (nesting, lists, comments, numbers, booleans, nulls, escapes,
// a repeated key) goes to the YAML parser, so the result is always what YAML gives (checked on
// every article of the corpus).
const LINE = /^([A-Za-z_][\w.-]*):[ ]+(.*?)[ ]*$/;
const QUOTED = /^(?:"([^"\\]*)"|'([^']*)')$/;
const PLAIN_START = /^[-?:,[\]{}#&*!|>'"%@`]/;
const NOT_TEXT = /^(?:~|null|Null|NULL|true|True|TRUE|false|False|FALSE|[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;

function simpleMapping(yaml: string): Record<string, string> | undefined {
  const out: Record<string, string> = {};
  for (const line of yaml.split(/\r?\n/)) {
    const match = LINE.exec(line);
    if (!match || match[1]! in out || match[1] === '__proto__') return undefined;
    const value = match[2]!;
    const quoted = QUOTED.exec(value);
    if (quoted) out[match[1]!] = quoted[1] ?? quoted[2]!;
    else if (value === '' || PLAIN_START.test(value) || /: |\s#|:$|\t/.test(value) || NOT_TEXT.test(value)) return undefined;
    else out[match[1]!] = value;
  }
  return out;
}
