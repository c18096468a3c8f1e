import type { Extension, Questionnaire, QuestionnaireItem } from './fhir';
import { ITEM_WEIGHT_URL, MAX_VALUE_URL, MIN_VALUE_URL, ORDINAL_VALUE_URL } from './fhir';
import { matchProfile } from './match-profile';
import type { ScoringProfile } from './scoring-profile';

export const QUESTIONNAIRE_ISSUE_CODES = [
  'NOT_A_QUESTIONNAIRE',
  'NO_SCORABLE_ITEMS',
  'LINK_ID_MISSING',
  'LINK_ID_DUPLICATE',
  'TYPE_UNSUPPORTED',
  'NO_ANSWER_OPTIONS',
  'ORDINAL_MISSING',
  'ORDINAL_CONFLICT',
  'INTEGER_BOUNDS_MISSING',
  'NO_PROFILE',
  'ITEM_COUNT_MISMATCH',
  'RANGE_MISMATCH',
] as const;
export type QuestionnaireIssueCode = (typeof QUESTIONNAIRE_ISSUE_CODES)[number];

/** Why (part of) an import is refused; `linkId` is null for the Questionnaire as a whole. */
export interface QuestionnaireIssue {
  readonly linkId: string | null;
  readonly code: QuestionnaireIssueCode;
  readonly message: string;
}

export interface ScorableOption {
  readonly system?: string;
  readonly code?: string;
  readonly value: number;
}

/** A question that yields a number; `number` is its 1-based position among scorable items. */
export interface ScorableItem {
  readonly number: number;
  readonly linkId: string;
  readonly type: 'choice' | 'integer';
  readonly options: readonly ScorableOption[];
  readonly min: number;
  readonly max: number;
}

export type QuestionnaireCheck =
  | {
      readonly ok: true;
      readonly questionnaire: Questionnaire;
      readonly items: readonly ScorableItem[];
      readonly profile: ScoringProfile;
    }
  | { readonly ok: false; readonly issues: readonly QuestionnaireIssue[] };

/** Item types we can show and score. group and display carry no answer. */
export const SUPPORTED_ITEM_TYPES = ['group', 'display', 'choice', 'integer'] as const;

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function extensionNumber(extensions: readonly Extension[] | undefined, url: string) {
  const found = extensions?.find((e) => e.url === url);
  if (!found) return undefined;
  const v = found.valueDecimal ?? found.valueInteger;
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}

/** The score of one answer option: ordinalValue (R4) or itemWeight, on the option or its Coding. */
function optionValue(option: NonNullable<QuestionnaireItem['answerOption']>[number]) {
  const found = [ORDINAL_VALUE_URL, ITEM_WEIGHT_URL].flatMap((url) =>
    [option.extension, option.valueCoding?.extension]
      .map((exts) => extensionNumber(exts, url))
      .filter((v): v is number => v !== undefined),
  );
  if (found.length === 0) return { value: undefined, conflict: false };
  return { value: found[0], conflict: found.some((v) => v !== found[0]) };
}

interface Walk {
  readonly issues: QuestionnaireIssue[];
  readonly items: ScorableItem[];
  readonly seen: Set<string>;
}

function checkChoice(item: QuestionnaireItem, linkId: string, walk: Walk): void {
  const options = item.answerOption ?? [];
  if (options.length === 0) {
    walk.issues.push({
      linkId,
      code: 'NO_ANSWER_OPTIONS',
      message:
        'Deze vraag heeft geen antwoordopties (answerOption). Een lijst via answerValueSet kunnen we niet scoren.',
    });
    return;
  }
  const scored: ScorableOption[] = [];
  options.forEach((option, index) => {
    const { value, conflict } = optionValue(option);
    if (conflict) {
      walk.issues.push({
        linkId,
        code: 'ORDINAL_CONFLICT',
        message: `Antwoordoptie ${index + 1} heeft twee verschillende scores (ordinalValue en itemWeight).`,
      });
    } else if (value === undefined) {
      walk.issues.push({
        linkId,
        code: 'ORDINAL_MISSING',
        message: `Antwoordoptie ${index + 1} heeft geen score: voeg de extensie ordinalValue of itemWeight toe.`,
      });
    } else {
      scored.push({ system: option.valueCoding?.system, code: option.valueCoding?.code, value });
    }
  });
  if (scored.length !== options.length) return;
  const values = scored.map((o) => o.value);
  walk.items.push({
    number: walk.items.length + 1,
    linkId,
    type: 'choice',
    options: scored,
    min: Math.min(...values),
    max: Math.max(...values),
  });
}

