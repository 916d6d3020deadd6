import { describe, expect, it } from 'vitest';
import { compacted } from '../../src/model/compact.js';
import { seed } from '../helpers.js';

describe('compacted', () => {
  it('keeps a parsed document as it was, its arrays copied', () => {
    const document = seed('fr-FR');
    const before = structuredClone(document);
    const steps = document.procedures[0]!.steps;
    const after = compacted(document);
    expect(after).toEqual(before);
    expect(after.procedures[0]!.steps).not.toBe(steps);
  });

  it('leaves what is not plain data alone', () => {
    const map = new Map([['a', [1]]]);
    const date = new Date(0);
    const value = compacted({ map, date, list: [{ n: 1 }], none: null, text: 'x' });
    expect(value.map).toBe(map);
    expect(value.map.get('a')).toEqual([1]);
    expect(value.date).toBe(date);
    expect(value).toEqual({ map, date, list: [{ n: 1 }], none: null, text: 'x' });
  });
});
