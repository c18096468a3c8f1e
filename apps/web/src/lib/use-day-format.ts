import { useTranslation } from 'react-i18next';
import { fromDay } from './dates';

/** Days the way the person's language says them: "12 mei", "maandag 12 mei". */
export function useDayFormat() {
  const { i18n } = useTranslation();
  const locale = i18n.resolvedLanguage === 'en' ? 'en-GB' : 'nl-NL';
  const short = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short' });
  const long = new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long' });
  const full = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric' });
  return {
    locale,
    short: (day: string) => short.format(fromDay(day)),
    long: (day: string) => long.format(fromDay(day)),
    /** An ISO timestamp or a yyyy-mm-dd day as "12 mei 2026". */
    date: (value: string) => full.format(value.length === 10 ? fromDay(value) : new Date(value)),
  };
}