function checkInteger(item: QuestionnaireItem, linkId: string, walk: Walk): void {
  const min = extensionNumber(item.extension, MIN_VALUE_URL);
  const max = extensionNumber(item.extension, MAX_VALUE_URL);
  if (min === undefined || max === undefined || min > max) {
    walk.issues.push({
      linkId,
      code: 'INTEGER_BOUNDS_MISSING',
      message: 'Een getalvraag heeft een laagste en hoogste waarde nodig (minValue en maxValue).',
    });
    return;
  }
  walk.items.push({
    number: walk.items.length + 1,
    linkId,
    type: 'integer',
    options: [],
    min,
    max,
  });
}

function walkItems(items: readonly unknown[], walk: Walk, path: string): void {
  items.forEach((raw, index) => {
    const item = (isRecord(raw) ? raw : {}) as unknown as QuestionnaireItem;
    const linkId = typeof item.linkId === 'string' && item.linkId !== '' ? item.linkId : null;
    if (linkId === null) {
      walk.issues.push({
        linkId: null,
        code: 'LINK_ID_MISSING',
        message: `Vraag ${path}${index + 1} heeft geen linkId.`,
      });
    } else if (walk.seen.has(linkId)) {
      walk.issues.push({
        linkId,
        code: 'LINK_ID_DUPLICATE',
        message: `De linkId "${linkId}" komt vaker voor; elke vraag heeft een eigen linkId nodig.`,
      });
    } else walk.seen.add(linkId);
    const id = linkId ?? `${path}${index + 1}`;
    if (!(SUPPORTED_ITEM_TYPES as readonly string[]).includes(item.type)) {
      walk.issues.push({
        linkId: id,
        code: 'TYPE_UNSUPPORTED',
        message: `Het vraagtype "${String(item.type)}" kunnen we niet tonen of scoren; wel: ${SUPPORTED_ITEM_TYPES.join(', ')}.`,
      });
      return;
    }
    if (item.type === 'choice') checkChoice(item, id, walk);
    if (item.type === 'integer') checkInteger(item, id, walk);
    if (Array.isArray(item.item)) walkItems(item.item, walk, `${path}${index + 1}.`);
  });
}

function checkAgainstProfile(items: readonly ScorableItem[], profile: ScoringProfile) {
  const issues: QuestionnaireIssue[] = [];
  if (items.length !== profile.itemCount) {
    issues.push({
      linkId: null,
      code: 'ITEM_COUNT_MISMATCH',
      message: `${profile.title} heeft ${profile.itemCount} vragen met een score; dit bestand heeft er ${items.length}.`,
    });
  }
  const { min, max } = profile.itemRange;
  for (const item of items) {
    if (item.min !== min || item.max !== max) {
      issues.push({
        linkId: item.linkId,
        code: 'RANGE_MISMATCH',
        message: `De scores van deze vraag lopen van ${item.min} tot ${item.max}; voor ${profile.title} moet dat ${min} tot ${max} zijn.`,
      });
    }
  }
  return issues;
}

/**
 * Checks an imported FHIR Questionnaire and finds its scoring profile. Refuses what it cannot
 * score, with one reason per item (Dutch, with a code and the linkId), never only the first.
 */
export function validateQuestionnaire(
  input: unknown,
  profiles: readonly ScoringProfile[],
): QuestionnaireCheck {
  if (!isRecord(input) || input.resourceType !== 'Questionnaire') {
    return {
      ok: false,
      issues: [
        {
          linkId: null,
          code: 'NOT_A_QUESTIONNAIRE',
          message:
            'Dit bestand is geen FHIR Questionnaire (resourceType moet "Questionnaire" zijn).',
        },
      ],
    };
  }
  const questionnaire = input as unknown as Questionnaire;
  const walk: Walk = { issues: [], items: [], seen: new Set() };
  walkItems(Array.isArray(input.item) ? input.item : [], walk, '');
  if (walk.items.length === 0 && walk.issues.length === 0) {
    walk.issues.push({
      linkId: null,
      code: 'NO_SCORABLE_ITEMS',
      message: 'Deze vragenlijst heeft geen vragen met een score (choice of integer).',
    });
  }
  const profile = matchProfile(questionnaire, profiles);
  if (!profile) {
    walk.issues.push({
      linkId: null,
      code: 'NO_PROFILE',
      message:
        'We herkennen deze vragenlijst niet aan zijn url of code, dus we weten niet hoe hij gescoord wordt.',
    });
  } else if (walk.issues.length === 0) {
    walk.issues.push(...checkAgainstProfile(walk.items, profile));
  }
  if (walk.issues.length > 0 || !profile) return { ok: false, issues: walk.issues };
  return { ok: true, questionnaire, items: walk.items, profile };
}
