/**
 * `JSON.stringify(value, null, 2)` in pieces, an entry of an object at a time, so that a long
 * article's catalog is written without its JSON ever whole in memory (the provenance of a 20 MB
 * article is 14 MB of JSON, a 27 MB string: most translations have a character past Latin-1).
 */

/** Objects this deep or deeper are written whole, by JSON.stringify: entries of a catalog are small. */
const STREAMED_DEPTH = 2;

/** Objects with fewer keys (and none such inside) are written whole too: one JSON.stringify is faster than a piece an entry. */
const STREAMED_KEYS = 1000;

/** The pieces; objects of `streamedKeys` keys or more, or holding one, go an entry at a time. */
export function jsonChunks(value: unknown, streamedKeys = STREAMED_KEYS): Generator<string> {
  return chunks(value, '', 0, streamedKeys);
}

function* chunks(value: unknown, indent: string, depth: number, streamedKeys: number): Generator<string> {
  if (depth >= STREAMED_DEPTH || !isPlainObject(value) || !hasMany(value, streamedKeys)) {
    const json = JSON.stringify(value, null, 2);
    // Its only line breaks are its own layout: a string's are escaped.
    yield indent === '' ? json : json.replaceAll('\n', `\n${indent}`);
    return;
  }
  const inner = `${indent}  `;
  let first = true;
  for (const key of Object.keys(value)) {
    const item = value[key];
    // What JSON.stringify leaves out of an object.
    if (item === undefined || typeof item === 'function' || typeof item === 'symbol') continue;
    yield `${first ? '{' : ','}\n${inner}${JSON.stringify(key)}: `;
    first = false;
    yield* chunks(item, inner, depth + 1, streamedKeys);
  }
  yield first ? '{}' : `\n${indent}}`;
}

/** Whether the object has `count` keys or more, or holds one that has. */
function hasMany(value: Record<string, unknown>, count: number): boolean {
  let keys = 0;
  for (const key of Object.keys(value)) {
    const item = value[key];
    if (++keys >= count || (isPlainObject(item) && hasMany(item, count))) return true;
  }
  return false;
}

/** An object JSON.stringify writes as its own keys (not an array, nor one with its own toJSON). */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && typeof (value as { toJSON?: unknown }).toJSON !== 'function';
}
