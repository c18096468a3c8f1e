import type { ClientResponse, Feedback, ModuleAnswers, StepMark } from '@oefenruimte/shared';

/** A response as the repository reads it (see `ResponsesRepository`). */
export interface ResponseRow {
  id: string;
  assignment_id: string;
  answers: ModuleAnswers;
  position: string | null;
  version: number;
  started_at: Date;
  updated_at: Date;
  submitted_at: Date | null;
}

export interface MarkRow {
  response_id: string;
  step_id: string;
  shared: boolean;
  discuss: boolean;
}

export interface FeedbackRow {
  id: string;
  response_id: string;
  step_id: string | null;
  text: string;
  name: string;
  created_at: Date;
}

export function toFeedback(row: FeedbackRow): Feedback {
  return {
    id: row.id,
    stepId: row.step_id,
    text: row.text,
    therapistName: row.name,
    createdAt: row.created_at.toISOString(),
  };
}

/** The client's view of a response, with its marks and the feedback on it. */
export function toClientResponse(
  row: ResponseRow,
  marks: readonly MarkRow[],
  feedback: readonly FeedbackRow[],
): ClientResponse {
  return {
    id: row.id,
    assignmentId: row.assignment_id,
    answers: row.answers,
    position: row.position,
    version: row.version,
    startedAt: row.started_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    submittedAt: row.submitted_at?.toISOString() ?? null,
    marks: Object.fromEntries(
      marks
        .filter((m) => m.response_id === row.id)
        .map((m): [string, StepMark] => [m.step_id, { shared: m.shared, discuss: m.discuss }]),
    ),
    feedback: feedback.filter((f) => f.response_id === row.id).map(toFeedback),
  };
}
