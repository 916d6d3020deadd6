/** What a key names, and whether strings hold an article's text or only what every language shares. */
import { describe, expect, it } from 'vitest';
import { entryKind, hasText } from '../../src/catalog/entry-kind.js';

describe('entryKind', () => {
  it('reads labels, code, literals, images and inputs off the key; anything else is a sentence', () => {
    expect(entryKind('proc-1.step-2.4.label-1')).toBe('label');
    expect(entryKind('proc-1.step-2.4.code-1')).toBe('code');
    expect(entryKind('intro.3.literal-2')).toBe('literal');
    expect(entryKind('proc-1.step-3.image-1')).toBe('image');
    expect(entryKind('input.customer-name')).toBe('input');
    expect(entryKind('title.1')).toBe('segment');
  });
});

describe('hasText', () => {
  it('is false for strings of code and labels only, as a plain French article’s en-US has, and true once a sentence is added', () => {
    const english: Record<string, string> = { 'proc-1.step-1.3.code-1': 'Get-AzADGroup', 'proc-1.step-2.4.label-1': 'Clients' };
    expect(hasText(english)).toBe(false);
    english['title.1'] = 'Restore admin privileges';
    expect(hasText(english)).toBe(true);
    expect(hasText({})).toBe(false);
  });
});
