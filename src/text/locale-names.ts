/**
 * Each locale's name in its own language, as a language menu shows it: "Français", "עברית",
 * "日本語". Where two locales share a language, the script (中文（简体）/ 中文（繁體）) or the region
 * (Português (Brasil) / Português (Portugal)) tells them apart.
 */
export function nativeName(locale: string, among: readonly string[] = []): string {
  let tag: Intl.Locale;
  try {
    tag = new Intl.Locale(locale);
  } catch {
    return locale;
  }
  const names = new Intl.DisplayNames([locale], { type: 'language', fallback: 'code' });
  const sharing = among.filter((other) => other !== locale && other.split('-')[0]!.toLowerCase() === tag.language);
  let name = names.of(tag.language) ?? locale;
  if (sharing.length > 0) {
    const script = tag.maximize().script;
    const scripts = new Set(sharing.map((other) => safeMaximize(other)?.script));
    const regions = new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' });
    const scriptNames = new Intl.DisplayNames([locale], { type: 'script', fallback: 'code' });
    const detail = script && !scripts.has(script) ? scriptNames.of(script) : tag.region ? regions.of(tag.region) : undefined;
    if (detail) name = `${name}${/^(?:zh|ja)$/.test(tag.language) ? `（${detail}）` : ` (${detail})`}`;
  }
  return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
}

function safeMaximize(locale: string): Intl.Locale | undefined {
  try {
    return new Intl.Locale(locale).maximize();
  } catch {
    return undefined;
  }
}

/** A locale's language, without its region or script: `pt-BR` → `pt` (the tag itself where it is not one). */
export function languageOf(locale: string): string {
  try {
    return new Intl.Locale(locale).language;
  } catch {
    return locale.split('-')[0]!.toLowerCase();
  }
}

/** A locale's language named in another's: `en-US` in German is "Englisch" (no region: the text's language is what a reader asks). */
export function languageName(locale: string, inLanguage: string): string {
  try {
    return new Intl.DisplayNames([inLanguage], { type: 'language', fallback: 'code' }).of(languageOf(locale)) ?? locale;
  } catch {
    return locale;
  }
}
