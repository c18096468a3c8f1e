import accessLogEn from '../../features/access-log/i18n/en.json';
import checkinsEn from '../../features/checkins/i18n/en.json';
import practiceEn from '../../features/practice/i18n/en.json';
import privacyEn from '../../features/privacy/i18n/en.json';
import reviewEn from '../../features/review/i18n/en.json';
import en from './en.json';
import type { Bundle } from './resources';

/** English, in its own chunk: loaded before the first render only for who chose it. */
export const english = {
  translation: en,
  practice: practiceEn,
  checkins: checkinsEn,
  privacy: privacyEn,
  review: reviewEn,
  accessLog: accessLogEn,
} as const satisfies Bundle;
