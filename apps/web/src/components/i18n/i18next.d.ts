import 'i18next';
import type nl from './nl.json';

// Typed keys: a t('…') call with a key that is not in nl.json fails to compile.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof nl };
  }
}
