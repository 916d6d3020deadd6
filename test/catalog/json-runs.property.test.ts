/**
 * A long resource or provenance file read a run of members at a time gives what JSON.parse of the
 * whole text gives (the oracle), key order included: any JSON values, objects in objects,
 * duplicate keys (the last wins, in the first one's place), `__proto__` and index-like keys, any
 * white space, text past Latin-1 and escapes that look like the scan's own marks. Text that is
 * not JSON is never read as something: the caller's JSON.parse is left to say why. A byte order
 * mark first is read past, as docflow reads every JSON file (an editor's "UTF-8 with BOM"). Read from a
 * reader (a file) through a small window, a few bytes a read, it is the same again.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseObjectRuns, type ByteReader } from '../../src/catalog/json-runs.js';

const key = fc.oneof(
  fc.string({ maxLength: 6 }),
  fc.nat({ max: 20 }).map(String),
  fc.constantFrom('__proto__', 'strings', 'step.1', '"}', '\\', 'l’équipe', '中文', '😀'),
);
const white = fc.constantFrom('', ' ', '\n  ', '\t', '\r\n');
const value = fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.constantFrom('a "quoted" }, {', 'C:\\', '\\"', 'l’équipe ✓', '\u2028'));

/** An object's text from members (duplicates allowed), with the given white space around its marks. */
const objectText = (members: fc.Arbitrary<string>) =>
  fc.tuple(fc.array(members, { maxLength: 12 }), white, white).map(([texts, before, after]) => `${before}{${texts.join(',')}}${after}`);
const member = (inner: fc.Arbitrary<string>) => fc.tuple(white, key, white, white, inner, white).map(([a, k, b, c, v, d]) => `${a}${JSON.stringify(k)}${b}:${c}${v}${d}`);
const leafText = value.map((v) => JSON.stringify(v, null, 2));
const nestedText = objectText(member(leafText));
const fileText = objectText(member(fc.oneof(leafText, nestedText)));

// The file's bytes as readFileSync(file, 'utf8') gives them (a lone surrogate was written as U+FFFD).
const decoded = (text: string) => Buffer.from(text).toString();

/** The bytes given `chunk` at a time, as a file's reads give them. */
const readerOf = (bytes: Buffer, chunk: number): ByteReader => {
  let at = 0;
  return (into, offset, length) => {
    const n = bytes.copy(into, offset, at, Math.min(bytes.length, at + Math.min(chunk, length)));
    at += n;
    return n;
  };
};
/** How the bytes reach the scan: whole, or through a window of `window` bytes (it grows), `chunk` bytes a read. */
const reading = fc.oneof(fc.constant(undefined), fc.record({ chunk: fc.constantFrom(1, 3, 64, 1 << 16), window: fc.constantFrom(1, 8, 200) }));
type Reading = { chunk: number; window: number } | undefined;
const read = (text: string, options: Parameters<typeof parseObjectRuns>[1], how: Reading) =>
  how ? parseObjectRuns(readerOf(Buffer.from(text), how.chunk), { ...options, windowBytes: how.window }) : parseObjectRuns(Buffer.from(text), options);

const same = (text: string, runBytes: number, how?: Reading) => {
  const ours = read(text, { runBytes }, how);
  const theirs: unknown = JSON.parse(decoded(text));
  expect(ours).toEqual(theirs);
  expect(JSON.stringify(ours)).toBe(JSON.stringify(theirs));
  expect(Object.getPrototypeOf(ours)).toBe(Object.prototype);
};

describe('a JSON object read in runs', () => {
  it('is what JSON.parse makes of the whole text, whatever the run length', () => {
    fc.assert(
      fc.property(fileText, fc.constantFrom(1, 16, 200, 1 << 20), reading, (text, runBytes, how) => same(text, runBytes, how)),
      { seed: 17, numRuns: 4_000 },
    );
  });

  it('reads a file as docflow writes it: a provenance file with its strings', () => {
    const strings = Object.fromEntries(Array.from({ length: 500 }, (_, i) => [`step.${i}`, { from: `Select **Update** ${i} – l’équipe`, origin: 'HT', hash: `h${i}` }]));
    const file = `${JSON.stringify({ docflow: 1, strings, obsolete: {} }, null, 2)}\n`;
    same(file, 4096);
    // From a file, 64 KB a read, through the window it starts with.
    same(file, 4096, { chunk: 1 << 16, window: 1 << 17 });
  });

  it('keeps only the members asked for, and reads a resource file only when every value is a string', () => {
    const text = JSON.stringify({ 'title.1': 'Ajouter', 'step.1': 'Sélectionnez', ['__proto__']: 'x', 'title.2': { a: 1 } }, null, 2);
    expect(parseObjectRuns(Buffer.from(text), { keep: (k) => k.startsWith('title') })).toEqual({ 'title.1': 'Ajouter', 'title.2': { a: 1 } });
    const titles = (k: string) => k.startsWith('title');
    expect(parseObjectRuns(Buffer.from(text), { keep: titles, strings: true })).toBeUndefined();
    // A value left out that is not a string: the caller reads the file whole, to say so.
    expect(parseObjectRuns(Buffer.from('{"title.1": "A", "step.1": 3}'), { keep: titles, strings: true })).toBeUndefined();
    expect(parseObjectRuns(Buffer.from('{"title.1": "A", "step.1": "B"}'), { keep: titles, strings: true })).toEqual({ 'title.1': 'A' });
  });

  it('reads a file that starts with a byte order mark as JSON.parse reads the text after it', () => {
    fc.assert(
      fc.property(fileText, fc.nat({ max: 64 }), reading, (text, runBytes, how) => {
        expect(JSON.stringify(read(`\ufeff${text}`, { runBytes: runBytes + 1 }, how))).toBe(JSON.stringify(JSON.parse(decoded(text))));
      }),
      { seed: 29, numRuns: 500 },
    );
  });

  it('reads nothing from text that is not one JSON object', () => {
    const marks = fc.constantFrom('{', '}', '[', ']', ',', ':', '"', '\\', ' ', 'x', '1', '\u0001', '\n');
    fc.assert(
      fc.property(fileText, fc.nat(), marks, fc.boolean(), reading, (text, at, mark, insert, how) => {
        const i = at % (text.length + 1);
        const broken = insert ? text.slice(0, i) + mark + text.slice(i) : text.slice(0, i) + text.slice(i + 1);
        let theirs: unknown;
        try {
          theirs = JSON.parse(decoded(broken));
        } catch {
          expect(read(broken, { runBytes: 16 }, how)).toBeUndefined();
          return;
        }
        const ours = read(broken, { runBytes: 16 }, how);
        if (theirs && typeof theirs === 'object' && !Array.isArray(theirs)) expect(JSON.stringify(ours)).toBe(JSON.stringify(theirs));
        else expect(ours).toBeUndefined();
      }),
      { seed: 23, numRuns: 6_000 },
    );
    for (const text of ['', '[]', '"x"', '{"a":\ufeff1}', '\ufeff\ufeff{}', '{} x', '{"a":1,}', '{"a" 1}', '{"a":}', '{"a":1', '{"a":"\\"}']) {
      expect(parseObjectRuns(Buffer.from(text))).toBeUndefined();
      expect(read(text, {}, { chunk: 1, window: 1 })).toBeUndefined();
    }
  });
});
