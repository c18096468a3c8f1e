import { useTranslation } from 'react-i18next';
import en from './en.json';
import nl from './nl.json';

/**
 * The offline app's texts travel with its (lazy) screens instead of the first download: they
 * are added to i18next the first time one of them draws. Typed like every namespace
 * (components/i18n/i18next.d.ts).
 */
export function usePwaTranslation() {
  const { i18n } = useTranslation();
  if (!i18n.hasResourceBundle('nl', 'pwa')) {
    i18n.addResourceBundle('nl', 'pwa', nl);
    i18n.addResourceBundle('en', 'pwa', en);
  }
  return useTranslation('pwa');
}
