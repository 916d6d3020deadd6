/** Whether a locale is written right to left (Hebrew, Arabic, Persian, Urdu, Yiddish…). */
const RTL_SCRIPTS = new Set(['Hebr', 'Arab', 'Syrc', 'Thaa', 'Nkoo', 'Adlm', 'Rohg']);

/**
 * Languages written left to right in every region, by their likely script: answered without
 * ICU's likely-subtags data, whose first use cost 6.5 ms of a flow's first frame. Any other
 * language, or a tag that names its script, is asked of Intl.
 */
const LEFT_TO_RIGHT = new Set(['en', 'fr', 'de', 'es', 'it', 'pt', 'nl', 'ja', 'ko', 'zh', 'ru', 'pl', 'sv', 'da', 'nb', 'no', 'fi', 'cs', 'sk', 'hu', 'ro', 'el', 'uk', 'bg', 'hr', 'sl', 'et', 'lv', 'lt', 'tr', 'id', 'vi', 'th']);

const known = new Map<string, boolean>();

export function isRightToLeft(locale: string): boolean {
  let answer = known.get(locale);
  if (answer === undefined) {
    const [language, second] = locale.toLowerCase().split(/[-_]/);
    const namesScript = second !== undefined && /^[a-z]{4}$/.test(second);
    answer = !namesScript && LEFT_TO_RIGHT.has(language!) ? false : likelyScriptIsRightToLeft(locale);
    known.set(locale, answer);
  }
  return answer;
}

function likelyScriptIsRightToLeft(locale: string): boolean {
  try {
    const script = new Intl.Locale(locale).maximize().script;
    return script !== undefined && RTL_SCRIPTS.has(script);
  } catch {
    return false;
  }
}
