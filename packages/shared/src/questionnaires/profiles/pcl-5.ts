import type { ScoringProfile } from '../scoring-profile';
import { sumSubscale } from './sum-subscale';

/**
 * PCL-5 (Weathers et al. 2013, National Center for PTSD). Twenty items scored 0–4, total 0–80;
 * cluster sums B 1–5, C 6–7, D 8–14, E 15–20. Provisional DSM-5 pattern: an item rated 2
 * ("moderately") or higher counts as endorsed; at least 1 B, 1 C, 2 D and 2 E items.
 * Cut-off 31–33 for probable PTSD (NCPTSD; comorbidityguidelines.org.au); there are no
 * empirically derived severity ranges, so there are only two bands and we start the upper one
 * at 33, the top of that range. Reliability α = .94 (Blevins et al. 2015, J Trauma Stress
 * 28:489–498). Norm SD 12.40 (PMC7443209, table 3). At most two missing items, prorated: the
 * project's choice. No LOINC code we could check: matched by our own canonical url.
 */
export const PCL5_PROFILE: ScoringProfile = {
  id: 'pcl-5',
  title: 'PCL-5',
  canonicals: ['urn:oefenruimte:instrument:pcl-5'],
  codes: [],
  itemCount: 20,
  itemRange: { min: 0, max: 4 },
  reverseItems: [],
  scales: [
    {
      id: 'total',
      label: 'Totaalscore',
      items: Array.from({ length: 20 }, (_, i) => i + 1),
      method: 'sum',
      maxMissing: 2,
      missing: 'prorate',
      higherIsBetter: false,
      reliability: 0.94,
      normSd: 12.4,
      bands: [
        {
          from: 0,
          label: 'Minder klachten',
          meaning: 'Je had minder last van de nare ervaring dan waar de grens van deze lijst ligt.',
        },
        {
          from: 33,
          label: 'Veel klachten',
          meaning:
            'Je had veel last van de nare ervaring. Bespreek met je behandelaar wat dit betekent.',
        },
      ],
    },
    sumSubscale('B', 'Herbelevingen (B)', [1, 2, 3, 4, 5]),
    sumSubscale('C', 'Vermijding (C)', [6, 7]),
    sumSubscale('D', 'Denken en stemming (D)', [8, 9, 10, 11, 12, 13, 14]),
    sumSubscale('E', 'Alertheid en reacties (E)', [15, 16, 17, 18, 19, 20]),
  ],
  criticalItems: [],
  rules: [
    {
      id: 'dsm5-pattern',
      label: 'Patroon volgens de DSM-5-regel (voorlopig, geen diagnose)',
      meaning: 'De antwoorden passen bij het patroon dat een behandelaar verder onderzoekt.',
      endorsedAt: 2,
      groups: [
        { label: 'B', items: [1, 2, 3, 4, 5], atLeast: 1 },
        { label: 'C', items: [6, 7], atLeast: 1 },
        { label: 'D', items: [8, 9, 10, 11, 12, 13, 14], atLeast: 2 },
        { label: 'E', items: [15, 16, 17, 18, 19, 20], atLeast: 2 },
      ],
    },
  ],
  sources: [
    'Blevins CA, Weathers FW, Davis MT, Witte TK, Domino JL. The PCL-5. J Trauma Stress 2015;28:489-498.',
    'National Center for PTSD, PTSD Checklist for DSM-5 (PCL-5), scoring.',
  ],
  licence:
    'Public domain (US Department of Veterans Affairs). Obtain it and translations via the National Center for PTSD (ptsd.va.gov).',
};
