import { DEFAULT_LOCALE, isLocale, type Locale, LOCALES } from '@oefenruimte/shared';
import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { readStoredLocale, storeLocale } from './locale-storage';
import { type Bundle, dutch, loadEnglish, NAMESPACES } from './resources';

/**
 * One i18next instance per app (and per test). The language comes from the stored choice,
 * else Dutch; the browser's language is deliberately not guessed, Dutch is the product's home.
 * Pass `english` when the language is English, so the first render is already in English.
 */
export function createI18n(locale: Locale = readStoredLocale(), english?: Bundle): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources: { nl: dutch, ...(english ? { en: english } : {}) },
    ns: [...NAMESPACES],
    defaultNS: 'translation',
    lng: locale,
    fallbackLng: DEFAULT_LOCALE,
    supportedLngs: [...LOCALES],
    // Resources are given, so init finishes synchronously: no flash of untranslated keys.
    initAsync: false,
    interpolation: { escapeValue: false },
  });
  // Screen readers pick their voice from <html lang>, so it must follow the language.
  document.documentElement.lang = locale;
  // Registered after init, so only a person's own choice is remembered, not the default.
  instance.on('languageChanged', (lng) => {
    if (!isLocale(lng)) return;
    document.documentElement.lang = lng;
    storeLocale(lng);
  });
  return instance;
}

/** The texts a language needs, fetched when missing (only English ever is). */
export async function languageBundle(locale: Locale): Promise<Bundle | undefined> {
  return locale === 'en' ? loadEnglish() : undefined;
}

/** Switches language, first fetching its texts when this instance does not have them yet. */
export async function switchLanguage(instance: i18n, locale: Locale): Promise<void> {
  if (!instance.hasResourceBundle(locale, 'translation')) {
    const bundle = await languageBundle(locale);
    for (const namespace of NAMESPACES)
      if (bundle) instance.addResourceBundle(locale, namespace, bundle[namespace]);
  }
  await instance.changeLanguage(locale);
}
