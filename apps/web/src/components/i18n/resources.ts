import authEn from '../../features/auth/i18n/en.json';
import checkinsEn from '../../features/checkins/i18n/en.json';
import checkinsNl from '../../features/checkins/i18n/nl.json';
import authNl from '../../features/auth/i18n/nl.json';
import homeworkEn from '../../features/homework/i18n/en.json';
import homeworkNl from '../../features/homework/i18n/nl.json';
import practiceEn from '../../features/practice/i18n/en.json';
import practiceNl from '../../features/practice/i18n/nl.json';
import en from './en.json';
import nl from './nl.json';

/**
 * Dutch is the source language: its files define which keys exist (see i18next.d.ts). Shared
 * words live in `translation`; each feature keeps its own namespace in its own folder.
 */
export const resources = {
  nl: {
    translation: nl,
    auth: authNl,
    practice: practiceNl,
    homework: homeworkNl,
    checkins: checkinsNl,
  },
  en: {
    translation: en,
    auth: authEn,
    practice: practiceEn,
    homework: homeworkEn,
    checkins: checkinsEn,
  },
} as const;

export const NAMESPACES = ['translation', 'auth', 'practice', 'homework', 'checkins'] as const;
