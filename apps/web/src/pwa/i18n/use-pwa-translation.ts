import { useLazyTranslation } from '../../components/i18n/use-lazy-translation';
import en from './en.json';
import nl from './nl.json';

/**
 * The offline app's texts travel with its (lazy) screens instead of the first download: they
 * are added to i18next the first time one of them draws. Typed like every namespace
 * (components/i18n/i18next.d.ts).
 */
export function usePwaTranslation() {
  return useLazyTranslation('pwa', { nl, en });
}
