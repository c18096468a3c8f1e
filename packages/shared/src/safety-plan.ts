/**
 * The signaleringsplan: the client's own plan for when things get worse, in their own words.
 * Three phases; per phase the client's signals, what they do themselves, what others can do,
 * and whom they call. A signal may be linked to a check-in item with a threshold the client
 * chooses; `matchPlanPhase` says when recent check-ins look like a phase. It never decides
 * anything for the client: it only points at the client's own steps.
 */
import { z } from 'zod';
import type { BodySignal, CheckinInput, WindowOfTolerance } from './checkins';
import { BODY_SIGNALS, CHECKIN_SCALE } from './checkins';
import { type ContentIssue, toContentIssues } from './content/module-schema';

export const PLAN_PHASES = ['groen', 'oranje', 'rood'] as const;
export type PlanPhase = (typeof PLAN_PHASES)[number];

/** The phases that point at the client's steps when a check-in looks like them, worst first. */
export const WARNING_PHASES = ['rood', 'oranje'] as const satisfies readonly PlanPhase[];

/** Check-in scales a signal can be linked to (the module item `urge` included). */
export const PLAN_SCALE_ITEMS = ['tension', 'mood', 'energy', 'sleep', 'urge'] as const;
export type PlanScaleItem = (typeof PLAN_SCALE_ITEMS)[number];

export const PLAN_TEXT_MAX_LENGTH = 300;
export const PLAN_LIST_MAX = 12;
export const PLAN_CONTACTS_MAX = 8;
/** The longest run of days a linked signal may ask for. */
export const PLAN_MAX_DAYS_RUNNING = 7;

/** A link from a signal to the check-in: "spanning ≥ 7", "slaap ≤ 3", "buiten mijn raam". */
export type PlanSignalLink =
  | {
      readonly kind: 'scale';
      readonly item: PlanScaleItem;
      readonly comparison: 'atLeast' | 'atMost';
      readonly threshold: number;
      /** How many days running (1 = the check-in itself). */
      readonly days: number;
    }
  | {
      readonly kind: 'window';
      /** 'outside' is either side of the window of tolerance. */
      readonly state: Exclude<WindowOfTolerance, 'binnen-raam'> | 'outside';
      readonly days: number;
    }
  | { readonly kind: 'body'; readonly signal: BodySignal; readonly days: number };

export interface PlanSignal {
  readonly text: string;
  readonly link: PlanSignalLink | null;
}

export interface PlanContact {
  readonly name: string;
  readonly phone: string;
}

export interface PlanPhaseContent {
  readonly signals: readonly PlanSignal[];
  readonly selfSteps: readonly string[];
  readonly otherSteps: readonly string[];
  readonly contacts: readonly PlanContact[];
}

export type SafetyPlanContent = { readonly [P in PlanPhase]: PlanPhaseContent };

/** The values of one check-in that signals can be linked to. */
export type PlanCheckinValues = Pick<
  CheckinInput,
  'day' | 'tension' | 'mood' | 'energy' | 'sleep' | 'window' | 'bodySignals'
> & { readonly items?: { readonly urge?: number | null } };

export interface PlanMatch {
  readonly phase: (typeof WARNING_PHASES)[number];
  /** The client's own signals (as they wrote them) that the check-ins matched. */
  readonly signals: readonly PlanSignal[];
}

export function emptyPlanContent(): SafetyPlanContent {
  const phase = (): PlanPhaseContent => ({
    signals: [],
    selfSteps: [],
    otherSteps: [],
    contacts: [],
  });
  return { groen: phase(), oranje: phase(), rood: phase() };
}

function scaleValue(values: PlanCheckinValues, item: PlanScaleItem): number | null {
  const value = item === 'urge' ? values.items?.urge : values[item];
  return typeof value === 'number' ? value : null;
}

