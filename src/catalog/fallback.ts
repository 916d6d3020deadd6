/**
 * Where a string missing in one language is looked for next: the same language in the closest
 * variety that exists in the same script (pt-PT → pt-BR, zh-HK → zh-TW, zh-SG → zh-CN; the
 * language's usual region first), then the reader's other languages (`LANGUAGE=zh_TW:zh_CN`), and
 * English last. A reader never sees a key.
 */
import { compareNames } from '../text/name-order.js';
import { SOURCE_LOCALE } from './versions.js';
import { hasText } from './entry-kind.js';
import { writtenLanguage } from '../parse/locale.js';

// i18next asks for the chain on every lookup: both steps are remembered (few tags, many calls).
const maximizedTags = new Map<string, Intl.Locale | undefined>();
const chains = new Map<string, string[]>();

function maximized(tag: string): Intl.Locale | undefined {
  if (!maximizedTags.has(tag)) {
    let locale: Intl.Locale | undefined;
    try {
      locale = new Intl.Locale(tag).maximize();
    } catch {
      locale = undefined;
    }
    maximizedTags.set(tag, locale);
  }
  return maximizedTags.get(tag);
}

export function fallbackChain(code: string, available: readonly string[]): string[] {
  const id = `${code}\0${available.join('\0')}`;
  let chain = chains.get(id);
  if (!chain) {
    chain = computeChain(code, available);
    chains.set(id, chain);
  }
  return [...chain];
}

/**
 * A tag's language, aliases resolved (iw → he), as maximizing it would say, without ICU's
 * likely-subtags data unless the language is undetermined (`und-Hant` is Chinese).
 */
function languageOf(tag: string): string | undefined {
  let language: string | undefined;
  try {
    // V8 leaves the language out of an undetermined tag (`und`).
    language = new Intl.Locale(tag).language as string | undefined;
  } catch {
    return undefined;
  }
  const named = language === undefined || language === 'und' ? maximized(tag)?.language : language;
  return named === undefined ? undefined : writtenLanguage(named);
}

function computeChain(code: string, available: readonly string[]): string[] {
  const language = languageOf(code);
  if (language === undefined) return [SOURCE_LOCALE];
  // Tags of the same language are the only candidates: most readers' language has one locale,
  // and then no tag is maximized (the first maximize loads ICU's likely subtags, ~7 ms).
  const candidates = available.filter((tag) => tag !== code && languageOf(tag) === language);
  const wanted = candidates.length > 0 ? maximized(code) : undefined;
  if (!wanted) return [SOURCE_LOCALE];
  const usual = maximized(wanted.language);
  const siblings = candidates
    // Another script is another writing system (zh-TW readers are not served zh-CN): English then.
    .filter((tag) => maximized(tag)?.script === wanted.script)
    .map((tag) => ({ tag, rank: maximized(tag)!.region === usual?.region ? 0 : 1 }))
    .sort((a, b) => a.rank - b.rank || compareNames(a.tag, b.tag))
    .map(({ tag }) => tag);
  return [...new Set([...siblings, SOURCE_LOCALE])].filter((tag) => tag !== code || tag === SOURCE_LOCALE);
}

/**
 * Which of an article's languages (its strings by locale) a reader of `read` (their language and
 * those it falls back to) is given: those of them that have its text, or else the first of its
 * own that has, by name (an article written in French only, whose en-US is at most its code; one
 * language, not all: 500 plain articles in 60 locales each, listed in English, read 60 × 500
 * titles and their files, 1.1 → 4.5 s). An article with no English at all adds its first language
 * after the reader's, for the sentences theirs lacks. The languages read are looked at first: a
 * look at a long article's strings lists all its keys.
 */
export function languagesToRead(strings: Iterable<readonly [string, Readonly<Record<string, unknown>>]>, read: ReadonlySet<string>): string[] {
  const all = [...strings];
  const shared = all.filter(([locale, messages]) => read.has(locale) && hasText(messages)).map(([locale]) => locale);
  // An article with no English (plain translations only): the reader's version may lack a sentence
  // the reference has (a step fewer, an intro laid out otherwise), and English cannot stand in for
  // it. The reference (the first of its languages by name, see canonicalDocument) does, last.
  if (shared.length > 0 && all.some(([locale, messages]) => locale === SOURCE_LOCALE && hasText(messages))) return shared;
  const own = all
    .filter(([locale]) => !read.has(locale))
    .sort(([a], [b]) => compareNames(a, b))
    .find(([, messages]) => hasText(messages))?.[0];
  return own === undefined ? shared : [...shared, own];
}
