/** Where broken JSON goes wrong, for a translator who must find the place in their editor. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LineIndex } from '../../src/parse/line-index.js';
import { jsonError } from '../../src/text/json-error.js';

const at = (text: string) => {
  const { offset, reason } = jsonError(text);
  const place = new LineIndex(text).point(offset);
  return `${place.line}:${place.column} ${reason}`;
};

describe('jsonError', () => {
  it('points at the mistakes translators make', () => {
    expect(at('{\n  "a": "x",\n}')).toBe('3:1 expected a "key" here, found "}"');
    expect(at('{\n  "a": "x"\n  "b": "y"\n}')).toBe('3:3 expected “,” or “}”, found "\\""');
    expect(at('{\n  "a": "coupé\n}')).toBe('2:8 a string that is not closed');
    expect(at('{ "a": "x" ')).toBe('1:12 the file ends too early');
    expect(at('{ "a" "x" }')).toBe('1:7 expected “:” after the key');
    expect(at("{ 'a': 1 }")).toBe(`1:3 expected a "key" here, found "'"`);
    expect(at('{ "a": 1 } x')).toBe('1:12 unexpected "x" after the end');
  });

  it('never points inside JSON that JSON.parse accepts (property, JSON.parse as the oracle)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom(0, 2), (value, indent) => {
        const text = JSON.stringify(value, null, indent);
        expect(jsonError(text).offset).toBe(text.length);
      }),
      { seed: 7, numRuns: 500 },
    );
  });

  it('survives deep nesting without recursion', () => {
    expect(at('['.repeat(200_000))).toBe('1:200001 the file ends too early');
  });
});
