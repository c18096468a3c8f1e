import type { Questionnaire, QuestionnaireItem } from '../fhir';
import { ORDINAL_VALUE_URL } from '../fhir';

export const DEMO_ANSWER_SYSTEM = 'urn:oefenruimte:answers';

/** A choice item whose options carry their score in the R4 ordinalValue extension. */
export function choiceItem(
  linkId: string,
  text: string,
  options: readonly (readonly [code: string, display: string, value: number])[],
): QuestionnaireItem {
  return {
    linkId,
    text,
    type: 'choice',
    required: false,
    answerOption: options.map(([code, display, value]) => ({
      valueCoding: { system: DEMO_ANSWER_SYSTEM, code, display },
      extension: [{ url: ORDINAL_VALUE_URL, valueDecimal: value }],
    })),
  };
}

export function demoQuestionnaire(
  url: string,
  name: string,
  title: string,
  items: QuestionnaireItem[],
): Questionnaire {
  return { resourceType: 'Questionnaire', url, name, title, status: 'active', item: items };
}