/** Does this one check-in meet the link (ignoring the days running)? */
export function checkinMeets(link: PlanSignalLink, values: PlanCheckinValues): boolean {
  switch (link.kind) {
    case 'scale': {
      const value = scaleValue(values, link.item);
      if (value === null) return false;
      return link.comparison === 'atLeast' ? value >= link.threshold : value <= link.threshold;
    }
    case 'window':
      if (!values.window || values.window === 'binnen-raam') return false;
      return link.state === 'outside' || values.window === link.state;
    case 'body':
      return (values.bodySignals ?? []).includes(link.signal);
  }
}

function previousDay(day: string): string {
  const date = new Date(`${day}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() - 1);
  return date.toISOString().slice(0, 10);
}

/**
 * Does the link hold for the `days` days up to and including `day`? A day counts when at least
 * one check-in of that day meets it; a day without a check-in breaks the run (we do not guess).
 */
function holdsRunning(
  link: PlanSignalLink,
  byDay: ReadonlyMap<string, readonly PlanCheckinValues[]>,
  day: string,
): boolean {
  let current = day;
  for (let n = 0; n < Math.max(1, link.days); n += 1) {
    const ofDay = byDay.get(current) ?? [];
    if (!ofDay.some((values) => checkinMeets(link, values))) return false;
    current = previousDay(current);
  }
  return true;
}

/**
 * Which warning phase do the check-ins up to `latest` look like? Red before orange; null when
 * no linked signal of either holds. Only linked signals count: the plan's other signals are
 * for the client to notice, not for the software.
 */
export function matchPlanPhase(
  plan: SafetyPlanContent,
  checkins: readonly PlanCheckinValues[],
  latest: PlanCheckinValues,
): PlanMatch | null {
  const byDay = new Map<string, PlanCheckinValues[]>();
  for (const values of [...checkins, latest]) {
    const list = byDay.get(values.day) ?? [];
    if (!list.includes(values)) list.push(values);
    byDay.set(values.day, list);
  }
  for (const phase of WARNING_PHASES) {
    // The latest check-in itself has to meet the signal: an old run does not ring again.
    const signals = plan[phase].signals.filter(
      (signal) =>
        signal.link !== null &&
        checkinMeets(signal.link, latest) &&
        holdsRunning(signal.link, byDay, latest.day),
    );
    if (signals.length > 0) return { phase, signals };
  }
  return null;
}

/** A phone number as a `tel:` link: digits and a leading + only ("+31 (0)6" drops the (0)). */
export function telHref(phone: string): string {
  const trimmed = phone.trim().replace(/\(0\)/g, '');
  const digits = trimmed.replace(/[^0-9]/g, '');
  return `tel:${trimmed.startsWith('+') ? '+' : ''}${digits}`;
}

/** Is a threshold on the check-in scale? */
export function isPlanThreshold(value: number): boolean {
  return Number.isInteger(value) && value >= CHECKIN_SCALE.min && value <= CHECKIN_SCALE.max;
}

export interface SafetyPlan {
  readonly id: string;
  readonly version: number;
  readonly content: SafetyPlanContent;
  readonly shared: boolean;
  readonly updatedAt: string;
  /** Who wrote this version: the client, or the therapist whose suggestion the client took. */
  readonly updatedBy: 'client' | 'therapist-suggestion';
}

export interface SaveSafetyPlanRequest {
  readonly content: SafetyPlanContent;
  /** The version this edit started from; null for the first plan. A stale one gets 409. */
  readonly baseVersion: number | null;
}

export interface ShareSafetyPlanRequest {
  readonly shared: boolean;
  readonly version: number;
}

const planText = z.string().trim().min(1, 'may not be empty').max(PLAN_TEXT_MAX_LENGTH);
const daysRunning = z.number().int().min(1).max(PLAN_MAX_DAYS_RUNNING);
const linkSchema = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('scale'),
      item: z.enum(PLAN_SCALE_ITEMS),
      comparison: z.enum(['atLeast', 'atMost']),
      threshold: z.number().int().min(CHECKIN_SCALE.min).max(CHECKIN_SCALE.max),
      days: daysRunning,
    })
    .strict(),
  z
    .object({
      kind: z.literal('window'),
      state: z.enum(['overprikkeld', 'bevroren', 'outside']),
      days: daysRunning,
    })
    .strict(),
  z.object({ kind: z.literal('body'), signal: z.enum(BODY_SIGNALS), days: daysRunning }).strict(),
]);
const phaseSchema = z
  .object({
    signals: z
      .array(z.object({ text: planText, link: linkSchema.nullable() }).strict())
      .max(PLAN_LIST_MAX),
    selfSteps: z.array(planText).max(PLAN_LIST_MAX),
    otherSteps: z.array(planText).max(PLAN_LIST_MAX),
    contacts: z
      .array(
        z
          .object({
            name: planText,
            phone: z
              .string()
              .trim()
              .regex(/^\+?[0-9 ()-]{3,20}$/, 'must be a phone number (digits, spaces, +, - or ())')
              .refine((phone) => /[0-9].*[0-9].*[0-9]/.test(phone), 'needs at least 3 digits'),
          })
          .strict(),
      )
      .max(PLAN_CONTACTS_MAX),
  })
  .strict();
const planSchema = z
  .object({ groen: phaseSchema, oranje: phaseSchema, rood: phaseSchema })
  .strict();

export type PlanValidationResult =
  | { readonly ok: true; readonly value: SafetyPlanContent }
  | { readonly ok: false; readonly issues: readonly ContentIssue[] };

/** Checks a plan and returns it trimmed, or every problem with its path. */
export function validatePlanContent(input: unknown): PlanValidationResult {
  const result = planSchema.safeParse(input);
  return result.success
    ? { ok: true, value: result.data }
    : { ok: false, issues: toContentIssues(result.error) };
}

/** The longest note a therapist adds to a suggested change. */
export const PLAN_SUGGESTION_NOTE_MAX_LENGTH = 500;

/**
 * What became of a therapist's suggestion: open until the client accepts or declines it;
 * `replaced` when the same therapist suggested again before the client decided.
 */
export const PLAN_SUGGESTION_STATUSES = ['open', 'accepted', 'declined', 'replaced'] as const;
export type PlanSuggestionStatus = (typeof PLAN_SUGGESTION_STATUSES)[number];

/**
 * A change to a shared plan that a therapist suggests: a whole plan as the therapist would
 * write it, based on the version they read. It never changes the plan by itself: only when the
 * client accepts it does it become the plan's next version.
 */
export interface PlanSuggestion {
  readonly id: string;
  readonly content: SafetyPlanContent;
  readonly note: string | null;
  /** The plan's version the therapist read when suggesting. */
  readonly baseVersion: number;
  readonly status: PlanSuggestionStatus;
  /** Who suggested it; null when that account is gone. */
  readonly therapistName: string | null;
  readonly createdAt: string;
  readonly decidedAt: string | null;
  /** The plan's version that accepting it made. */
  readonly acceptedVersion: number | null;
}

export interface SuggestPlanChangeRequest {
  readonly content: SafetyPlanContent;
  /** The plan's version the suggestion starts from; a stale one gets 409 with the current plan. */
  readonly baseVersion: number;
  readonly note?: string | null;
}

export interface AcceptPlanSuggestionRequest {
  /**
   * The plan's version the client replaces by accepting: the suggestion's base version, or,
   * after a 409 showed both, the current one. Any other gets 409.
   */
  readonly planVersion: number;
}

/** The 409 of an accept when the plan moved on: the plan now and the suggestion, side by side. */
export interface PlanSuggestionConflict {
  readonly plan: SafetyPlan;
  readonly suggestion: PlanSuggestion;
}

/** What the therapist sees of a client's plan: the plan while shared, with their own suggestions. */
export interface SharedSafetyPlan {
  readonly plan: SafetyPlan | null;
  readonly suggestions: readonly PlanSuggestion[];
}
