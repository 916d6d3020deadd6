/**
 * A long article's cache entry in parts. v8.serialize of the whole made one buffer as large as the
 * entry (40–63 MB for a 20 MB article) beside the objects it was made of, and v8.deserialize held
 * such a buffer beside the objects it made: a warm `status` of the 20 MB article peaked at 236 MB,
 * a cold `extract` with the cache of the densest at 304 MB, where without the cache they stayed
 * near 200.
 *
 * So the value's large containers (an array, a Map or a plain object of CHUNK entries or more: a
 * document's segments and procedures, a locale's strings, the keys) are cut out, each left as a
 * mark, and the rest is the first part. An array is then given CHUNK items a part; a Map or an
 * object is a part whole (made again from chunks of entries, a locale's 100,000 strings took
 * 220 ms more to read; whole, the largest is 12 MB of bytes). Each part is serialized and
 * written, or read and deserialized, one at a time. Nothing is cut out of a cut container, and
 * an object is kept once however often it is reached (identity holds within the first part, as
 * within one serialized value).
 *
 * A chunk of nested plain data (procedures: steps of blocks of parts, each a small object) is
 * written as JSON, which JSON.parse makes into objects half the size of v8.deserialize's (the
 * densest article's 19,000 procedures: 24 MB against 49 MB, in 181 ms against 325); anything
 * else as v8.serialize writes it, faster to read where objects are flat (segments: 110 ms
 * against 299 as JSON, and no smaller) or pairs of strings.
 */
import v8 from 'node:v8';

const CHUNK = 4096;

/** A mark's own key: no document or resource names a key so. */
const MARK = '\u0000docflow-part';

interface Mark {
  [MARK]: number;
  /** An array's parts, each a chunk of its items (none: a Map or an object, whole in one part). */
  chunks?: number;
}

/** Where a large container was: its owner and the key or index it was under. */
interface Cut {
  owner: object;
  key: unknown;
  container: object;
}

function isPlain(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === null;
}

/** Whether a value is a container of `chunk` entries or more. */
function isLarge(value: unknown, chunk: number): value is object {
  if (Array.isArray(value)) return value.length >= chunk;
  if (value instanceof Map) return value.size >= chunk;
  return isPlain(value) && Object.keys(value).length >= chunk;
}

function set(owner: object, key: unknown, value: unknown): void {
  if (owner instanceof Map) owner.set(key, value);
  else (owner as Record<string, unknown>)[key as string] = value;
}

/** Every slot of an object graph (a Map's values, an array's items, an object's own properties), each object once. */
function walk(root: unknown, slot: (owner: object, key: unknown, value: unknown) => boolean): void {
  const seen = new Set<object>();
  const stack: unknown[] = [root];
  const reach = (owner: object, key: unknown, value: unknown) => {
    if (slot(owner, key, value)) stack.push(value);
  };
  while (stack.length > 0) {
    const node = stack.pop();
    if (typeof node !== 'object' || node === null || seen.has(node) || ArrayBuffer.isView(node)) continue;
    seen.add(node);
    if (node instanceof Map) for (const [key, value] of node) reach(node, key, value);
    else if (Array.isArray(node)) for (let i = 0; i < node.length; i++) reach(node, i, node[i]);
    else for (const key of Object.keys(node)) reach(node, key, (node as Record<string, unknown>)[key]);
  }
}

/**
 * The parts of a value, the first its rest with a mark where each large container was. The value
 * is marked while its first part is taken (serialize it before asking for the next) and whole
 * again after, or once the parts are no longer asked for.
 */
export function* partsOf(value: object, chunk = CHUNK): Generator<unknown> {
  const cuts: Cut[] = [];
  const order = new Map<object, number>();
  walk(value, (owner, key, child) => {
    if (!isLarge(child, chunk)) return true;
    if (!order.has(child)) order.set(child, order.size);
    cuts.push({ owner, key, container: child });
    return false;
  });
  const containers = [...order.keys()];
  try {
    for (const { owner, key, container } of cuts) set(owner, key, markOf(container, order.get(container)!, chunk));
    yield value;
  } finally {
    for (const { owner, key, container } of cuts) set(owner, key, container);
  }
  for (const container of containers) yield* chunksOf(container, chunk);
}

function markOf(container: object, index: number, chunk: number): Mark {
  return Array.isArray(container) ? { [MARK]: index, chunks: Math.ceil(container.length / chunk) } : { [MARK]: index };
}

/** An array `size` items a part, each chunk made when asked for; a Map or an object whole. */
function* chunksOf(container: object, size: number): Generator<unknown> {
  if (!Array.isArray(container)) {
    yield container;
    return;
  }
  for (let at = 0; at < container.length; at += size) yield container.slice(at, at + size);
}

function isMark(value: unknown): value is Mark {
  return isPlain(value) && typeof value[MARK] === 'number';
}

/** The value partsOf() cut up, whole again from its parts (in order); a part missing or out of place throws. */
export function joinParts(parts: readonly unknown[]): unknown {
  const [first] = parts;
  const marks: { owner: object; key: unknown; mark: Mark }[] = [];
  walk(first, (owner, key, value) => {
    if (!isMark(value)) return true;
    marks.push({ owner, key, mark: value });
    return false;
  });
  // Each container's chunks follow the first part in the order of their numbers.
  const byIndex = new Map<number, Mark>();
  for (const { mark } of marks) byIndex.set(mark[MARK], mark);
  const made = new Map<number, unknown>();
  let next = 1;
  for (let index = 0; index < byIndex.size; index++) {
    const mark = byIndex.get(index);
    if (!mark) throw new Error('a cache entry in parts without one of its marks');
    const count = mark.chunks ?? 1;
    const chunks = parts.slice(next, next + count);
    if (chunks.length !== count || (mark.chunks !== undefined && !chunks.every(Array.isArray))) throw new Error('a cache entry in parts without one of its parts');
    next += count;
    made.set(index, mark.chunks === undefined || chunks.length === 1 ? chunks[0] : (chunks as unknown[][]).flat(1));
  }
  if (next !== parts.length) throw new Error('a cache entry in parts with parts left over');
  for (const { owner, key, mark } of marks) set(owner, key, made.get(mark[MARK]));
  return first;
}

/** A part's bytes: JSON for a chunk of nested plain data (see above), else v8's. */
export function encodePart(part: unknown): Uint8Array {
  return Array.isArray(part) && part.some(nested) && plainData(part) ? Buffer.from(JSON.stringify(part)) : v8.serialize(part);
}

/** Whether an item is an object holding objects or arrays. */
function nested(item: unknown): boolean {
  return isPlain(item) && Object.values(item).some((value) => typeof value === 'object' && value !== null);
}

/** A part from its bytes (JSON starts with `[`; v8's bytes with 0xFF). */
export function decodePart(bytes: Buffer): unknown {
  return bytes[0] === 0x5b ? JSON.parse(bytes.toString('utf8')) : v8.deserialize(bytes);
}

/**
 * Whether JSON gives a value back as it is: strings, finite numbers (not -0), booleans, null, and
 * arrays (without holes) and plain objects of them. An object reached twice comes back as two.
 */
function plainData(value: unknown): boolean {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return true;
    case 'number':
      return Number.isFinite(value) && !Object.is(value, -0);
    case 'object': {
      if (value === null) return true;
      if (Array.isArray(value)) {
        for (let i = 0; i < value.length; i++) if (!(i in value) || !plainData(value[i])) return false;
        return true;
      }
      if (!isPlain(value)) return false;
      for (const key of Object.keys(value)) if (!plainData(value[key])) return false;
      return true;
    }
    default:
      return false;
  }
}
