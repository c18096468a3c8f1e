import { useTranslation } from 'react-i18next';
import en from './en.json';
import nl from './nl.json';

/**
 * The questionnaires' texts travel with their (lazy) screens instead of the first download:
 * added to i18next the first time one of them draws. Typed like every namespace
 * (components/i18n/i18next.d.ts).
 */
export function useQuestionnairesTranslation() {
  const { i18n } = useTranslation();
  if (!i18n.hasResourceBundle('nl', 'questionnaires')) {
    i18n.addResourceBundle('nl', 'questionnaires', nl);
    i18n.addResourceBundle('en', 'questionnaires', en);
  }
  return useTranslation('questionnaires');
}
