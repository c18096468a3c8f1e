import { useTranslation } from 'react-i18next';
import en from './en.json';
import nl from './nl.json';

/**
 * The homework texts (library, builder, player, review) travel with the homework screens
 * instead of every page's first download: added to i18next the first time one of them draws.
 * Typed like every namespace (components/i18n/i18next.d.ts).
 */
export function useHomeworkTranslation() {
  const { i18n } = useTranslation();
  if (!i18n.hasResourceBundle('nl', 'homework')) {
    i18n.addResourceBundle('nl', 'homework', nl);
    i18n.addResourceBundle('en', 'homework', en);
  }
  return useTranslation('homework');
}
