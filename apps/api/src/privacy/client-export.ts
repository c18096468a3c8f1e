import {
  CHECKIN_ANSWER_FIELDS,
  CHECKIN_ITEM_FIELDS,
  type Checkin,
  type CheckinAnswers,
  type CheckinModuleItems,
  type PlanSuggestionStatus,
  type QuestionnaireResponse,
  type CheckinPreferences,
  type SafetyPlanContent,
} from '@oefenruimte/shared';

/** A check-in as exported: every field of the shared list, the day and the sharing choices. */
export type ExportCheckin = CheckinAnswers & {
  readonly day: string;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly shared: boolean;
  readonly discuss: boolean;
  readonly danger: boolean;
  readonly items: Required<CheckinModuleItems>;
};

export interface ClientExport {
  readonly exportedAt: string;
  readonly account: { name: string; email: string; practice: string; createdAt: string };
  readonly careRelations: { therapist: string; since: string; until: string | null }[];
  readonly checkins: ExportCheckin[];
  /** The client's standing choices for new check-ins; null when they never set them. */
  readonly checkinPreferences: CheckinPreferences | null;
  readonly homework: {
    module: string;
    assignedBy: string;
    note: string | null;
    assignedAt: string;
    responses: {
      startedAt: string;
      submittedAt: string | null;
      /** As stored, keyed by step id (for machines). */
      answers: unknown;
      /** The same answers in words: each question with its answer, and what was shared. */
      steps: { question: string; answer: string[]; shared: boolean; discuss: boolean }[];
      feedback: { question: string | null; text: string; by: string; at: string }[];
    }[];
  }[];
  readonly reviews: {
    therapist: string;
    periodStart: string;
    periodEnd: string;
    createdAt: string;
    agreements: string[];
  }[];
  /** Every version of the signaleringsplan, newest first; shared says whether it is shared now. */
  readonly safetyPlan: {
    shared: boolean;
    versions: { version: number; writtenAt: string; content: SafetyPlanContent }[];
    /** Changes a therapist suggested, oldest first, with what the client decided. */
    suggestions: {
      by: string | null;
      suggestedAt: string;
      baseVersion: number;
      note: string | null;
      content: SafetyPlanContent;
      status: PlanSuggestionStatus;
      decidedAt: string | null;
      acceptedVersion: number | null;
    }[];
  } | null;
  /** Questionnaires assigned to the client and every response, also as FHIR QuestionnaireResponse. */
  readonly questionnaires: {
    assignments: {
      title: string;
      everyDays: number | null;
      nextDue: string | null;
      stopped: boolean;
      assignedAt: string;
    }[];
    responses: {
      title: string;
      status: 'in-progress' | 'completed';
      startedAt: string;
      submittedAt: string | null;
      shared: boolean;
      /** An answer led to the safety screen. */
      safety: boolean;
      scores: {
        scale: string;
        score: number | null;
        band: string | null;
        meaning: string | null;
      }[];
      questionnaireResponse: QuestionnaireResponse;
    }[];
  };
  /** Reminder settings, devices and what was sent, table by table as stored. */
  readonly reminders: Record<string, unknown[]>;
  readonly accessLog: {
    at: string;
    who: string | null;
    role: string | null;
    event: string;
    action: string;
    outcome: string;
    /** The client did it themself (the document lists what others did first). */
    byMe: boolean;
    /** The row in plain Dutch, as on the page "Wie heeft mijn gegevens bekeken". */
    description: string;
  }[];
}

/** Every field of the shared list, so both exports hold exactly what a check-in holds. */
export function exportCheckin(checkin: Checkin): ExportCheckin {
  const answers = Object.fromEntries(
    Object.keys(CHECKIN_ANSWER_FIELDS).map((key) => [key, checkin[key as keyof CheckinAnswers]]),
  ) as unknown as CheckinAnswers;
  const items = Object.fromEntries(
    Object.keys(CHECKIN_ITEM_FIELDS).map((key) => [
      key,
      checkin.items[key as keyof CheckinModuleItems] ?? null,
    ]),
  ) as unknown as Required<CheckinModuleItems>;
  return {
    day: checkin.day,
    createdAt: checkin.createdAt,
    updatedAt: checkin.updatedAt,
    shared: checkin.shared,
    discuss: checkin.discuss,
    danger: checkin.danger,
    ...answers,
    items,
  };
}
