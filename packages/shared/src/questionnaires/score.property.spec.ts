import fc from 'fast-check';
import { PHQ9_PROFILE, SCORING_PROFILES } from './profiles';
import { buildQuestionnaireResponse } from './build-response';
import { STRESS_CHECK_QUESTIONNAIRE, STRESS_CHECK_URL } from './demo/stress-check';
import { answersFromResponse } from './response-answers';
import { scoreAnswers } from './score';
import { validateQuestionnaire } from './validate-questionnaire';

const answersFor = (count: number, min: number, max: number) =>
  fc.array(fc.option(fc.integer({ min, max }), { nil: null }), {
    minLength: count,
    maxLength: count,
  });

describe('scores stay within what the instrument allows', () => {
  it.each(SCORING_PROFILES.map((p) => [p.id, p] as const))('%s', (_, profile) => {
    const { min, max } = profile.itemRange;
    fc.assert(
      fc.property(answersFor(profile.itemCount, min, max), (answers) => {
        const result = scoreAnswers(profile, answers);
        profile.scales.forEach((scale, i) => {
          const score = result.scales[i]?.score;
          if (score === null || score === undefined) return;
          const factor = scale.multiply ?? 1;
          const n = scale.method === 'sum' ? scale.items.length : 1;
          expect(score).toBeGreaterThanOrEqual(min * n * factor);
          expect(score).toBeLessThanOrEqual(max * n * factor);
          expect(result.scales[i]?.band === null).toBe(scale.bands.length === 0);
        });
      }),
    );
  });
});

describe('prorating is monotone', () => {
  it('answering one PHQ-9 item higher never lowers the total', () => {
    fc.assert(
      fc.property(answersFor(9, 0, 3), fc.integer({ min: 0, max: 8 }), (answers, index) => {
        const value = answers[index];
        if (value === null || value === undefined || value === 3) return;
        const higher = answers.map((v, i) => (i === index ? value + 1 : v));
        const before = scoreAnswers(PHQ9_PROFILE, answers).scales[0]?.score;
        const after = scoreAnswers(PHQ9_PROFILE, higher).scales[0]?.score;
        if (before === null || before === undefined) return;
        expect(after).toBeGreaterThanOrEqual(before);
      }),
    );
  });
});

describe('a QuestionnaireResponse keeps the answers', () => {
  it('answers → response → answers is the identity for the stress-check', () => {
    const check = validateQuestionnaire(STRESS_CHECK_QUESTIONNAIRE, SCORING_PROFILES);
    if (!check.ok) throw new Error('expected ok');
    fc.assert(
      fc.property(answersFor(6, 0, 4), (answers) => {
        const response = buildQuestionnaireResponse(
          STRESS_CHECK_URL,
          check.items,
          answers,
          'completed',
          '2026-01-01T10:00:00Z',
        );
        expect(answersFromResponse(check.items, response)).toEqual({ answers, issues: [] });
      }),
    );
  });
});
