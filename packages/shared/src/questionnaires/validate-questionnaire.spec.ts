import { choiceItem, demoQuestionnaire } from './demo/build';
import { STRESS_CHECK_QUESTIONNAIRE, STRESS_CHECK_URL } from './demo/stress-check';
import { ITEM_WEIGHT_URL, LOINC_SYSTEM, ORDINAL_VALUE_URL } from './fhir';
import { SCORING_PROFILES } from './profiles';
import { answersFromResponse } from './response-answers';
import { scoreAnswers } from './score';
import { validateQuestionnaire } from './validate-questionnaire';

// Placeholder texts only: the published item texts are not ours to copy.
const zeroToThree = [
  ['a', 'optie a', 0],
  ['b', 'optie b', 1],
  ['c', 'optie c', 2],
  ['d', 'optie d', 3],
] as const;
const placeholderItems = (count: number, options = zeroToThree) =>
  Array.from({ length: count }, (_, i) => choiceItem(`q${i + 1}`, `Vraag ${i + 1}`, options));

const issuesOf = (input: unknown) => {
  const check = validateQuestionnaire(input, SCORING_PROFILES);
  if (check.ok) throw new Error('expected a refusal');
  return check.issues.map((i) => [i.linkId, i.code]);
};

describe('importing a Questionnaire', () => {
  it('accepts the demo stress-check, numbering the six scorable items and skipping the display text', () => {
    const check = validateQuestionnaire(STRESS_CHECK_QUESTIONNAIRE, SCORING_PROFILES);
    if (!check.ok) throw new Error(JSON.stringify(check.issues));
    expect(check.profile.id).toBe('stress-check');
    expect(check.items.map((i) => [i.number, i.linkId, i.min, i.max])).toEqual([
      [1, 'spanning-lijf', 0, 4],
      [2, 'piekeren', 0, 4],
      [3, 'tot-rust', 0, 4],
      [4, 'van-slag', 0, 4],
      [5, 'te-veel', 0, 4],
      [6, 'mezelf-pijn', 0, 4],
    ]);
  });

  it('matches the PHQ-9 profile by its LOINC code and a versioned canonical url by the url', () => {
    const byCode = {
      ...demoQuestionnaire('https://example.org/q/eigen', 'Eigen', 'Eigen', placeholderItems(9)),
      code: [{ system: LOINC_SYSTEM, code: '44249-1' }],
    };
    const check = validateQuestionnaire(byCode, SCORING_PROFILES);
    expect(check.ok && check.profile.id).toBe('phq-9');
    const versioned = { ...STRESS_CHECK_QUESTIONNAIRE, url: `${STRESS_CHECK_URL}|2` };
    expect(validateQuestionnaire(versioned, SCORING_PROFILES).ok).toBe(true);
  });

  it('refuses what is not a Questionnaire', () => {
    expect(issuesOf({ resourceType: 'Patient' })).toEqual([[null, 'NOT_A_QUESTIONNAIRE']]);
    expect(issuesOf('tekst')).toEqual([[null, 'NOT_A_QUESTIONNAIRE']]);
    expect(issuesOf(null)).toEqual([[null, 'NOT_A_QUESTIONNAIRE']]);
  });

  it('gives a reason for every item it cannot score, not only the first', () => {
    const malformed = demoQuestionnaire(STRESS_CHECK_URL, 'Kapot', 'Kapot', [
      choiceItem('q1', 'Vraag 1', zeroToThree),
      choiceItem('q1', 'Vraag 2', zeroToThree),
      { linkId: 'vrij', type: 'string', text: 'Vertel' },
      { linkId: 'leeg', type: 'choice', text: 'Geen opties' },
      {
        linkId: 'zonder-score',
        type: 'choice',
        answerOption: [{ valueCoding: { code: 'x' } }],
      },
      { linkId: 'getal', type: 'integer', text: 'Hoeveel?' },
      { type: 'display', text: 'geen linkId' } as never,
    ]);
    expect(issuesOf(malformed)).toEqual([
      ['q1', 'LINK_ID_DUPLICATE'],
      ['vrij', 'TYPE_UNSUPPORTED'],
      ['leeg', 'NO_ANSWER_OPTIONS'],
      ['zonder-score', 'ORDINAL_MISSING'],
      ['getal', 'INTEGER_BOUNDS_MISSING'],
      [null, 'LINK_ID_MISSING'],
    ]);
  });

  it('says in Dutch what is wrong', () => {
    const check = validateQuestionnaire(
      demoQuestionnaire(STRESS_CHECK_URL, 'x', 'x', [{ linkId: 'vrij', type: 'string' }]),
      SCORING_PROFILES,
    );
    expect(!check.ok && check.issues[0]?.message).toMatch(/vraagtype "string" kunnen we niet/);
  });

  it('accepts itemWeight instead of ordinalValue, and refuses an option where the two disagree', () => {
    const weighted = {
      linkId: 'w',
      type: 'choice' as const,
      answerOption: [
        { valueCoding: { code: 'a' }, extension: [{ url: ITEM_WEIGHT_URL, valueDecimal: 0 }] },
        { valueCoding: { code: 'b' }, extension: [{ url: ITEM_WEIGHT_URL, valueDecimal: 4 }] },
      ],
    };
    const conflicting = {
      linkId: 'c',
      type: 'choice' as const,
      answerOption: [
        {
          valueCoding: { code: 'a', extension: [{ url: ORDINAL_VALUE_URL, valueDecimal: 1 }] },
          extension: [{ url: ITEM_WEIGHT_URL, valueDecimal: 2 }],
        },
      ],
    };
    const q = demoQuestionnaire(STRESS_CHECK_URL, 'x', 'x', [weighted, conflicting]);
    expect(issuesOf(q)).toEqual([['c', 'ORDINAL_CONFLICT']]);
  });

  it('refuses an instrument it does not recognise: no profile, no score', () => {
    const unknown = demoQuestionnaire(
      'https://example.org/q/onbekend',
      'x',
      'x',
      placeholderItems(3),
    );
    expect(issuesOf(unknown)).toEqual([[null, 'NO_PROFILE']]);
  });

  it('refuses a PHQ-9 whose items are not 0–3 (item by item) or that has the wrong number of items', () => {
    const oneToFour = zeroToThree.map(([c, d, v]) => [c, d, v + 1] as const);
    const shifted = {
      ...demoQuestionnaire('urn:oefenruimte:instrument:phq-9', 'x', 'x', [
        ...placeholderItems(8),
        choiceItem('q9', 'Vraag 9', oneToFour),
      ]),
    };
    expect(issuesOf(shifted)).toEqual([['q9', 'RANGE_MISMATCH']]);
    const short = demoQuestionnaire(
      'urn:oefenruimte:instrument:phq-9',
      'x',
      'x',
      placeholderItems(8),
    );
    expect(issuesOf(short)).toEqual([[null, 'ITEM_COUNT_MISMATCH']]);
  });

  it('refuses a Questionnaire without any scorable item', () => {
    const empty = demoQuestionnaire(STRESS_CHECK_URL, 'x', 'x', [{ linkId: 'i', type: 'display' }]);
    expect(issuesOf(empty)).toEqual([[null, 'NO_SCORABLE_ITEMS']]);
  });

  it('scores a QuestionnaireResponse: a skipped item stays open, an unknown answer is refused', () => {
    const check = validateQuestionnaire(STRESS_CHECK_QUESTIONNAIRE, SCORING_PROFILES);
    if (!check.ok) throw new Error('expected ok');
    const answer = (linkId: string, code: string) => ({
      linkId,
      answer: [{ valueCoding: { system: 'urn:oefenruimte:answers', code } }],
    });
    const { answers, issues } = answersFromResponse(check.items, {
      item: [
        answer('spanning-lijf', '2'),
        answer('piekeren', '3'),
        answer('tot-rust', '4'),
        answer('van-slag', '1'),
        answer('te-veel', '9'),
      ],
    });
    expect(answers).toEqual([2, 3, 4, 1, null, null]);
    expect(issues.map((i) => [i.linkId, i.code])).toEqual([['te-veel', 'ORDINAL_MISSING']]);
    // 2 + 3 + (4 → 0) + 1 = 6 over four answers, 6 / 4 × 6 = 9
    expect(scoreAnswers(check.profile, answers).scales[0]?.score).toBe(9);
  });
});
