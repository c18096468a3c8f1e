/** Daily check-ins, safety, the therapist's overview, progress and reviewing together: the API contract. */

export const WINDOW_OF_TOLERANCE = ['overprikkeld', 'binnen-raam', 'bevroren'] as const;
export type WindowOfTolerance = (typeof WINDOW_OF_TOLERANCE)[number];

/** Body signals a client can tick; free text goes in the note. */
export const BODY_SIGNALS = [
  'hartkloppingen',
  'gespannen-spieren',
  'hoofdpijn',
  'buikpijn',
  'trillen',
  'moe',
  'onrustig',
  'verdoofd',
  'ademhaling',
  'slecht-slapen',
] as const;
export type BodySignal = (typeof BODY_SIGNALS)[number];

/** Every 0–10 scale of the check-in; the top of tension is a safety signal. */
export const CHECKIN_SCALE = { min: 0, max: 10 } as const;
export const CHECKIN_NOTE_MAX_LENGTH = 2000;
export const CHECKIN_TEXT_MAX_LENGTH = 500;
export const AGREEMENT_MAX_LENGTH = 500;
export const MAX_AGREEMENTS_PER_REVIEW = 20;

/** Items that assigned modules add to the check-in (shown when such a module is assigned). */
export interface CheckinModuleItems {
  /** Ontwennen: urge to make contact 0–10, contact yes/no, the trigger, what I did instead. */
  readonly urge?: number | null;
  readonly contact?: boolean | null;
  readonly trigger?: string | null;
  readonly instead?: string | null;
  /** Grenzen stellen: did I set a boundary, and how did the other react. */
  readonly boundarySet?: boolean | null;
  readonly boundaryReaction?: string | null;
}

export interface CheckinInput {
  /** The day it is about (yyyy-mm-dd); today or earlier. */
  readonly day: string;
  readonly tension?: number | null;
  readonly mood?: number | null;
  readonly energy?: number | null;
  readonly sleep?: number | null;
  readonly window?: WindowOfTolerance | null;
  readonly bodySignals?: readonly BodySignal[];
  readonly note?: string | null;
  readonly items?: CheckinModuleItems;
  /** "Ben je nu in gevaar, of denk je eraan om jezelf iets aan te doen?" */
  readonly safetyConcern?: boolean | null;
  readonly shared?: boolean;
  readonly discuss?: boolean;
}

export interface CreateCheckinRequest extends CheckinInput {
  readonly idempotencyKey: string;
}

export interface UpdateCheckinRequest extends Partial<CheckinInput> {
  readonly version: number;
}

export interface Checkin extends Required<Omit<CheckinInput, 'items' | 'bodySignals'>> {
  readonly id: string;
  readonly items: CheckinModuleItems;
  readonly bodySignals: readonly BodySignal[];
  /** The safety question answered yes, or tension at the top of the scale. */
  readonly danger: boolean;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly version: number;
}

export interface CheckinPreferences {
  readonly shareByDefault: boolean;
  /** Let therapists see how many check-ins are private (never their content). */
  readonly showPrivateCount: boolean;
}

/** What a therapist sees of one client's check-ins: only shared ones. */
export interface SharedCheckins {
  readonly items: readonly Checkin[];
  /** Only when the client allowed it; otherwise null (not even a count leaks). */
  readonly privateCount: number | null;
  /** Shared safety check-ins in this list that this therapist has not marked seen yet. */
  readonly unseenSafety: readonly string[];
}

export type NeedReason =
  | 'safety'
  /** The latest shared check-in looks like the red / orange phase of the shared signaleringsplan. */
  | 'plan-rood'
  | 'plan-oranje'
  | 'questionnaire-safety'
  | 'new-checkins'
  | 'new-responses'
  | 'overdue'
  | 'rising-tension'
  | 'discuss';

export interface OverviewClient {
  readonly clientId: string;
  readonly name: string;
  readonly reasons: readonly NeedReason[];
  /** Shared check-ins with a safety signal the therapist has not marked seen. */
  readonly unseenSafety: readonly {
    readonly checkinId: string;
    readonly day: string;
    readonly createdAt: string;
  }[];
  /** Shared questionnaires of the last two weeks whose answers lead to the safety screen. */
  readonly questionnaireSafety: number;
  readonly newCheckins: number;
  readonly newResponses: number;
  readonly overdueAssignments: number;
  readonly discussItems: number;
  /** Average shared tension over the last 7 days and the 7 before; null without data. */
  readonly tensionRecent: number | null;
  readonly tensionBefore: number | null;
  readonly lastSharedAt: string | null;
  /**
   * Which warning phase of the signaleringsplan the latest shared check-in looks like, by the
   * same rule the client sees (`matchPlanPhase`); null unless the client shares the plan.
   */
  readonly planPhase: { readonly phase: 'oranje' | 'rood'; readonly day: string } | null;
}

export interface Agreement {
  readonly id: string;
  readonly text: string;
  readonly moduleId: string | null;
  readonly moduleTitle: string | null;
  readonly createdAt: string;
}

export interface Review {
  readonly id: string;
  readonly clientId: string;
  readonly therapistName: string;
  readonly periodStart: string;
  readonly periodEnd: string;
  readonly createdAt: string;
  readonly agreements: readonly Agreement[];
}

export interface ReviewBundle {
  readonly periodStart: string;
  readonly periodEnd: string;
  readonly previousReview: Review | null;
  readonly checkins: readonly Checkin[];
  readonly responses: readonly {
    readonly id: string;
    readonly moduleTitle: string;
    readonly submittedAt: string | null;
    readonly sharedSteps: number;
    readonly discussSteps: number;
  }[];
  readonly discussCheckins: number;
  readonly feedbackCount: number;
}

export interface CreateReviewRequest {
  readonly periodStart: string;
  readonly periodEnd: string;
  readonly agreements: readonly { readonly text: string; readonly moduleId?: string | null }[];
}

export interface DeleteAccountRequest {
  readonly password: string;
}
