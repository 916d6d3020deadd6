/**
 * A locale's direction, held to ICU's likely script for it (the oracle), tags with a script,
 * a region, an underscore and nonsense included.
 */
import { describe, expect, it } from 'vitest';
import { isRightToLeft } from '../../src/text/direction.js';

const RTL_SCRIPTS = new Set(['Hebr', 'Arab', 'Syrc', 'Thaa', 'Nkoo', 'Adlm', 'Rohg']);
const byIcu = (locale: string) => {
  try {
    return RTL_SCRIPTS.has(new Intl.Locale(locale).maximize().script ?? '');
  } catch {
    return false;
  }
};

describe('locale direction', () => {
  it('says right to left for Hebrew, Arabic, Persian, Urdu and Yiddish, and left to right for the rest', () => {
    expect(['he-IL', 'he', 'ar-SA', 'fa-IR', 'ur-PK', 'yi', 'az-Arab', 'pa-PK'].filter((l) => !isRightToLeft(l))).toEqual([]);
    expect(['en-US', 'fr-FR', 'zh-CN', 'ja-JP', 'pa-IN', 'az-AZ', 'tr', 'ru-Latn'].filter((l) => isRightToLeft(l))).toEqual([]);
  });

  it('agrees with ICU on every language it knows, with and without a region or script', () => {
    const tags = ['en', 'fr', 'de', 'es', 'it', 'pt', 'nl', 'ja', 'ko', 'zh', 'ru', 'pl', 'sv', 'da', 'nb', 'no', 'fi', 'cs', 'sk', 'hu', 'ro', 'el', 'uk', 'bg', 'hr', 'sl', 'et', 'lv', 'lt', 'tr', 'id', 'vi', 'th', 'he', 'ar', 'fa', 'ur', 'ps', 'sd', 'ug', 'dv', 'ckb', 'ks', 'pa', 'uz', 'ms', 'az', 'ku', 'mn', 'sr'];
    const variants = tags.flatMap((t) => [t, `${t}-${t.toUpperCase()}`, `${t}-PK`, `${t}-AF`, `${t}-IR`, `${t}-BN`, `${t}-CN`, `${t}-Arab`, `${t}-Latn`, `${t}-Hebr-IL`, `${t}_FR`]);
    expect(variants.filter((tag) => isRightToLeft(tag) !== byIcu(tag))).toEqual([]);
    expect(isRightToLeft('not a locale')).toBe(false);
  });
});
