/**
 * The i18next instance of the app, and a render on every language change: switching the locale
 * is `i18n.changeLanguage()` and nothing else moves.
 */
import type { i18n } from 'i18next';
import { createContext, useContext, useEffect, useState } from 'react';
import { translator, type Translator } from '../../catalog/i18n.js';

export const I18nContext = createContext<i18n | undefined>(undefined);

export function useTranslation(): Translator & { i18n: i18n } {
  const instance = useContext(I18nContext);
  if (!instance) throw new Error('useTranslation needs an I18nContext provider');
  const [language, setLanguage] = useState(instance.language);
  useEffect(() => {
    const changed = (lng: string) => setLanguage(lng);
    instance.on('languageChanged', changed);
    return () => instance.off('languageChanged', changed);
  }, [instance]);
  return { ...translator(instance, language), i18n: instance };
}
