/**
 * Where each string of one locale is in its article file, by key: looked up from the documents'
 * segments when first asked, not a map of an object per key made for every article built (a long
 * article's 105,000 were 8 MB, made for `extract`, `lint` and `list`, which never ask).
 *
 * As a map filled segment by segment would say: a key's place is its last segment's, and keys
 * come in the order their first segment does.
 */
import type { Document } from '../model/document.js';

export interface Place {
  path: string;
  line: number;
  column: number;
}

interface Part {
  document: Document;
  /** The reference's number of each of this document's segment numbers (none: the same numbers). */
  aligned?: ReadonlyMap<number, number>;
}

interface Built {
  /** Each segment's reference number (NaN: none), segments of the parts one after the other. */
  numbers: Float64Array;
  /** Segment indexes by number, then by index. */
  order: Int32Array;
  /** A number's first segment → its last (-1: not a number's first). */
  lastOf: Int32Array;
}

/** Plain data (the parse cache keeps a built article whole): revive() gives it its class back. */
export class PlaceIndex implements Iterable<[string, Place]> {
  private readonly parts: Part[] = [];
  private built: Built | undefined;

  /** `keys`: the reference's segment number → key (else `text.<n>`), as the article's keys name them. */
  constructor(private readonly keys: ReadonlyMap<number, string>) {}

  /** A PlaceIndex as the cache gives it back (its data, without its class). */
  static revive(saved: PlaceIndex): PlaceIndex {
    return Object.setPrototypeOf(saved, PlaceIndex.prototype) as PlaceIndex;
  }

  add(document: Document, aligned?: ReadonlyMap<number, number>): void {
    this.parts.push({ document, ...(aligned ? { aligned } : {}) });
    this.built = undefined;
  }

  private keyOf(n: number): string {
    return this.keys.get(n) ?? `text.${n}`;
  }

  get(key: string): Place | undefined {
    const n = Number(key.slice(key.lastIndexOf('.') + 1));
    if (!Number.isInteger(n) || this.keyOf(n) !== key) return undefined;
    const { numbers, order } = this.build();
    // The last of the segments numbered n: the end of their run in `order`.
    let [low, high] = [0, order.length];
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (numbers[order[middle]!]! <= n) low = middle + 1;
      else high = middle;
    }
    const at = order[low - 1];
    return at !== undefined && numbers[at] === n ? this.placeAt(at) : undefined;
  }

  *[Symbol.iterator](): Iterator<[string, Place]> {
    const { numbers, lastOf } = this.build();
    for (let at = 0; at < numbers.length; at++) if (lastOf[at]! >= 0) yield [this.keyOf(numbers[at]!), this.placeAt(lastOf[at]!)];
  }

  private placeAt(at: number): Place {
    for (const { document } of this.parts) {
      if (at < document.segments.length) {
        const segment = document.segments[at]!;
        return { path: document.path, line: segment.line, column: segment.column };
      }
      at -= document.segments.length;
    }
    throw new RangeError(`no segment ${at}`);
  }

  private build(): Built {
    if (this.built) return this.built;
    const numbers = new Float64Array(this.parts.reduce((sum, part) => sum + part.document.segments.length, 0));
    let at = 0;
    for (const { document, aligned } of this.parts) for (const segment of document.segments) numbers[at++] = (aligned ? aligned.get(segment.n) : segment.n) ?? NaN;
    const numbered = [...numbers.keys()].filter((i) => !Number.isNaN(numbers[i]));
    const order = Int32Array.from(numbered).sort((a, b) => numbers[a]! - numbers[b]! || a - b);
    const lastOf = new Int32Array(numbers.length).fill(-1);
    for (let start = 0; start < order.length; ) {
      let end = start + 1;
      while (end < order.length && numbers[order[end]!] === numbers[order[start]!]) end++;
      lastOf[order[start]!] = order[end - 1]!;
      start = end;
    }
    return (this.built = { numbers, order, lastOf });
  }
}
