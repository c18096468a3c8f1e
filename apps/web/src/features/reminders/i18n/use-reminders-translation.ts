import { useTranslation } from 'react-i18next';
import en from './en.json';
import nl from './nl.json';

/**
 * The reminder screen's texts travel with its (lazy) screens instead of the first download:
 * added to i18next the first time one of them draws. Typed like every namespace
 * (components/i18n/i18next.d.ts).
 */
export function useRemindersTranslation() {
  const { i18n } = useTranslation();
  if (!i18n.hasResourceBundle('nl', 'reminders')) {
    i18n.addResourceBundle('nl', 'reminders', nl);
    i18n.addResourceBundle('en', 'reminders', en);
  }
  return useTranslation('reminders');
}
