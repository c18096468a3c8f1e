import { useLazyTranslation } from '../../../components/i18n/use-lazy-translation';
import en from './en.json';
import nl from './nl.json';

/**
 * The account texts (login, sign-up, second factor, sessions) travel with the account screens
 * instead of every page's first download: added to i18next the first time one of them draws.
 * Typed like every namespace (components/i18n/i18next.d.ts).
 */
export function useAuthTranslation() {
  return useLazyTranslation('auth', { nl, en });
}
