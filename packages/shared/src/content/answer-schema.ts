import { z } from 'zod';
import {
  LIST_FIELD_MAX_LENGTH,
  type ModuleContent,
  type ModuleStep,
  type RepeatingListField,
  type StepKind,
} from './module-schema';

/**
 * What a client may answer per step. No question is mandatory: every answer may be missing
 * (`undefined`) or cleared (`null`), and every part of a structured answer is optional.
 */

export const TENSION_RANGE = { min: 0, max: 10 } as const;

export const ANSWER_LIMITS = {
  choiceOther: 500,
  stoppedAt: 200,
  bodyNotes: 2000,
} as const;

/** Ids the client's device makes for repeating-list entries: a UUID or similar. */
export const LIST_ENTRY_ID = /^[A-Za-z0-9_-]{8,64}$/;

export interface ChoiceAnswer {
  /** Chosen option ids; at most one unless the step allows `multiple`. */
  selected?: string[];
  /** The client's own answer, when the step has `allowOther`. */
  other?: string;
}

export interface RepeatingListEntry {
  id: string;
  fields: Partial<Record<string, string | number | null>>;
}

export interface GuidedPracticeAnswer {
  tensionBefore?: number | null;
  tensionAfter?: number | null;
  completed?: boolean;
  /** Where or when the client stopped, in their own words. */
  stoppedAt?: string;
  bodyNotes?: string;
}

export interface StepAnswerByKind {
  explanation: null;
  reflection: string;
  scale: number;
  choice: ChoiceAnswer;
  checklist: string[];
  'self-test': Partial<Record<string, number>>;
  'repeating-list': RepeatingListEntry[];
  'guided-practice': GuidedPracticeAnswer;
}

export type StepAnswer<K extends StepKind = StepKind> = StepAnswerByKind[K];

/** A step's answer as stored: the answer, or nothing yet. */
export type StoredStepAnswer<K extends StepKind = StepKind> = StepAnswer<K> | null | undefined;

/** Answers of one module, keyed by step id. */
export type ModuleAnswers = Partial<Record<string, StoredStepAnswer>>;

const intIn = (min: number, max: number) => z.int().min(min).max(max);

const tension = intIn(TENSION_RANGE.min, TENSION_RANGE.max);

function oneOf(ids: readonly string[], what: string) {
  const known = new Set(ids);
  return z.string().refine((id) => known.has(id), { message: `Unknown ${what} id.` });
}

function unique(values: readonly string[]): boolean {
  return new Set(values).size === values.length;
}

function listFieldValue(field: RepeatingListField): z.ZodType<string | number | null | undefined> {
  if (field.kind === 'scale') {
    return intIn(field.min ?? TENSION_RANGE.min, field.max ?? TENSION_RANGE.max).nullish();
  }
  const limit = field.maxLength ?? LIST_FIELD_MAX_LENGTH[field.kind].default;
  return z.string().max(limit).nullish();
}

function buildAnswerSchema(step: ModuleStep): z.ZodType {
  switch (step.kind) {
    case 'explanation':
      return z.null().optional();
    case 'reflection':
      return z.string().max(step.maxLength).nullish();
    case 'scale':
      return intIn(step.min, step.max).nullish();
    case 'choice':
      return z
        .strictObject({
          selected: z
            .array(
              oneOf(
                step.options.map((option) => option.id),
                'option',
              ),
            )
            .max(step.multiple ? step.options.length : 1)
            .refine(unique, 'An option is chosen twice.')
            .optional(),
          ...(step.allowOther
            ? { other: z.string().max(ANSWER_LIMITS.choiceOther).optional() }
            : {}),
        })
        .nullish();
    case 'checklist':
      return z
        .array(
          oneOf(
            step.items.map((item) => item.id),
            'checklist item',
          ),
        )
        .max(step.items.length)
        .refine(unique, 'An item is ticked twice.')
        .nullish();
    case 'self-test': {
      const values = step.answerOptions.map((option) => option.value);
      const value = z.int().refine((v) => values.includes(v), 'Not one of the answer values.');
      return z
        .strictObject(Object.fromEntries(step.items.map((item) => [item.id, value.optional()])))
        .nullish();
    }
    case 'repeating-list': {
      const entry = z.strictObject({
        id: z.string().regex(LIST_ENTRY_ID, 'Entry ids are 8–64 letters, digits, - or _.'),
        fields: z.strictObject(
          Object.fromEntries(step.fields.map((field) => [field.id, listFieldValue(field)])),
        ),
      });
      return z
        .array(entry)
        .max(step.maxItems)
        .refine((entries) => unique(entries.map((e) => e.id)), 'Two entries share an id.')
        .nullish();
    }
    case 'guided-practice':
      return z
        .strictObject({
          tensionBefore: tension.nullish(),
          tensionAfter: tension.nullish(),
          completed: z.boolean().optional(),
          stoppedAt: z.string().max(ANSWER_LIMITS.stoppedAt).optional(),
          bodyNotes: z.string().max(ANSWER_LIMITS.bodyNotes).optional(),
        })
        .nullish();
  }
}

/** The zod schema that checks a client's answer to this step. */
export function answerSchemaForStep<S extends ModuleStep>(
  step: S,
): z.ZodType<StoredStepAnswer<S['kind']>> {
  return buildAnswerSchema(step) as z.ZodType<StoredStepAnswer<S['kind']>>;
}

/** Checks all answers to one module at once; answers to unknown step ids are refused. */
export function answersSchemaForModule(module: ModuleContent): z.ZodType<ModuleAnswers> {
  return z.strictObject(
    Object.fromEntries(module.steps.map((step) => [step.id, buildAnswerSchema(step)])),
  ) as z.ZodType<ModuleAnswers>;
}
