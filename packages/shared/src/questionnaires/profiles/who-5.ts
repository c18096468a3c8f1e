import type { ScoringProfile } from '../scoring-profile';

/**
 * WHO-5 Well-Being Index (Psychiatric Research Unit, Mental Health Centre North Zealand).
 * Five items scored 0–5; raw 0–25 × 4 gives a percentage 0–100, higher is better; no reverse
 * items. A percentage ≤ 50 is the usual screening cut-off and ≤ 28 suggests much lower
 * well-being (Topp et al. 2015, Psychother Psychosom 84:167–176). No missing items allowed
 * (no score): the project's choice, the raw-×-4 rule is defined for five answers.
 * No reliability/norm SD pair we could check, so no RCI is offered (the WHO-5 guidance speaks of
 * a 10-point change as meaningful; that is not an RCI). No LOINC code we could check: matched by
 * our own canonical url.
 */
export const WHO5_PROFILE: ScoringProfile = {
  id: 'who-5',
  title: 'WHO-5',
  canonicals: ['urn:oefenruimte:instrument:who-5'],
  codes: [],
  itemCount: 5,
  itemRange: { min: 0, max: 5 },
  reverseItems: [],
  scales: [
    {
      id: 'total',
      label: 'Welbevinden (%)',
      items: [1, 2, 3, 4, 5],
      method: 'sum',
      multiply: 4,
      maxMissing: 0,
      missing: 'no-score',
      higherIsBetter: true,
      reliability: null,
      normSd: null,
      bands: [
        {
          from: 0,
          label: 'Je voelt je vaak niet goed',
          meaning:
            'Je voelde je de afgelopen tijd weinig prettig. Bespreek dit met je behandelaar.',
        },
        {
          from: 29,
          label: 'Je voelt je minder goed',
          meaning: 'Je voelde je de afgelopen tijd minder goed dan je zou willen.',
        },
        {
          from: 51,
          label: 'Je voelt je redelijk tot goed',
          meaning: 'Je voelde je de afgelopen tijd vaak goed.',
        },
      ],
    },
  ],
  criticalItems: [],
  rules: [],
  sources: [
    'Topp CW, Østergaard SD, Søndergaard S, Bech P. The WHO-5 Well-Being Index: a systematic review. Psychother Psychosom 2015;84:167-176.',
  ],
  licence:
    'Free to use without permission when the source is mentioned; all language versions at psykiatri-regionh.dk/who-5.',
};
