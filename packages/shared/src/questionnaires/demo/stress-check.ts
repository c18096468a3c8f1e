import type { Questionnaire } from '../fhir';
import type { ScoringProfile } from '../scoring-profile';
import { choiceItem, demoQuestionnaire } from './build';

/**
 * The project's own demo instrument (not a published one): six statements about the past
 * week, 0–4. Statement 3 is worded the other way round and reverse-scored; statement 6 is the
 * critical item. Its reliability and norm SD are illustrative figures for the demo and tests,
 * not measured: never use this instrument to judge anyone's change.
 */
export const STRESS_CHECK_URL = 'urn:oefenruimte:instrument:stress-check';

const HOW_MUCH = [
  ['0', 'Helemaal niet', 0],
  ['1', 'Een beetje', 1],
  ['2', 'Best wel', 2],
  ['3', 'Veel', 3],
  ['4', 'Heel erg', 4],
] as const;

export const STRESS_CHECK_QUESTIONNAIRE: Questionnaire = demoQuestionnaire(
  STRESS_CHECK_URL,
  'StressCheck',
  'Stress-check',
  [
    {
      linkId: 'intro',
      type: 'display',
      text: 'Deze vragen gaan over de afgelopen week. Er zijn geen goede of foute antwoorden, en je mag elke vraag overslaan.',
    },
    choiceItem('spanning-lijf', 'Mijn lijf voelde gespannen aan.', HOW_MUCH),
    choiceItem('piekeren', "Ik lag 's nachts wakker van mijn gedachten.", HOW_MUCH),
    choiceItem('tot-rust', 'Als ik rustig wilde worden, lukte me dat.', HOW_MUCH),
    choiceItem('van-slag', 'Kleine dingen brachten me snel van slag.', HOW_MUCH),
    choiceItem('te-veel', 'Alles bij elkaar werd het me te veel.', HOW_MUCH),
    choiceItem('mezelf-pijn', 'Ik dacht erover mezelf pijn te doen.', HOW_MUCH),
  ],
);

export const STRESS_CHECK_PROFILE: ScoringProfile = {
  id: 'stress-check',
  title: 'Stress-check',
  canonicals: [STRESS_CHECK_URL],
  codes: [],
  itemCount: 6,
  itemRange: { min: 0, max: 4 },
  reverseItems: [3],
  scales: [
    {
      id: 'total',
      label: 'Stress',
      items: [1, 2, 3, 4, 5, 6],
      method: 'sum',
      maxMissing: 2,
      missing: 'prorate',
      higherIsBetter: false,
      reliability: 0.8,
      normSd: 4,
      bands: [
        {
          from: 0,
          label: 'Weinig stress',
          meaning: 'Je had de afgelopen week weinig last van stress.',
        },
        { from: 8, label: 'Wat stress', meaning: 'Je had de afgelopen week wat last van stress.' },
        {
          from: 16,
          label: 'Veel stress',
          meaning: 'Je had veel last van stress. Fijn om daar samen naar te kijken.',
        },
      ],
    },
  ],
  criticalItems: [
    { item: 6, atLeast: 1, reason: 'Vraag 6 gaat over gedachten om jezelf pijn te doen.' },
  ],
  rules: [],
  sources: ['Own demo instrument of the project; figures are illustrative.'],
  licence: 'Part of this project (AGPL-3.0-or-later).',
};
