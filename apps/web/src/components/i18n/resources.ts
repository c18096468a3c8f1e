import en from './en.json';
import nl from './nl.json';

/** Dutch is the source language: its file defines which keys exist (see i18next.d.ts). */
export const resources = {
  nl: { translation: nl },
  en: { translation: en },
} as const;
