/** The module library, assignments, the client's work on them, sharing and feedback: the API contract. */
import type { ModuleAnswers, ModuleContent, ModuleTheme } from './content';
import type { ReminderSuggestionInput } from './reminders';

export const ASSIGNMENT_RHYTHMS = ['once', 'daily', 'weekly', 'weekdays'] as const;
export type AssignmentRhythm = (typeof ASSIGNMENT_RHYTHMS)[number];

export const ASSIGNMENT_STATUSES = ['active', 'paused', 'withdrawn'] as const;
export type AssignmentStatus = (typeof ASSIGNMENT_STATUSES)[number];

/** What the therapist sees per assignment: derived from status, work and due date. */
export type AssignmentState = 'open' | 'in-progress' | 'done' | 'overdue' | 'paused' | 'withdrawn';

export const ASSIGNMENT_NOTE_MAX_LENGTH = 2000;
export const FEEDBACK_MAX_LENGTH = 4000;

export interface LibraryModuleSummary {
  readonly id: string;
  readonly slug: string;
  readonly title: string;
  readonly theme: ModuleTheme;
  readonly summary: string;
  readonly estimatedMinutes: number;
  readonly builtIn: boolean;
  readonly status: 'draft' | 'published' | 'archived';
  readonly publishedVersion: number | null;
  readonly updatedAt: string;
}

export interface LibraryModule extends LibraryModuleSummary {
  /** What is being edited (for built-ins: the latest version). */
  readonly draft: ModuleContent;
  /** The latest published content, as clients get it; null before the first publish. */
  readonly published: ModuleContent | null;
  readonly version: number;
}

export interface CreateModuleRequest {
  /** Copy this module (built-in or the practice's own); without it a new, nearly empty module. */
  readonly copyFrom?: string;
}

export interface SaveModuleDraftRequest {
  readonly content: ModuleContent;
  readonly version: number;
}

export interface PublishModuleRequest {
  readonly version: number;
}

export interface CreateAssignmentRequest {
  readonly moduleId: string;
  readonly note?: string;
  /** yyyy-mm-dd */
  readonly dueDate?: string;
  readonly rhythm: AssignmentRhythm;
  /** ISO weekdays 1–7, for rhythm `weekdays`. */
  readonly weekdays?: readonly number[];
  /** A homework reminder to suggest to the client; it starts only when the client accepts. */
  readonly reminder?: ReminderSuggestionInput;
}

export interface UpdateAssignmentRequest {
  readonly status: AssignmentStatus;
  readonly version: number;
}

export interface AssignmentSummary {
  readonly id: string;
  readonly clientId: string;
  readonly therapistName: string;
  readonly moduleId: string;
  readonly moduleTitle: string;
  readonly moduleVersion: number;
  readonly estimatedMinutes: number;
  readonly note: string | null;
  readonly dueDate: string | null;
  readonly rhythm: AssignmentRhythm;
  readonly weekdays: readonly number[] | null;
  readonly status: AssignmentStatus;
  readonly state: AssignmentState;
  readonly submittedCount: number;
  readonly lastActivityAt: string | null;
  readonly createdAt: string;
  readonly version: number;
}

export interface StepMark {
  readonly shared: boolean;
  readonly discuss: boolean;
}

export interface Feedback {
  readonly id: string;
  readonly stepId: string | null;
  readonly text: string;
  readonly therapistName: string;
  readonly createdAt: string;
}

/** The client's own view of one time they worked on an assignment. */
export interface ClientResponse {
  readonly id: string;
  readonly assignmentId: string;
  readonly answers: ModuleAnswers;
  readonly position: string | null;
  readonly version: number;
  readonly startedAt: string;
  readonly updatedAt: string;
  readonly submittedAt: string | null;
  readonly marks: Readonly<Record<string, StepMark>>;
  readonly feedback: readonly Feedback[];
}

/** Everything the client needs to do an assignment: the version they were given and their work. */
export interface ClientAssignmentDetail {
  readonly assignment: AssignmentSummary;
  readonly content: ModuleContent;
  readonly draft: ClientResponse | null;
  readonly submitted: readonly ClientResponse[];
}

export interface SaveDraftRequest {
  /** Only the steps that changed; a step set to null clears its answer. */
  readonly answers: ModuleAnswers;
  readonly position?: string | null;
  /** The version this change was made on; another tab's newer save means 409. */
  readonly version: number;
}

export interface SubmitResponseRequest {
  /** Made once per submit by the browser: a retry with the same key makes one submission. */
  readonly idempotencyKey: string;
  readonly version: number;
  /** Step ids the therapist may see. Everything else stays private. */
  readonly share: readonly string[];
  readonly discuss: readonly string[];
}

export interface UpdateMarksRequest {
  readonly share: readonly string[];
  readonly discuss: readonly string[];
}

/** What a therapist sees of a response: only the shared steps, nothing of the rest. */
export interface SharedResponse {
  readonly id: string;
  readonly assignmentId: string;
  readonly moduleTitle: string;
  readonly content: ModuleContent;
  readonly submittedAt: string | null;
  readonly steps: readonly {
    readonly stepId: string;
    readonly answer: unknown;
    readonly discuss: boolean;
  }[];
  readonly feedback: readonly Feedback[];
}

export interface SharedResponseSummary {
  readonly id: string;
  readonly assignmentId: string;
  readonly moduleTitle: string;
  readonly submittedAt: string | null;
  readonly sharedSteps: number;
  readonly discussSteps: number;
}

export interface CreateFeedbackRequest {
  readonly stepId?: string | null;
  readonly text: string;
}
