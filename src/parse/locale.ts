/**
 * Locale tags: `fr_FR.UTF-8`, `fr-fr` and `FR-fr` all mean `fr-FR`.
 */

const normalized = new Map<string, string | undefined>();

/** Canonical BCP 47 casing (`zh-hans-cn` → `zh-Hans-CN`); undefined for `C`, `POSIX` or junk. */
export function normalizeLocale(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  // Asked for every folder name of locales/ per article: the few distinct names once each.
  if (normalized.has(raw)) return normalized.get(raw);
  const canonical = canonicalLocale(raw);
  if (normalized.size < 1000) normalized.set(raw, canonical);
  return canonical;
}

function canonicalLocale(raw: string): string | undefined {
  const bare = raw.split(/[.@]/)[0]!.replace(/_/g, '-').trim();
  if (!/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(bare)) return undefined;
  if (/^(c|posix)$/i.test(bare)) return undefined;
  const [language, ...rest] = bare.split('-');
  const subtags = rest.map((tag) => {
    if (tag.length === 2 || /^\d{3}$/.test(tag)) return tag.toUpperCase();
    if (tag.length === 4) return tag[0]!.toUpperCase() + tag.slice(1).toLowerCase();
    return tag.toLowerCase();
  });
  return [language!.toLowerCase(), ...subtags].join('-');
}

/** The locale of the environment, as a user's shell declares it (LC_ALL > LC_MESSAGES > LANG). */
export function environmentLocale(env: NodeJS.ProcessEnv = process.env): string | undefined {
  return environmentLocales(env)[0];
}

/**
 * The languages the environment asks for, in order: GNU `LANGUAGE` (`zh_TW:zh_CN:en`, a list of
 * preferences, ignored when the locale is explicitly `C` or `POSIX`, as gettext does), then the
 * first of LC_ALL, LC_MESSAGES and LANG.
 */
export function environmentLocales(env: NodeJS.ProcessEnv = process.env): string[] {
  const set = (['LC_ALL', 'LC_MESSAGES', 'LANG'] as const).map((name) => env[name]).find((value) => value !== undefined && value !== '');
  const plainC = set !== undefined && /^(c|posix)(\..*)?$/i.test(set);
  const listed = plainC ? [] : (env.LANGUAGE ?? '').split(':').map((part) => normalizeLocale(part)).filter((tag): tag is string => tag !== undefined);
  const main = normalizeLocale(set);
  return [...new Set([...listed, ...(main ? [main] : [])])];
}

/**
 * The best of `available` for a wanted locale: exact, then the same language in the same script
 * (`fr` or `fr-CA` → `fr-FR`; `zh-HK` → `zh-TW`, never `zh-CN`: Traditional and Simplified
 * Chinese are different writing), else undefined.
 */
export function matchLocale(wanted: string | undefined, available: readonly string[]): string | undefined {
  const tag = normalizeLocale(wanted);
  if (!tag) return undefined;
  const exact = available.find((l) => l.toLowerCase() === tag.toLowerCase());
  if (exact) return exact;
  return sameLanguage(tag, available)[0];
}

/** The locales of `available` in the tag's language and script (`fr` → fr-CA, fr-FR; `zh-HK` → zh-TW; `no` → nb-NO). */
export function sameLanguage(tag: string, available: readonly string[]): string[] {
  const language = writtenLanguage(tag.split('-')[0]!);
  const script = scriptOf(tag);
  return available.filter((l) => writtenLanguage(l.split('-')[0]!) === language && scriptOf(l) === script);
}

/**
 * A language subtag as the language its text is written in. Norwegian `no` (the macrolanguage:
 * glibc's `no_NO`, and what many teams name their folder) is written as Bokmål, `nb` (CLDR's `no`
 * data is Bokmål's), so a reader of one reads the other; Nynorsk (`nn`) stays a language of its own.
 */
export function writtenLanguage(language: string): string {
  const lower = language.toLowerCase();
  return lower === 'no' ? 'nb' : lower;
}

/**
 * Whether two tags name one locale, one written with the subtags the other leaves to likely
 * values: `zh-Hant-TW` and `zh-TW`, `sr-Cyrl-RS` and `sr-RS` (`es-MX` and `es-ES` are two).
 */
export function sameLocale(a: string, b: string): boolean {
  const full = (tag: string) => {
    try {
      return new Intl.Locale(tag).maximize().toString().toLowerCase();
    } catch {
      return tag.toLowerCase();
    }
  };
  return full(a) === full(b);
}

/** The script a tag is written in, explicit or likely (`zh-TW` → Hant, `sr-RS` → Cyrl). */
export function scriptOf(tag: string): string | undefined {
  try {
    return new Intl.Locale(tag).maximize().script;
  } catch {
    return undefined;
  }
}

/** An article's locale: `ms.contentlocale` of its front matter, else the folder's, else en-US. */
export function documentLocale(frontmatter: Record<string, unknown>, fallback: string | undefined): string {
  const declared = frontmatter['ms.contentlocale'];
  return normalizeLocale(typeof declared === 'string' ? declared : undefined) ?? normalizeLocale(fallback) ?? 'en-US';
}
