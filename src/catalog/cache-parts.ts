/**
 * A long article's cache entry in parts. v8.serialize of the whole made one buffer as large as the
 * entry (40–63 MB for a 20 MB article) beside the objects it was made of, and v8.deserialize held
 * such a buffer beside the objects it made: a warm `status` of the 20 MB article peaked at 236 MB,
 * a cold `extract` with the cache of the densest at 304 MB, where without the cache they stayed
 * near 200.
 *
 * So the value's large containers (an array, a Map or a plain object of CHUNK entries or more: a
 * document's segments and procedures, a locale's strings, the keys) are cut out, each left as a
 * mark, and the rest is the first part; each cut is then given CHUNK entries a part. Each part is
 * serialized and written, or read and deserialized, one at a time. Nothing is cut out of a cut
 * container, and an object is kept once however often it is reached (identity holds within the
 * first part, as within one serialized value).
 */

const CHUNK = 4096;

/** A mark's own key: no document or resource names a key so. */
const MARK = '\u0000docflow-part';

type Kind = 'array' | 'map' | 'object';

interface Mark {
  [MARK]: number;
  kind: Kind;
  chunks: number;
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

function kindOf(value: unknown, chunk: number): Kind | undefined {
  if (Array.isArray(value)) return value.length >= chunk ? 'array' : undefined;
  if (value instanceof Map) return value.size >= chunk ? 'map' : undefined;
  if (isPlain(value) && Object.keys(value).length >= chunk) return 'object';
  return undefined;
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
    if (typeof child !== 'object' || child === null || !kindOf(child, chunk)) return true;
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
  const kind = kindOf(container, chunk)!;
  const size = Array.isArray(container) ? container.length : container instanceof Map ? container.size : Object.keys(container).length;
  return { [MARK]: index, kind, chunks: Math.ceil(size / chunk) };
}

/**
 * A container's entries `size` at a time, each chunk made when asked for: made all at once (a
 * locale's 100,000 strings as pairs) they were garbage of the old generation, 33 MB of it for
 * the 20 MB article.
 */
function* chunksOf(container: object, size: number): Generator<unknown[]> {
  if (Array.isArray(container)) {
    for (let at = 0; at < container.length; at += size) yield container.slice(at, at + size);
    return;
  }
  if (container instanceof Map) {
    let chunk: unknown[] = [];
    for (const entry of container) {
      chunk.push(entry);
      if (chunk.length === size) {
        yield chunk;
        chunk = [];
      }
    }
    if (chunk.length > 0) yield chunk;
    return;
  }
  const keys = Object.keys(container);
  const object = container as Record<string, unknown>;
  for (let at = 0; at < keys.length; at += size) yield keys.slice(at, at + size).map((key) => [key, object[key]]);
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
  const made = new Map<number, object>();
  let next = 1;
  for (let index = 0; index < byIndex.size; index++) {
    const mark = byIndex.get(index);
    if (!mark) throw new Error('a cache entry in parts without one of its marks');
    const chunks = parts.slice(next, next + mark.chunks) as unknown[][];
    if (chunks.length !== mark.chunks || !chunks.every(Array.isArray)) throw new Error('a cache entry in parts without one of its parts');
    next += mark.chunks;
    const entries = chunks.length === 1 ? chunks[0]! : chunks.flat(1);
    made.set(index, mark.kind === 'array' ? entries : mark.kind === 'map' ? new Map(entries as [unknown, unknown][]) : fromEntries(entries as [string, unknown][]));
  }
  if (next !== parts.length) throw new Error('a cache entry in parts with parts left over');
  for (const { owner, key, mark } of marks) set(owner, key, made.get(mark[MARK]));
  return first;
}

/** As Object.fromEntries, but `__proto__` an own property like any other (as JSON.parse and v8.deserialize make it). */
function fromEntries(entries: readonly [string, unknown][]): Record<string, unknown> {
  const object: Record<string, unknown> = {};
  for (const [key, value] of entries) {
    if (key === '__proto__') Object.defineProperty(object, key, { value, writable: true, enumerable: true, configurable: true });
    else object[key] = value;
  }
  return object;
}
