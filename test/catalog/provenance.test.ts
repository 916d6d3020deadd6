/**
 * A provenance file tells a translator's hand edit apart by the hash of the value docflow last
 * wrote: that hash must not change from one version of docflow to the next (or every string of
 * every committed provenance file would read as edited by hand).
 */
import { describe, expect, it } from 'vitest';
import { valueHash } from '../../src/catalog/provenance.js';

describe('valueHash', () => {
  it('is the SHA-1 of the value’s UTF-8 bytes, as sha1sum gives it, cut to 12 hex digits', () => {
    // `printf '%s' 'Sélectionnez **Mettre à jour** – d’accord 中文' | sha1sum`
    expect(valueHash('Sélectionnez **Mettre à jour** – d’accord 中文')).toBe('884c92fc7033');
    // `printf '' | sha1sum`
    expect(valueHash('')).toBe('da39a3ee5e6b');
  });
});
