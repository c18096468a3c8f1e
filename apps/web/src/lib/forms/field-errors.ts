import { ApiRequestError } from '../api/api-client';

/** What a form expects of one field; the same limits the API checks. */
export interface FieldRule {
  readonly required?: boolean;
  readonly min?: number;
  readonly max?: number;
  readonly email?: boolean;
}

export type FieldRules<Name extends string = string> = Partial<Record<Name, FieldRule>>;

export type FieldProblemKey =
  | 'required'
  | 'isLength'
  | 'minLength'
  | 'maxLength'
  | 'isEmail'
  | 'notCommon'
  | 'badCharacter'
  | 'generic';

/** Why one field is not right yet: a key under `fields.*` plus the numbers it mentions. */
export interface FieldProblem {
  readonly key: FieldProblemKey;
  readonly params?: { readonly min?: number; readonly max?: number };
}

export type FieldProblems<Name extends string = string> = Partial<Record<Name, FieldProblem>>;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The length problem for a value, worded for what is actually wrong (too short or too long). */
function lengthProblem(value: string, rule: FieldRule): FieldProblem | undefined {
  const length = value.trim().length;
  if (length === 0 && (rule.required || (rule.min ?? 0) > 0)) return { key: 'required' };
  if (rule.min !== undefined && length < rule.min)
    return { key: 'minLength', params: { min: rule.min } };
  if (rule.max !== undefined && value.length > rule.max)
    return { key: 'maxLength', params: { max: rule.max } };
  return undefined;
}

/** Checks before sending, so the most common slips are named without a round trip. */
export function checkFields<Name extends string>(
  values: Record<Name, string>,
  rules: FieldRules<Name>,
): FieldProblems<Name> {
  const problems: FieldProblems<Name> = {};
  for (const name of Object.keys(rules) as Name[]) {
    const rule = rules[name];
    const value = values[name] ?? '';
    if (!rule) continue;
    const problem =
      lengthProblem(value, rule) ??
      (rule.email && value.trim() && !EMAIL.test(value.trim())
        ? ({ key: 'isEmail' } as const)
        : undefined);
    if (problem) problems[name] = problem;
  }
  return problems;
}

/** One refusal from the API (`constraint` is the rule's name) as a problem to show. */
export function problemForConstraint(
  constraint: string,
  value: string,
  rule: FieldRule = {},
): FieldProblem {
  switch (constraint) {
    case 'isLength':
    case 'minLength':
    case 'maxLength':
      return (
        lengthProblem(value, { ...rule, required: true }) ??
        (rule.min !== undefined && rule.max !== undefined
          ? { key: 'isLength', params: { min: rule.min, max: rule.max } }
          : { key: 'generic' })
      );
    case 'isNotEmpty':
    case 'isDefined':
      return { key: 'required' };
    case 'isEmail':
      return { key: 'isEmail' };
    case 'notCommon':
      return { key: 'notCommon' };
    // The API's text rule: a NUL or half of a surrogate pair (half an emoji) in the value.
    case 'noNulCharacter':
    case 'wellFormedUnicode':
      return { key: 'badCharacter' };
    default:
      return { key: 'generic' };
  }
}

/**
 * The field problems in an API error (400 VALIDATION_FAILED), keyed by the form's own field
 * names; the first refusal per field wins. Fields the form does not show are left out, so
 * the form's general message covers them.
 */
export function problemsFromError<Name extends string>(
  error: unknown,
  values: Record<Name, string>,
  rules: FieldRules<Name>,
): FieldProblems<Name> {
  if (!(error instanceof ApiRequestError)) return {};
  const problems: FieldProblems<Name> = {};
  for (const refusal of error.fields) {
    const name = refusal.field.split('.')[0] as Name;
    if (!(name in values) || problems[name]) continue;
    problems[name] = problemForConstraint(refusal.constraint, values[name] ?? '', rules[name]);
  }
  return problems;
}
