import type { QuestionnaireResponse, QuestionnaireResponseItem } from './fhir';
import type { ItemAnswers } from './score';
import type { QuestionnaireIssue, ScorableItem } from './validate-questionnaire';

function flatten(
  items: readonly QuestionnaireResponseItem[] | undefined,
): QuestionnaireResponseItem[] {
  return (items ?? []).flatMap((item) => [item, ...flatten(item.item)]);
}

/**
 * The numeric answer per item number from a QuestionnaireResponse, for `scoreAnswers`. An item
 * without an answer stays null (never forced); an answer we cannot place is refused per linkId.
 */
export function answersFromResponse(
  items: readonly ScorableItem[],
  response: Pick<QuestionnaireResponse, 'item'>,
): { readonly answers: ItemAnswers; readonly issues: readonly QuestionnaireIssue[] } {
  const byLinkId = new Map(flatten(response.item).map((item) => [item.linkId, item]));
  const issues: QuestionnaireIssue[] = [];
  const answers = items.map((item): number | null => {
    const answer = byLinkId.get(item.linkId)?.answer?.[0];
    if (!answer) return null;
    if (item.type === 'integer') {
      const v = answer.valueInteger;
      if (typeof v === 'number' && Number.isInteger(v) && v >= item.min && v <= item.max) return v;
    } else {
      const coding = answer.valueCoding;
      const option = item.options.find(
        (o) => o.code === coding?.code && (o.system ?? null) === (coding?.system ?? null),
      );
      if (option) return option.value;
    }
    issues.push({
      linkId: item.linkId,
      code: 'ORDINAL_MISSING',
      message: 'Dit antwoord hoort niet bij de antwoordopties van deze vraag.',
    });
    return null;
  });
  return { answers, issues };
}
