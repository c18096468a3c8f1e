import { LOINC_SYSTEM } from '../fhir';
import type { ScoringProfile } from '../scoring-profile';

/**
 * PHQ-9. Nine items scored 0–3, total 0–27. Bands at 5, 10, 15 and 20 (Kroenke, Spitzer &
 * Williams 2001, J Gen Intern Med 16:606–613). Reliability: Cronbach's α = .89 (same paper).
 * Norm SD 3.5: German general population, Kocalevent et al. 2013 (mean 2.91, SD 3.5, as
 * tabulated in PMC7598559). At most one missing item, prorated: the project's choice.
 * LOINC 44249-1 is the PHQ-9 panel. Item 9 (about death and self-harm)
 * answered at all (≥ 1) leads to the safety screen.
 */
export const PHQ9_PROFILE: ScoringProfile = {
  id: 'phq-9',
  title: 'PHQ-9',
  canonicals: ['urn:oefenruimte:instrument:phq-9'],
  codes: [{ system: LOINC_SYSTEM, code: '44249-1' }],
  itemCount: 9,
  itemRange: { min: 0, max: 3 },
  reverseItems: [],
  scales: [
    {
      id: 'total',
      label: 'Totaalscore',
      items: [1, 2, 3, 4, 5, 6, 7, 8, 9],
      method: 'sum',
      maxMissing: 1,
      missing: 'prorate',
      higherIsBetter: false,
      reliability: 0.89,
      normSd: 3.5,
      bands: [
        {
          from: 0,
          label: 'Weinig klachten',
          meaning: 'Je hebt de afgelopen tijd weinig last gehad van sombere gevoelens.',
        },
        {
          from: 5,
          label: 'Wat klachten',
          meaning: 'Je hebt wat last gehad van sombere gevoelens of weinig zin.',
        },
        {
          from: 10,
          label: 'Flink wat klachten',
          meaning: 'Sombere gevoelens zaten je flink in de weg. Goed om te bespreken.',
        },
        {
          from: 15,
          label: 'Veel klachten',
          meaning: 'Je had veel last van sombere gevoelens. Bespreek dit met je behandelaar.',
        },
        {
          from: 20,
          label: 'Heel veel klachten',
          meaning: 'Je had heel veel last. Bespreek dit snel met je behandelaar.',
        },
      ],
    },
  ],
  criticalItems: [
    {
      item: 9,
      atLeast: 1,
      reason: 'Vraag 9 gaat over gedachten aan de dood of aan jezelf iets aandoen.',
    },
  ],
  rules: [],
  sources: [
    'Kroenke K, Spitzer RL, Williams JBW. The PHQ-9. J Gen Intern Med 2001;16:606-613.',
    'Kocalevent RD, Hinz A, Brähler E. Standardization of the depression screener PHQ-9 in the general population. Gen Hosp Psychiatry 2013.',
  ],
  licence:
    'Copyright Pfizer Inc., free to use; the official translations, Dutch among them, are free downloads at phqscreeners.com (check its terms).',
};
