import type { Questionnaire } from './fhir';
import type { ChangeVerdict } from './reliable-change';
import type { ItemAnswers, ScoreResult } from './score';

/**
 * What the API and the web app exchange about questionnaires (ROM): a practice's imported
 * instruments, assignments to a client, and the client's answers with their score.
 */

/** "Every N days" bounds of an assignment's rhythm; null means once. Every 4 weeks = 28. */
export const QUESTIONNAIRE_EVERY_DAYS = { min: 7, max: 365, fourWeeks: 28 } as const;

/** The largest answer list a draft or submit carries (no instrument we score is longer). */
export const QUESTIONNAIRE_MAX_ITEMS = 200;

/** An instrument a practice imported, as its library lists it. */
export interface ImportedQuestionnaire {
  readonly id: string;
  readonly url: string;
  readonly version: string;
  readonly title: string;
  readonly profileId: string;
  /** How many questions carry a score. */
  readonly itemCount: number;
  readonly importedAt: string;
}

export interface ImportQuestionnaireRequest {
  /** The FHIR R4 Questionnaire resource, as read from its JSON file. */
  readonly questionnaire: unknown;
}

export interface AssignQuestionnaireRequest {
  readonly questionnaireId: string;
  /** null = once; otherwise every this many days. */
  readonly everyDays: number | null;
}

export interface QuestionnaireAssignment {
  readonly id: string;
  readonly clientId: string;
  readonly questionnaireId: string;
  readonly title: string;
  readonly everyDays: number | null;
  /** The day it is due (Amsterdam), null once a one-off is done or when stopped. */
  readonly nextDue: string | null;
  readonly stopped: boolean;
  readonly createdAt: string;
}

/** How a scale's score moved since the previous result of the same instrument. */
export interface ScaleChange {
  readonly scaleId: string;
  readonly previous: number;
  readonly current: number;
  /** Null when the instrument has no reliability figures: then no claim is made. */
  readonly verdict: ChangeVerdict | null;
}

/** A filled-in questionnaire, as the client (all of theirs) or the therapist (shared only) sees it. */
export interface QuestionnaireResult {
  readonly id: string;
  readonly assignmentId: string;
  readonly questionnaireId: string;
  readonly title: string;
  readonly profileId: string;
  readonly status: 'in-progress' | 'completed';
  readonly version: number;
  /** One per scorable item, item 1 first; null = not answered. */
  readonly answers: ItemAnswers;
  readonly shared: boolean;
  readonly submittedAt: string | null;
  readonly sharedAt: string | null;
  /** Null while in progress. */
  readonly score: ScoreResult | null;
  /** Against the previous completed result of this instrument that the viewer can see. */
  readonly changes: readonly ScaleChange[];
}

/** One of the client's assigned questionnaires, for the list "Vragenlijsten". */
export interface MyQuestionnaire {
  readonly assignment: QuestionnaireAssignment;
  /** True when it may be filled in now (due, or a draft is waiting). */
  readonly due: boolean;
  /** The paused draft, when there is one. */
  readonly draft: {
    readonly id: string;
    readonly version: number;
    readonly answered: number;
  } | null;
}

/** Everything needed to fill one in: the instrument itself and the draft to resume. */
export interface MyQuestionnaireDetail extends MyQuestionnaire {
  readonly questionnaire: Questionnaire;
  readonly draftAnswers: ItemAnswers | null;
}

export interface SaveQuestionnaireDraftRequest {
  readonly answers: ItemAnswers;
  /** The draft's version; null when there is no draft yet. */
  readonly version: number | null;
}

export interface SubmitQuestionnaireRequest extends SaveQuestionnaireDraftRequest {
  readonly idempotencyKey: string;
  /** Whether the therapist may see it; left out = the product's share default (off). */
  readonly shared?: boolean;
}

export interface ShareQuestionnaireResultRequest {
  readonly shared: boolean;
}

/** What a therapist sees of one client: the assignments and only the shared results. */
export interface ClientQuestionnaires {
  readonly assignments: readonly QuestionnaireAssignment[];
  readonly results: readonly QuestionnaireResult[];
  /** The instruments of these assignments by id, to show each answer with its question. */
  readonly instruments: Readonly<Record<string, Questionnaire>>;
}
