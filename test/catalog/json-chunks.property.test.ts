/**
 * The JSON of a catalog written in pieces is the JSON written whole: its pieces joined are
 * `JSON.stringify(value, null, 2)` (the oracle) for any JSON value, nested objects, keys that
 * look like array indices (which JavaScript orders first), and values JSON leaves out.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonChunks } from '../../src/catalog/json-chunks.js';
import { provenanceChunks } from '../../src/catalog/provenance.js';
import { naturallySorted, naturalView, stableJsonChunks } from '../../src/catalog/write-file.js';

const joined = (chunks: Iterable<string>) => [...chunks].join('');

describe('JSON in pieces', () => {
  it('joins to what JSON.stringify writes, for any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        // Every object streamed (of one key or more), and the usual threshold.
        expect(joined(jsonChunks(value, 1))).toBe(JSON.stringify(value, null, 2));
        expect(joined(jsonChunks(value))).toBe(JSON.stringify(value, null, 2));
      }),
      { numRuns: 2000 },
    );
  });

  it('joins to what JSON.stringify writes for objects of objects, with index-like keys and left-out values', () => {
    const key = fc.oneof(fc.string(), fc.nat().map(String), fc.constantFrom('__proto__', 'toString', '', '\n"\\'));
    const leaf = fc.oneof(fc.string(), fc.constant(undefined), fc.constant(() => 1), fc.double(), fc.boolean(), fc.constant(null), fc.array(fc.string(), { maxLength: 3 }));
    const object = fc.letrec((tie) => ({
      node: fc.dictionary(key, fc.oneof({ depthSize: 'small' }, leaf, tie('node')), { maxKeys: 6 }),
    })).node;
    fc.assert(
      fc.property(object, (value) => {
        // Every object streamed (of one key or more), and the usual threshold.
        expect(joined(jsonChunks(value, 1))).toBe(JSON.stringify(value, null, 2));
        expect(joined(jsonChunks(value))).toBe(JSON.stringify(value, null, 2));
      }),
      { numRuns: 2000 },
    );
  });

  it('streams a long catalog an entry at a time, not as one string; a short one is one piece', () => {
    expect([...stableJsonChunks({ 'step.1': 'un', 'step.2': 'deux' })]).toEqual(['{\n  "step.1": "un",\n  "step.2": "deux"\n}', '\n']);
    const messages = Object.fromEntries(Array.from({ length: 2000 }, (_, i) => [`step.${i}`, `Sélectionnez **Mettre à jour** ${i}`]));
    const pieces = [...stableJsonChunks(messages)];
    // Pieces of some kilobytes (16,384 characters and the entry that passes them).
    expect(pieces.length).toBeGreaterThan(2);
    expect(Math.max(...pieces.map((piece) => piece.length))).toBeLessThan(16_384 + 100);
    expect(pieces.join('')).toBe(`${JSON.stringify(naturallySorted(messages), null, 2)}\n`);
    expect(JSON.parse(pieces.join(''))).toEqual(messages);
    const provenance = { strings: { 'step.2': { from: 'Select **Update**', origin: 'MT' as const, hash: 'abc' }, 'step.10': { from: 'x', origin: 'HT' as const, hash: 'def' } }, obsolete: { 'note.1': { value: 'v' } } };
    const text = joined(provenanceChunks(provenance));
    expect(text).toBe(`${JSON.stringify({ docflow: 1, strings: naturallySorted(provenance.strings), obsolete: provenance.obsolete }, null, 2)}\n`);
    // Natural order, the shape translators commit.
    expect(text.indexOf('"step.2"')).toBeLessThan(text.indexOf('"step.10"'));
    expect(JSON.parse(text)).toEqual({ docflow: 1, ...provenance });
  });

  it('writes a record from a view in natural order as from a sorted copy of it, for any keys, array indices among them', () => {
    const key = fc.oneof(fc.string(), fc.nat().map(String), fc.constantFrom('0', '01', '10', '4294967294', '4294967295', '__proto__', 'step.2', 'step.10', ''));
    const value = fc.oneof(fc.string(), fc.record({ from: fc.string(), origin: fc.constantFrom('HT', 'MT'), hash: fc.string() }));
    const record = fc.array(fc.tuple(key, value), { maxLength: 40 }).map((pairs) => {
      const out = Object.create(null) as Record<string, unknown>;
      for (const [k, v] of pairs) out[k] = v;
      return out;
    });
    fc.assert(
      fc.property(record, (r) => {
        // Streamed key by key (1), and whole.
        for (const streamedKeys of [1, 1000]) {
          expect(joined(jsonChunks(naturalView(r), streamedKeys))).toBe(JSON.stringify(naturallySorted(r), null, 2));
          expect(joined(jsonChunks({ docflow: 1, strings: naturalView(r), obsolete: naturalView({}) }, streamedKeys))).toBe(
            JSON.stringify({ docflow: 1, strings: naturallySorted(r), obsolete: {} }, null, 2),
          );
        }
      }),
      { numRuns: 3000, seed: 8 },
    );
  });
});
