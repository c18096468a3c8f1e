import { z } from 'zod';
import { containsHtml, richTextProblem } from './rich-text';
import { bandCoverageIssues } from './self-test';

/**
 * The content model of a homework module: what a therapist assigns and a client works through.
 * Built-in modules and therapists' own copies share this one schema. Step ids are stable: the
 * client's answers are keyed by them, so an id never changes once a module is in use.
 */

export const MODULE_THEMES = [
  'grenzen',
  'traumabinding',
  'lichaam',
  'verbinding',
  'relatie',
] as const;
export type ModuleTheme = (typeof MODULE_THEMES)[number];

export const STEP_KINDS = [
  'explanation',
  'reflection',
  'scale',
  'choice',
  'checklist',
  'self-test',
  'repeating-list',
  'guided-practice',
] as const;
export type StepKind = (typeof STEP_KINDS)[number];

export const REPEATING_LIST_FIELD_KINDS = ['text', 'textarea', 'scale'] as const;
export type RepeatingListFieldKind = (typeof REPEATING_LIST_FIELD_KINDS)[number];

/** Every self-test carries exactly this text: it reflects, it never diagnoses. */
export const SELF_TEST_DISCLAIMER =
  'Een spiegel, geen diagnose. De uitkomst laat zien wat je nu herkent. Het zegt niets over wie je bent. Je kunt het samen met je therapeut bekijken.';

/** Sizes the schema enforces, for editors that want to show them. */
export const CONTENT_LIMITS = {
  idLength: 64,
  title: 120,
  summary: 600,
  note: 600,
  body: 6000,
  prompt: 600,
  hint: 600,
  placeholder: 300,
  label: 200,
  statement: 300,
  bandText: 1000,
  intro: 1500,
  instruction: 400,
  stopWord: 30,
  minSteps: 1,
  maxSteps: 60,
  minMinutes: 1,
  maxMinutes: 120,
  /** The widest a scale may be: max − min. */
  maxScaleSpan: 20,
  maxReflectionLength: 5000,
  maxListItems: 50,
  maxTimerSeconds: 1800,
} as const;

/** Maximum answer length of a repeating-list text field when the field sets none, and the cap. */
export const LIST_FIELD_MAX_LENGTH = {
  text: { default: 200, cap: 500 },
  textarea: { default: 2000, cap: 5000 },
} as const;

const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A stable, kebab-case identifier: slugs, step ids, option, item and field ids. */
export const kebabIdSchema = z
  .string()
  .max(CONTENT_LIMITS.idLength)
  .regex(KEBAB_CASE, 'Use kebab-case: lowercase letters and digits, separated by single hyphens.');

/** One line or a few lines of plain text: trimmed, not empty, no HTML. */
function plainText(max: number) {
  return z
    .string()
    .trim()
    .min(1)
    .max(max)
    .refine((text) => !containsHtml(text), 'HTML is not allowed.');
}

