import 'i18next';
import type accessLogNl from '../../features/access-log/i18n/nl.json';
import type authNl from '../../features/auth/i18n/nl.json';
import type checkinsNl from '../../features/checkins/i18n/nl.json';
import type homeworkNl from '../../features/homework/i18n/nl.json';
import type practiceNl from '../../features/practice/i18n/nl.json';
import type privacyNl from '../../features/privacy/i18n/nl.json';
import type reviewNl from '../../features/review/i18n/nl.json';
import type planNl from '../../features/safety-plan/i18n/nl.json';
import type pwaNl from '../../pwa/i18n/nl.json';
import type remindersNl from '../../features/reminders/i18n/nl.json';
import type questionnairesNl from '../../features/questionnaires/i18n/nl.json';
import type nl from './nl.json';

// Typed keys: a t('…') call with a key that is not in the Dutch file fails to compile.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: {
      translation: typeof nl;
      auth: typeof authNl;
      practice: typeof practiceNl;
      homework: typeof homeworkNl;
      checkins: typeof checkinsNl;
      privacy: typeof privacyNl;
      review: typeof reviewNl;
      accessLog: typeof accessLogNl;
      plan: typeof planNl;
      pwa: typeof pwaNl;
      reminders: typeof remindersNl;
      questionnaires: typeof questionnairesNl;
    };
  }
}
