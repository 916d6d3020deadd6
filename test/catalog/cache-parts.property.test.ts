/**
 * A long article's cache entry is written in parts: its large containers cut out and written a
 * chunk at a time. Whatever the value (arrays, Maps and plain objects large and small, nested,
 * `__proto__` keys, an object reached twice), each part through v8's serializer and the parts
 * joined again give the value back (the oracle: a structured clone taken before), and the value
 * is whole again once its parts are taken, or once no more are asked for.
 */
import v8 from 'node:v8';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { joinParts, partsOf } from '../../src/catalog/cache-parts.js';

const CHUNK = 3;

const leaf = fc.oneof(fc.string({ maxLength: 5 }), fc.integer(), fc.constant(null), fc.boolean(), fc.constantFrom('l’équipe', '中文', '__proto__'));
const key = fc.oneof(fc.string({ maxLength: 4 }), fc.constantFrom('__proto__', 'constructor', 'segments', '0'));

/** Values whose containers are below, at and past the chunk size. */
const value = fc.letrec<{ node: unknown }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.array(tie('node'), { maxLength: 8 }),
    fc.array(fc.tuple(key, tie('node')), { maxLength: 8 }).map((entries) => {
      const object: Record<string, unknown> = {};
      for (const [k, v] of entries) Object.defineProperty(object, k, { value: v, enumerable: true, writable: true, configurable: true });
      return object;
    }),
    fc.array(fc.tuple(fc.oneof(fc.string({ maxLength: 3 }), fc.integer()), tie('node')), { maxLength: 8 }).map((entries) => new Map(entries)),
  ),
})).node;

const root = fc.record({ documents: fc.array(value, { maxLength: 4 }), resources: value });

/** Each part serialized as it comes (the first is the value marked until the next is asked for). */
const serializedParts = (object: object) => {
  const parts: Buffer[] = [];
  for (const part of partsOf(object, CHUNK)) parts.push(v8.serialize(part));
  return parts;
};
/** The value as its parts give it back: each deserialized alone, then joined. */
const roundTrip = (object: object) => joinParts(serializedParts(object).map((bytes) => v8.deserialize(bytes) as unknown));

describe('a cache entry in parts', () => {
  it('gives the value back, and leaves it whole', () => {
    fc.assert(
      fc.property(root, (object) => {
        const before = structuredClone(object);
        const back = roundTrip(object);
        expect(back).toEqual(before);
        expect(v8.serialize(back)).toEqual(v8.serialize(before));
        expect(object).toEqual(before);
      }),
      { seed: 23, numRuns: 1_500 },
    );
  });

  it('leaves the value whole when only its first part is taken', () => {
    fc.assert(
      fc.property(root, (object) => {
        const before = structuredClone(object);
        const parts = partsOf(object, CHUNK);
        parts.next();
        parts.return(undefined);
        expect(object).toEqual(before);
      }),
      { seed: 29, numRuns: 500 },
    );
  });

  it('keeps an object reached twice one object, and cuts a large container reached twice once', () => {
    const shared = { path: 'fr-FR/a.md', segments: Array.from({ length: 10 }, (_, n) => ({ n, text: `phrase ${n}` })) };
    const strings = Object.fromEntries(Array.from({ length: 7 }, (_, n) => [`s.${n}`, `chaîne ${n}`]));
    const object = { documents: [shared], resources: { canonical: shared, messages: new Map([['fr-FR', strings], ['fr-CA', strings]]) } };
    const parts = serializedParts(object);
    // The first part, then the segments' 4 chunks and the strings whole (cut once).
    expect(parts).toHaveLength(1 + 4 + 1);
    const back = roundTrip(object) as typeof object;
    expect(back.resources.canonical).toBe(back.documents[0]);
    expect(back.resources.messages.get('fr-FR')).toBe(back.resources.messages.get('fr-CA'));
    expect(back).toEqual(object);
  });

  it('is not taken for a value when a part is missing or one too many', () => {
    const object = { segments: Array.from({ length: 10 }, (_, n) => n) };
    const parts = serializedParts(object).map((bytes) => v8.deserialize(bytes) as unknown);
    expect(() => joinParts(parts.slice(0, -1))).toThrow(/without one of its parts/);
    expect(() => joinParts([...parts, [1]])).toThrow(/left over/);
  });
});
