/**
 * A pseudo-locale for testing screens and checklists: every string accented (still readable),
 * about 35% longer and bracketed, so a truncated, concatenated or hard-coded string shows at a
 * glance, while its markup and placeholders stay exactly as they were.
 */

const ACCENTS: Record<string, string> = {
  a: 'á', b: 'ƀ', c: 'ç', d: 'ð', e: 'é', f: 'ƒ', g: 'ĝ', h: 'ĥ', i: 'í', j: 'ĵ', k: 'ķ', l: 'ļ', m: 'ɱ',
  n: 'ñ', o: 'ö', p: 'þ', q: 'ǫ', r: 'ŕ', s: 'š', t: 'ţ', u: 'û', v: 'ṽ', w: 'ŵ', x: 'ẋ', y: 'ý', z: 'ž',
  A: 'Á', B: 'Ɓ', C: 'Ç', D: 'Ð', E: 'É', F: 'Ƒ', G: 'Ĝ', H: 'Ĥ', I: 'Í', J: 'Ĵ', K: 'Ķ', L: 'Ļ', M: 'Ṁ',
  N: 'Ñ', O: 'Ö', P: 'Þ', Q: 'Ǫ', R: 'Ŕ', S: 'Š', T: 'Ţ', U: 'Û', V: 'Ṽ', W: 'Ŵ', X: 'Ẋ', Y: 'Ý', Z: 'Ž',
};

// What must come through untouched: code spans, link and image targets, autolinks, HTML tags,
// entities, i18next interpolation and nesting, format placeholders, backslash escapes.
const PROTECTED = /`+[^`]*`+|\]\([^)]*\)|<[^>\s][^>]*>|&#?\w+;|\{\{[^}]*\}\}|\$t\([^)]*\)|\{\d+\}|%[sd]|\\./g;

export const PSEUDO_LOCALE = 'qps-Ploc';

/**
 * Whether a tag is BCP 47 private use, which no real language's translations have: a language
 * qaa–qtz (qps-Ploc, qps-plocm) or a region AA, QM–QZ, XA–XZ, ZZ (en-XA, ar-XB). `pseudo` writes
 * only such a locale: `--locale fr-FR` wrote pseudo text over every French string, the app's
 * hand-translated ui.json too.
 */
export function isPrivateUse(tag: string): boolean {
  const [language = '', ...subtags] = tag.split('-');
  return /^q[a-t][a-z]$/i.test(language) || subtags.some((subtag) => /^(?:AA|Q[M-Z]|X[A-Z]|ZZ)$/i.test(subtag));
}

function accent(text: string): string {
  return text.replace(/[A-Za-z]/g, (c) => ACCENTS[c]!);
}

export function pseudoLocalize(text: string): string {
  let out = '';
  let letters = 0;
  let last = 0;
  for (const match of text.matchAll(PROTECTED)) {
    const plain = text.slice(last, match.index);
    letters += (plain.match(/\p{L}/gu) ?? []).length;
    out += accent(plain) + match[0];
    last = match.index + match[0].length;
  }
  const tail = text.slice(last);
  letters += (tail.match(/\p{L}/gu) ?? []).length;
  out += accent(tail);
  if (letters === 0) return text;
  // Brackets show where a string ends; the padding makes it as long as a long language would.
  // The spaces at its ends stay outside them, where the English has them (the article's layout).
  const [, lead, body, trail] = /^(\s*)([\s\S]*?)(\s*)$/.exec(out)!;
  // A star or underscore run before punctuation (`*\*See also**`) would, after the bracket (itself
  // punctuation), both open and close, and CommonMark's rule of 3 would unpair it: a space keeps it.
  const gap = /^[*_]+[\p{P}\p{S}]/u.test(body!) ? ' ' : '';
  return `${lead}⟦${gap}${body} ${'·'.repeat(Math.max(1, Math.round(text.length * 0.35) - 3))}⟧${trail}`;
}

/** Every string of a resource file, pseudo-localized. */
/**
 * The pseudo-locale of strings in layers, each over the ones before (the article's English, then
 * locales/en-US), every string made once: a 20 MB article's English was copied, layered, then
 * made again as pairs.
 */
export function pseudoMessages(...layers: readonly Readonly<Record<string, string>>[]): Record<string, string> {
  // No prototype: `__proto__` is a key like any other.
  const out = Object.create(null) as Record<string, string>;
  layers.forEach((messages, i) => {
    const later = layers.slice(i + 1);
    for (const key of Object.keys(messages)) if (!later.some((layer) => Object.hasOwn(layer, key))) out[key] = pseudoLocalize(messages[key]!);
  });
  return out;
}
