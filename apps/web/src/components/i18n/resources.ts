import accessLogNl from '../../features/access-log/i18n/nl.json';
import checkinsNl from '../../features/checkins/i18n/nl.json';
import practiceNl from '../../features/practice/i18n/nl.json';
import privacyNl from '../../features/privacy/i18n/nl.json';
import reviewNl from '../../features/review/i18n/nl.json';
import nl from './nl.json';

/**
 * Dutch is the source language: its files define which keys exist (see i18next.d.ts). Shared
 * words live in `translation`; each feature keeps its own namespace in its own folder. Dutch is
 * part of the first download; English (resources-en.ts) is fetched only by who chooses it.
 */
export const dutch = {
  translation: nl,
  practice: practiceNl,
  checkins: checkinsNl,
  privacy: privacyNl,
  review: reviewNl,
  accessLog: accessLogNl,
} as const;

export type Bundle = { readonly [Namespace in keyof typeof dutch]: object };

export const NAMESPACES = Object.keys(dutch) as (keyof typeof dutch)[];

export async function loadEnglish(): Promise<Bundle> {
  return (await import('./resources-en')).english;
}
