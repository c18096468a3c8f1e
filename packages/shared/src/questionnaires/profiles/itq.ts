import type { PatternRule, ScoringProfile } from '../scoring-profile';
import { sumSubscale } from './sum-subscale';

const pairs = (labels: string[], first: number) =>
  labels.map((label, i) => ({ label, items: [first + 2 * i, first + 2 * i + 1], atLeast: 1 }));

const ENDORSED = 2;
const NO_DIAGNOSIS =
  'Dit is een patroon in de antwoorden, geen diagnose; een behandelaar bespreekt het met je.';

const rules: PatternRule[] = [
  {
    id: 'ptsd-criteria',
    label: 'PTSS-kenmerken (ICD-11) aanwezig',
    meaning: NO_DIAGNOSIS,
    endorsedAt: ENDORSED,
    groups: [
      ...pairs(['Herbeleven nu', 'Vermijden', 'Gevoel van dreiging'], 1),
      { label: 'Beperking in het dagelijks leven (PTSS)', items: [7, 8, 9], atLeast: 1 },
    ],
  },
  {
    id: 'dso-criteria',
    label: 'Kenmerken van verstoorde zelfregulatie (DSO) aanwezig',
    meaning: NO_DIAGNOSIS,
    endorsedAt: ENDORSED,
    groups: [
      ...pairs(['Gevoelens reguleren', 'Negatief zelfbeeld', 'Moeite in relaties'], 10),
      { label: 'Beperking in het dagelijks leven (DSO)', items: [16, 17, 18], atLeast: 1 },
    ],
  },
  {
    id: 'cptsd-pattern',
    label: 'Patroon complexe PTSS (ICD-11, voorlopig)',
    meaning: NO_DIAGNOSIS,
    endorsedAt: ENDORSED,
    groups: [],
    requires: ['ptsd-criteria', 'dso-criteria'],
  },
  {
    id: 'ptsd-pattern',
    label: 'Patroon PTSS (ICD-11, voorlopig)',
    meaning: NO_DIAGNOSIS,
    endorsedAt: ENDORSED,
    groups: [],
    requires: ['ptsd-criteria'],
    unless: ['dso-criteria'],
  },
];

/**
 * ITQ (Cloitre et al. 2018, Acta Psychiatr Scand, doi 10.1111/acps.12956). Eighteen items
 * scored 0–4 in the published order: P1–P6 PTSD symptoms (pairs: re-experiencing, avoidance,
 * sense of threat), P7–P9 PTSD functional impairment, C1–C6 DSO symptoms (pairs: affective
 * dysregulation, negative self-concept, disturbed relationships), C7–C9 DSO functional
 * impairment. Endorsed means ≥ 2. PTSD: one of each PTSD pair plus one PTSD impairment item;
 * CPTSD: PTSD criteria plus one of each DSO pair plus one DSO impairment item; one person gets
 * either PTSD or CPTSD, never both. Sum scores (PTSD 0–24, DSO 0–24) are shown without bands
 * or RCI: we found no norm SD we could check.
 * No LOINC code we could check: matched by our own canonical url.
 */
export const ITQ_PROFILE: ScoringProfile = {
  id: 'itq',
  title: 'ITQ',
  canonicals: ['urn:oefenruimte:instrument:itq'],
  codes: [],
  itemCount: 18,
  itemRange: { min: 0, max: 4 },
  reverseItems: [],
  scales: [
    sumSubscale('ptsd', 'PTSS-klachten', [1, 2, 3, 4, 5, 6]),
    sumSubscale('dso', 'Zelfregulatie-klachten (DSO)', [10, 11, 12, 13, 14, 15]),
  ],
  criticalItems: [],
  rules,
  sources: [
    'Cloitre M, Shevlin M, Brewin CR, et al. The International Trauma Questionnaire. Acta Psychiatr Scand 2018;138:536-546.',
  ],
  licence:
    'Freely available in the public domain; official versions and translations via the International Trauma Consortium (internationaltraumaconsortium.org).',
};
