import { questionnaireIssueFields } from './import-errors';
import { SCORING_PROFILES } from './profiles';
import { validateQuestionnaire } from './validate-questionnaire';

describe('import refusals as field errors', () => {
  it('names the item by linkId and the whole file as "questionnaire"', () => {
    const check = validateQuestionnaire(
      {
        resourceType: 'Questionnaire',
        url: 'https://example.org/q/onbekend',
        item: [{ linkId: 'vrij', type: 'text' }],
      },
      SCORING_PROFILES,
    );
    if (check.ok) throw new Error('expected a refusal');
    expect(questionnaireIssueFields(check.issues).map((f) => [f.field, f.constraint])).toEqual([
      ['item.vrij', 'TYPE_UNSUPPORTED'],
      ['questionnaire', 'NO_PROFILE'],
    ]);
  });
});
