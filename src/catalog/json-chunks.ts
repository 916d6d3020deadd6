/**
 * `JSON.stringify(value, null, 2)` in pieces, some entries of an object at a time, so that a long
 * article's catalog is written without its JSON ever whole in memory (the provenance of a 20 MB
 * article is 14 MB of JSON, a 27 MB string: most translations have a character past Latin-1).
 */

/** Objects this deep or deeper are written whole, by JSON.stringify: entries of a catalog are small. */
const STREAMED_DEPTH = 2;

/** Objects with fewer keys (and none such inside) are written whole too: one JSON.stringify is faster than a piece an entry. */
const STREAMED_KEYS = 1000;

/** Entries written by one JSON.stringify: one call per entry cost twice the whole object's. */
const RUN = 256;

/**
 * A record written with its keys in this order (which must be one an object could have: array
 * indices first, see naturalView), without a copy of it made in that order.
 */
export class KeyedView {
  constructor(
    readonly record: Record<string, unknown>,
    readonly keys: readonly string[],
  ) {}

  /** What JSON.stringify writes of it whole: the record in that order. */
  toJSON(): Record<string, unknown> {
    const out = Object.create(null) as Record<string, unknown>;
    for (const key of this.keys) out[key] = this.record[key];
    return out;
  }
}

/**
 * An array as JSON.stringify writes it at this indent, its elements as they come (from a
 * generator: a report's rows made an article at a time), each element written whole.
 */
export function* jsonArrayChunks(elements: Iterable<unknown>, indent = ''): Generator<string> {
  const inner = `${indent}  `;
  let first = true;
  for (const element of elements) {
    yield `${first ? '[' : ','}\n${inner}${whole(element, inner)}`;
    first = false;
  }
  yield first ? '[]' : `\n${indent}]`;
}

/** The pieces; objects of `streamedKeys` keys or more, or holding one, go some entries at a time. */
export function jsonChunks(value: unknown, streamedKeys = STREAMED_KEYS): Generator<string> {
  return chunks(value, '', 0, streamedKeys);
}

function* chunks(value: unknown, indent: string, depth: number, streamedKeys: number): Generator<string> {
  if (streamed(value, depth, streamedKeys)) yield* entries(value, indent, depth, streamedKeys);
  else yield whole(value, indent);
}

/** A streamed object's JSON: its entries in runs, and those that are streamed objects themselves as they come. */
function* entries(value: Keyed, indent: string, depth: number, streamedKeys: number): Generator<string> {
  const inner = `${indent}  `;
  const keys = keysOf(value);
  const at = (key: string) => itemOf(value, key);
  let opened = false;
  for (let from = 0; from < keys.length; ) {
    const item = at(keys[from]!);
    if (streamed(item, depth + 1, streamedKeys)) {
      yield `${opened ? ',' : '{'}\n${inner}${JSON.stringify(keys[from++])}: `;
      opened = true;
      yield* entries(item, inner, depth + 1, streamedKeys);
      continue;
    }
    // A run of entries as an object of its own (no prototype: `__proto__` is a key like any
    // other), in the same order: integer-like keys come first in both, ascending.
    const run: Record<string, unknown> = Object.create(null);
    for (let end = Math.min(keys.length, from + RUN); from < end && !streamed(at(keys[from]!), depth + 1, streamedKeys); from++) run[keys[from]!] = at(keys[from]!);
    const json = whole(run, indent);
    // Its entries without the braces (nothing, when JSON leaves all of them out).
    if (json === '{}') continue;
    yield `${opened ? ',' : '{'}${json.slice(1, json.length - indent.length - 2)}`;
    opened = true;
  }
  yield opened ? `\n${indent}}` : '{}';
}

/** Whether the value is an object written some entries at a time (see jsonChunks). */
function streamed(value: unknown, depth: number, streamedKeys: number): value is Keyed {
  return depth < STREAMED_DEPTH && isKeyed(value) && hasMany(value, streamedKeys);
}

/** An object written key by key: a plain one, or a view of one in another order. */
type Keyed = Record<string, unknown> | KeyedView;

const isKeyed = (value: unknown): value is Keyed => isPlainObject(value) || value instanceof KeyedView;
const keysOf = (value: Keyed): readonly string[] => (value instanceof KeyedView ? value.keys : Object.keys(value));
const itemOf = (value: Keyed, key: string): unknown => (value instanceof KeyedView ? value.record[key] : value[key]);

/** The value's JSON as JSON.stringify writes it at this indent: its only line breaks are its own layout (a string's are escaped). */
function whole(value: unknown, indent: string): string {
  const json = JSON.stringify(value, null, 2);
  return indent === '' ? json : json.replaceAll('\n', `\n${indent}`);
}

/** Whether the object has `count` keys or more, or holds one that has. */
function hasMany(value: Keyed, count: number): boolean {
  let keys = 0;
  for (const key of keysOf(value)) {
    const item = itemOf(value, key);
    if (++keys >= count || (isKeyed(item) && hasMany(item, count))) return true;
  }
  return false;
}

/** An object JSON.stringify writes as its own keys (not an array, nor one with its own toJSON). */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && typeof (value as { toJSON?: unknown }).toJSON !== 'function';
}
