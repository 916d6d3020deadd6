/** Whether a locale is written right to left (Hebrew, Arabic, Persian, Urdu, Yiddish…). */
const RTL_SCRIPTS = new Set(['Hebr', 'Arab', 'Syrc', 'Thaa', 'Nkoo', 'Adlm', 'Rohg']);

export function isRightToLeft(locale: string): boolean {
  try {
    const script = new Intl.Locale(locale).maximize().script;
    return script !== undefined && RTL_SCRIPTS.has(script);
  } catch {
    return false;
  }
}
