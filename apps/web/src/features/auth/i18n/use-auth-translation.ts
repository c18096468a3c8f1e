import { useTranslation } from 'react-i18next';
import en from './en.json';
import nl from './nl.json';

/**
 * The account texts (login, sign-up, second factor, sessions) travel with the account screens
 * instead of every page's first download: added to i18next the first time one of them draws.
 * Typed like every namespace (components/i18n/i18next.d.ts).
 */
export function useAuthTranslation() {
  const { i18n } = useTranslation();
  if (!i18n.hasResourceBundle('nl', 'auth')) {
    i18n.addResourceBundle('nl', 'auth', nl);
    i18n.addResourceBundle('en', 'auth', en);
  }
  return useTranslation('auth');
}
