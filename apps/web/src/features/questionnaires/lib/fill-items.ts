import {
  type Questionnaire,
  type QuestionnaireItem,
  SCORING_PROFILES,
  type ScoringProfile,
  validateQuestionnaire,
} from '@oefenruimte/shared';

/** One question as the client sees it: its text and its answers, each with the score it stores. */
export interface FillItem {
  readonly number: number;
  readonly linkId: string;
  readonly text: string;
  readonly options: readonly { readonly value: number; readonly label: string }[];
}

export interface FillPlan {
  /** Display items (the instrument's introduction), in order. */
  readonly intro: readonly string[];
  readonly items: readonly FillItem[];
  readonly profile: ScoringProfile;
}

function flatten(items: readonly QuestionnaireItem[] | undefined): QuestionnaireItem[] {
  return (items ?? []).flatMap((item) => [item, ...flatten(item.item)]);
}

/**
 * The screens of a Questionnaire, in the order the API scores them (the shared validation
 * numbers the scorable items), so answer N on screen is answer N in the API. Null when the
 * instrument does not validate (it did at import, so this does not happen in practice).
 */
export function fillPlan(questionnaire: Questionnaire): FillPlan | null {
  const check = validateQuestionnaire(questionnaire, SCORING_PROFILES);
  if (!check.ok) return null;
  const byLinkId = new Map(flatten(questionnaire.item).map((item) => [item.linkId, item]));
  const items = check.items.map((scorable): FillItem => {
    const source = byLinkId.get(scorable.linkId);
    const options =
      scorable.type === 'integer'
        ? Array.from({ length: scorable.max - scorable.min + 1 }, (_, i) => ({
            value: scorable.min + i,
            label: String(scorable.min + i),
          }))
        : scorable.options.map((option, index) => ({
            value: option.value,
            label:
              source?.answerOption?.[index]?.valueCoding?.display ??
              option.code ??
              String(option.value),
          }));
    return { number: scorable.number, linkId: scorable.linkId, text: source?.text ?? '', options };
  });
  const intro = flatten(questionnaire.item)
    .filter((item) => item.type === 'display' && item.text)
    .map((item) => item.text!);
  return { intro, items, profile: check.profile };
}
