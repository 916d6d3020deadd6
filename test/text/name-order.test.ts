/**
 * Names in listings sort as English alphabetical order (Intl.Collator('en')) has them, whether
 * compared here or by the collator, and whatever the process's own locale.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareNames } from '../../src/text/name-order.js';

const english = new Intl.Collator('en');
const sign = (n: number) => Math.sign(n);

describe('compareNames', () => {
  for (const [names, alphabet, runs] of [
    ['names of letters, digits and _ - . /', 'aAbBzZ09_-./ ', 20_000],
    ['any other names', 'aAéÉzZ0_-+@ßæøÅå中', 5_000],
  ] as const) {
    it(`orders ${names} as the English collator does`, () => {
      const name = fc.string({ unit: fc.constantFrom(...alphabet), maxLength: 8 });
      fc.assert(
        fc.property(name, name, (a, b) => {
          expect(sign(compareNames(a, b))).toBe(sign(english.compare(a, b)));
        }),
        { numRuns: runs },
      );
    });
  }

  it('gives names the collator holds equal an order of their own, the same both ways', () => {
    const [composed, decomposed] = ['caf\u00e9', 'cafe\u0301'];
    expect(english.compare(composed, decomposed)).toBe(0);
    expect(compareNames(composed, decomposed)).toBe(1);
    expect(compareNames(decomposed, composed)).toBe(-1);
    expect([composed, 'cafe', decomposed].sort(compareNames)).toEqual(['cafe', decomposed, composed]);
  });

  it('lists slugs case aside, lowercase first on a tie, and the same under any locale', () => {
    const slugs = ['enrichment-SFTP-custom-import', 'enrichment-azure-maps', 'Enrichment-sftp-custom-import', 'aa-guide', 'zeta', 'add_a_customer', 'add-a-customer', 'add.a', 'add a', 'add/a', 'add2'];
    expect([...slugs].sort(compareNames)).toEqual(['aa-guide', 'add a', 'add_a_customer', 'add-a-customer', 'add.a', 'add/a', 'add2', 'enrichment-azure-maps', 'enrichment-SFTP-custom-import', 'Enrichment-sftp-custom-import', 'zeta']);
    // Danish collation puts "aa" after "z"; names do not move with the reader's locale.
    expect(new Intl.Collator('da').compare('aa-guide', 'zeta')).toBe(1);
    expect(compareNames('aa-guide', 'zeta')).toBe(-1);
  });
});
