import { LOINC_SYSTEM } from '../fhir';
import type { ScoringProfile } from '../scoring-profile';

/**
 * GAD-7. Seven items scored 0–3, total 0–21; bands at 5, 10 and 15 (Spitzer, Kroenke, Williams
 * & Löwe 2006, Arch Intern Med 166:1092–1097). Reliability: Cronbach's α = .92 (same paper).
 * Norm SD 3.4: German general population, Löwe et al. 2008 (mean 2.95, SD 3.4, as tabulated in
 * PMC7598559). At most one missing item, prorated: the project's choice. LOINC 69737-5.
 */
export const GAD7_PROFILE: ScoringProfile = {
  id: 'gad-7',
  title: 'GAD-7',
  canonicals: ['urn:oefenruimte:instrument:gad-7'],
  codes: [{ system: LOINC_SYSTEM, code: '69737-5' }],
  itemCount: 7,
  itemRange: { min: 0, max: 3 },
  reverseItems: [],
  scales: [
    {
      id: 'total',
      label: 'Totaalscore',
      items: [1, 2, 3, 4, 5, 6, 7],
      method: 'sum',
      maxMissing: 1,
      missing: 'prorate',
      higherIsBetter: false,
      reliability: 0.92,
      normSd: 3.4,
      bands: [
        {
          from: 0,
          label: 'Weinig klachten',
          meaning: 'Je hebt de afgelopen tijd weinig last gehad van zorgen of spanning.',
        },
        {
          from: 5,
          label: 'Wat klachten',
          meaning: 'Je hebt wat last gehad van zorgen, onrust of spanning.',
        },
        {
          from: 10,
          label: 'Flink wat klachten',
          meaning: 'Zorgen en spanning zaten je flink in de weg. Goed om te bespreken.',
        },
        {
          from: 15,
          label: 'Veel klachten',
          meaning: 'Je had veel last van zorgen en spanning. Bespreek dit met je behandelaar.',
        },
      ],
    },
  ],
  criticalItems: [],
  rules: [],
  sources: [
    'Spitzer RL, Kroenke K, Williams JBW, Löwe B. A brief measure for assessing generalized anxiety disorder: the GAD-7. Arch Intern Med 2006;166:1092-1097.',
    'Löwe B et al. Validation and standardization of the GAD-7 in the general population. Med Care 2008.',
  ],
  licence:
    'Copyright Pfizer Inc., free to use; the official translations, Dutch among them, are free downloads at phqscreeners.com (check its terms).',
};
