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
  // Strings added or replaced (a resource file reloaded) re-render too.
  const [, setVersion] = useState(0);
  useEffect(() => {
    const changed = (lng: string) => setLanguage(lng);
    const added = () => setVersion((v) => v + 1);
    instance.on('languageChanged', changed);
    instance.store.on('added', added);
    return () => {
      instance.off('languageChanged', changed);
      instance.store.off('added', added);
    };
  }, [instance]);
  return { ...translator(instance, language), i18n: instance };
}
