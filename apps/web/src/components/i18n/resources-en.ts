import checkinsEn from '../../features/checkins/i18n/en.json';
import practiceEn from '../../features/practice/i18n/en.json';
import en from './en.json';
import type { Bundle } from './resources';

/** English, in its own chunk: loaded before the first render only for who chose it. */
export const english = {
  translation: en,
  practice: practiceEn,
  checkins: checkinsEn,
} as const satisfies Bundle;