/** Rich text in the subset documented in rich-text.ts. */
export const richTextSchema = z
  .string()
  .trim()
  .min(1)
  .max(CONTENT_LIMITS.body)
  .superRefine((text, ctx) => {
    const problem = richTextProblem(text);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

type Issue = { message: string; path: (string | number)[] };

/** Ids used twice in a list. Tolerates malformed entries: it also runs on input with other issues. */
function duplicateIdIssues(list: unknown, listKey: string, what: string): Issue[] {
  if (!Array.isArray(list)) return [];
  const seen = new Set<string>();
  const issues: Issue[] = [];
  list.forEach((entry: unknown, index) => {
    const id = typeof entry === 'object' && entry !== null ? (entry as { id?: unknown }).id : null;
    if (typeof id !== 'string') return;
    if (seen.has(id)) {
      issues.push({ message: `Duplicate ${what} id "${id}".`, path: [listKey, index, 'id'] });
    }
    seen.add(id);
  });
  return issues;
}

/** Run a refinement on any object, even when other parts of it already have issues. */
const evenWithOtherIssues = {
  when: (payload: { value: unknown }) =>
    typeof payload.value === 'object' && payload.value !== null,
};

function scaleRangeIssues(
  min: number | undefined,
  max: number | undefined,
  path: (string | number)[],
): Issue[] {
  if (min === undefined || max === undefined) return [];
  if (min >= max) return [{ message: 'max must be greater than min.', path: [...path, 'max'] }];
  if (max - min > CONTENT_LIMITS.maxScaleSpan) {
    return [
      {
        message: `A scale spans at most ${CONTENT_LIMITS.maxScaleSpan} points (max − min).`,
        path: [...path, 'max'],
      },
    ];
  }
  return [];
}

function report(ctx: z.RefinementCtx, issues: readonly Issue[]): void {
  for (const issue of issues) ctx.addIssue({ code: 'custom', ...issue });
}

const idAndLabel = z.strictObject({
  id: kebabIdSchema,
  label: plainText(CONTENT_LIMITS.label),
});

/** What every step has: a stable id, its kind, and an optional note before heavy material. */
const stepBase = {
  id: kebabIdSchema,
  contentNote: plainText(CONTENT_LIMITS.note).optional(),
};

/** A question's own words: an optional title, the prompt, an optional hint (the builder's QuestionFields). */
const questionBase = {
  title: plainText(CONTENT_LIMITS.title).optional(),
  prompt: plainText(CONTENT_LIMITS.prompt),
  hint: plainText(CONTENT_LIMITS.hint).optional(),
};

/** Text to read. No answer. */
export const explanationStepSchema = z.strictObject({
  ...stepBase,
  kind: z.literal('explanation'),
  title: plainText(CONTENT_LIMITS.title),
  body: richTextSchema,
});

/** An open question, answered in the client's own words. */
export const reflectionStepSchema = z.strictObject({
  ...stepBase,
  kind: z.literal('reflection'),
  ...questionBase,
  maxLength: z.int().min(1).max(CONTENT_LIMITS.maxReflectionLength),
  placeholder: plainText(CONTENT_LIMITS.placeholder).optional(),
});

/** One whole number on a labelled scale, e.g. tension 0–10. */
export const scaleStepSchema = z
  .strictObject({
    ...stepBase,
    kind: z.literal('scale'),
    ...questionBase,
    min: z.int(),
    max: z.int(),
    minLabel: plainText(CONTENT_LIMITS.label),
    maxLabel: plainText(CONTENT_LIMITS.label),
  })
  .superRefine((step, ctx) => report(ctx, scaleRangeIssues(step.min, step.max, [])));

/** Pick one option (or several when `multiple`), optionally with an own answer. */
export const choiceStepSchema = z
  .strictObject({
    ...stepBase,
    kind: z.literal('choice'),
    ...questionBase,
    multiple: z.boolean(),
    options: z.array(idAndLabel).min(2).max(12),
    allowOther: z.boolean().optional(),
    otherLabel: plainText(CONTENT_LIMITS.label).optional(),
  })
  .superRefine((step, ctx) => {
    report(ctx, duplicateIdIssues(step.options, 'options', 'option'));
    if (step.otherLabel !== undefined && step.allowOther !== true) {
      ctx.addIssue({
        code: 'custom',
        message: 'otherLabel needs allowOther: true.',
        path: ['otherLabel'],
      });
    }
  });

/** Tick what applies. */
export const checklistStepSchema = z
  .strictObject({
    ...stepBase,
    kind: z.literal('checklist'),
    ...questionBase,
    items: z.array(idAndLabel).min(1).max(20),
  })
  .superRefine((step, ctx) => report(ctx, duplicateIdIssues(step.items, 'items', 'item')));

export const selfTestBandSchema = z.strictObject({
  min: z.int(),
  max: z.int(),
  title: plainText(CONTENT_LIMITS.title),
  text: plainText(CONTENT_LIMITS.bandText),
});

/**
 * Statements answered on one shared scale. The score is the sum of the chosen values; the bands,
 * in ascending order, cover every possible score exactly once. Never a diagnosis.
 */
export const selfTestStepSchema = z
  .strictObject({
    ...stepBase,
    kind: z.literal('self-test'),
    title: plainText(CONTENT_LIMITS.title).optional(),
    prompt: plainText(CONTENT_LIMITS.prompt),
    intro: plainText(CONTENT_LIMITS.intro).optional(),
    items: z
      .array(z.strictObject({ id: kebabIdSchema, statement: plainText(CONTENT_LIMITS.statement) }))
      .min(1)
      .max(40),
    answerOptions: z
      .array(
        z.strictObject({ value: z.int().min(0).max(10), label: plainText(CONTENT_LIMITS.label) }),
      )
      .min(2)
      .max(7),
    scoring: z.strictObject({ method: z.literal('sum') }),
    bands: z.array(selfTestBandSchema).min(1).max(10),
    disclaimer: z.literal(SELF_TEST_DISCLAIMER),
  })
  .superRefine((step, ctx) => {
    report(ctx, duplicateIdIssues(step.items, 'items', 'item'));
    const values = new Set<number>();
    step.answerOptions.forEach((option, index) => {
      if (values.has(option.value)) {
        ctx.addIssue({
          code: 'custom',
          message: `Duplicate answer value ${option.value}.`,
          path: ['answerOptions', index, 'value'],
        });
      }
      values.add(option.value);
    });
    report(ctx, bandCoverageIssues(step));
  });

export const repeatingListFieldSchema = z
  .strictObject({
    id: kebabIdSchema,
    label: plainText(CONTENT_LIMITS.label),
    kind: z.enum(REPEATING_LIST_FIELD_KINDS),
    /** text and textarea only; defaults in LIST_FIELD_MAX_LENGTH. */
    maxLength: z.int().min(1).optional(),
    /** scale only, both required there. */
    min: z.int().optional(),
    max: z.int().optional(),
    minLabel: plainText(CONTENT_LIMITS.label).optional(),
    maxLabel: plainText(CONTENT_LIMITS.label).optional(),
  })
  .superRefine((field, ctx) => {
    if (field.kind === 'scale') {
      if (field.min === undefined) {
        ctx.addIssue({ code: 'custom', message: 'A scale field needs min.', path: ['min'] });
      }
      if (field.max === undefined) {
        ctx.addIssue({ code: 'custom', message: 'A scale field needs max.', path: ['max'] });
      }
      if (field.maxLength !== undefined) {
        ctx.addIssue({
          code: 'custom',
          message: 'maxLength is for text fields only.',
          path: ['maxLength'],
        });
      }
      report(ctx, scaleRangeIssues(field.min, field.max, []));
      return;
    }
    for (const key of ['min', 'max', 'minLabel', 'maxLabel'] as const) {
      if (field[key] !== undefined) {
        ctx.addIssue({ code: 'custom', message: `${key} is for scale fields only.`, path: [key] });
      }
    }
    const cap = LIST_FIELD_MAX_LENGTH[field.kind].cap;
    if (field.maxLength !== undefined && field.maxLength > cap) {
      ctx.addIssue({
        code: 'custom',
        message: `A ${field.kind} field holds at most ${cap} characters.`,
        path: ['maxLength'],
      });
    }
  });

/**
 * A list the client fills entry by entry (people, events, practice moments). With
 * `privateByDefault` the answers start private even when the client shares by default.
 */
export const repeatingListStepSchema = z
  .strictObject({
    ...stepBase,
    kind: z.literal('repeating-list'),
    ...questionBase,
    itemLabel: plainText(CONTENT_LIMITS.label),
    fields: z.array(repeatingListFieldSchema).min(1).max(8),
    maxItems: z.int().min(1).max(CONTENT_LIMITS.maxListItems),
    privateByDefault: z.boolean(),
  })
  .superRefine((step, ctx) => report(ctx, duplicateIdIssues(step.fields, 'fields', 'field')));

/** An exercise done with the body, step by step; optionally timed, with tension before and after. */
export const guidedPracticeStepSchema = z.strictObject({
  ...stepBase,
  kind: z.literal('guided-practice'),
  title: plainText(CONTENT_LIMITS.title),
  intro: plainText(CONTENT_LIMITS.intro).optional(),
  instructions: z.array(plainText(CONTENT_LIMITS.instruction)).min(1).max(20),
  timerSeconds: z.int().min(10).max(CONTENT_LIMITS.maxTimerSeconds).optional(),
  measureTension: z.boolean(),
  stopWords: z.array(plainText(CONTENT_LIMITS.stopWord)).min(1).max(5).optional(),
});

export const moduleStepSchema = z.discriminatedUnion('kind', [
  explanationStepSchema,
  reflectionStepSchema,
  scaleStepSchema,
  choiceStepSchema,
  checklistStepSchema,
  selfTestStepSchema,
  repeatingListStepSchema,
  guidedPracticeStepSchema,
]);

export const moduleSchema = z
  .strictObject({
    slug: kebabIdSchema,
    title: plainText(CONTENT_LIMITS.title),
    theme: z.enum(MODULE_THEMES),
    summary: plainText(CONTENT_LIMITS.summary),
    estimatedMinutes: z.int().min(CONTENT_LIMITS.minMinutes).max(CONTENT_LIMITS.maxMinutes),
    contentNote: plainText(CONTENT_LIMITS.note).optional(),
    locale: z.literal('nl'),
    steps: z.array(moduleStepSchema).min(CONTENT_LIMITS.minSteps).max(CONTENT_LIMITS.maxSteps),
  })
  .superRefine(
    (module, ctx) => report(ctx, duplicateIdIssues(module.steps, 'steps', 'step')),
    evenWithOtherIssues,
  );

export type ModuleContent = z.output<typeof moduleSchema>;
export type ModuleStep = z.output<typeof moduleStepSchema>;
export type StepOfKind<K extends StepKind> = Extract<ModuleStep, { kind: K }>;
export type ExplanationStep = StepOfKind<'explanation'>;
export type ReflectionStep = StepOfKind<'reflection'>;
export type ScaleStep = StepOfKind<'scale'>;
export type ChoiceStep = StepOfKind<'choice'>;
export type ChecklistStep = StepOfKind<'checklist'>;
export type SelfTestStep = StepOfKind<'self-test'>;
export type SelfTestBand = z.output<typeof selfTestBandSchema>;
export type RepeatingListStep = StepOfKind<'repeating-list'>;
export type RepeatingListField = z.output<typeof repeatingListFieldSchema>;
export type GuidedPracticeStep = StepOfKind<'guided-practice'>;

export interface ContentIssue {
  /** Dotted path into the module, e.g. `steps.3.max`; empty for the module itself. */
  readonly path: string;
  readonly message: string;
}

export type ModuleValidationResult =
  | { readonly ok: true; readonly value: ModuleContent }
  | { readonly ok: false; readonly issues: readonly ContentIssue[] };

/** Turns zod issues into `{ path: 'steps.3.max', message }`. */
export function toContentIssues(error: z.ZodError): ContentIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issue.message,
  }));
}

/** Checks a module (built-in or a therapist's own) and returns it cleaned, or every problem. */
export function validateModuleContent(input: unknown): ModuleValidationResult {
  const result = moduleSchema.safeParse(input);
  return result.success
    ? { ok: true, value: result.data }
    : { ok: false, issues: toContentIssues(result.error) };
}
