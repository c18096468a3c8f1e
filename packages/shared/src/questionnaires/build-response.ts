import type { QuestionnaireResponse, QuestionnaireResponseItem } from './fhir';
import type { ItemAnswers } from './score';
import type { ScorableItem } from './validate-questionnaire';

/**
 * A QuestionnaireResponse from the numeric answers (item 1 first). Unanswered items are left
 * out, as FHIR wants; `in-progress` while the client pauses, `completed` once sent.
 */
export function buildQuestionnaireResponse(
  questionnaireUrl: string,
  items: readonly ScorableItem[],
  answers: ItemAnswers,
  status: 'in-progress' | 'completed',
  authored: string,
): QuestionnaireResponse {
  const responseItems: QuestionnaireResponseItem[] = [];
  items.forEach((item, index) => {
    const value = answers[index];
    if (value === null || value === undefined) return;
    if (item.type === 'integer') {
      responseItems.push({ linkId: item.linkId, answer: [{ valueInteger: value }] });
      return;
    }
    const option = item.options.find((o) => o.value === value);
    if (!option) return;
    responseItems.push({
      linkId: item.linkId,
      answer: [{ valueCoding: { system: option.system, code: option.code } }],
    });
  });
  return {
    resourceType: 'QuestionnaireResponse',
    questionnaire: questionnaireUrl,
    status,
    authored,
    item: responseItems,
  };
}
