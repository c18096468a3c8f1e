import { DEFAULT_LOCALE, isLocale, type Locale } from '@oefenruimte/shared';

/** Where the chosen language is remembered between visits. */
export const LOCALE_STORAGE_KEY = 'oefenruimte.locale';

export function readStoredLocale(): Locale {
  try {
    const stored = window.localStorage.getItem(LOCALE_STORAGE_KEY);
    return isLocale(stored) ? stored : DEFAULT_LOCALE;
  } catch {
    // Storage can be blocked (private mode, strict settings); Dutch is then the safe default.
    return DEFAULT_LOCALE;
  }
}

export function storeLocale(locale: Locale): void {
  try {
    window.localStorage.setItem(LOCALE_STORAGE_KEY, locale);
  } catch {
    // Not being able to remember the choice must never stop the switch itself.
  }
}
