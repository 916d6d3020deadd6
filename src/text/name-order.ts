/**
 * The order of names (slugs, locale tags, paths) for listings: English alphabetical order, as
 * `Intl.Collator('en')` gives it, on every machine. `localeCompare` without a locale follows the
 * process's (under Danish, "aa" sorts after "z"), and its first call loads ICU's collation data,
 * ~7 ms of a flow's first frame. Names of ASCII letters, digits, spaces and `_ - . /` (nearly
 * all) are compared here as the collator would: letters and digits, case aside, then lowercase
 * before uppercase; anything else asks the collator. Names the collator holds equal (`é` composed
 * or not) are ordered by their code units: every name has one place, so a sort is the same in any
 * process, whatever order the names came in.
 */
const SIMPLE = /^[A-Za-z0-9 _\-./]*$/;
// The collator's order of the punctuation above, then digits, then letters: the code points of
// digits and lowercase letters keep their order, the rest are moved below the digits.
const RANK: Record<string, number> = { ' ': 0x20, _: 0x21, '-': 0x22, '.': 0x23, '/': 0x24 };

let collator: Intl.Collator | undefined;

export function compareNames(a: string, b: string): number {
  if (a === b) return 0;
  if (!SIMPLE.test(a) || !SIMPLE.test(b)) return (collator ??= new Intl.Collator('en')).compare(a, b) || (a < b ? -1 : 1);
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const difference = rank(a[i]!) - rank(b[i]!);
    if (difference !== 0) return difference < 0 ? -1 : 1;
  }
  if (a.length !== b.length) return a.length < b.length ? -1 : 1;
  // The same but for case: the first difference decides, lowercase first.
  for (let i = 0; i < length; i++) if (a[i] !== b[i]) return a[i]! > b[i]! ? -1 : 1;
  return 0;
}

function rank(c: string): number {
  return RANK[c] ?? c.toLowerCase().charCodeAt(0);
}
