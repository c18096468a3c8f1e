import { DEFAULT_LOCALE, isLocale, type Locale } from '@oefenruimte/shared';
import { useTranslation } from 'react-i18next';
import { switchLanguage } from './create-i18n';

/** The current language and a way to change it (persisting and <html lang> happen in createI18n). */
export function useLocale(): { locale: Locale; setLocale: (locale: Locale) => void } {
  const { i18n } = useTranslation();
  const locale = isLocale(i18n.resolvedLanguage) ? i18n.resolvedLanguage : DEFAULT_LOCALE;
  return { locale, setLocale: (next) => void switchLanguage(i18n, next) };
}
