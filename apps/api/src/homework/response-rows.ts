import type { ClientResponse, Feedback, ModuleAnswers, StepMark } from '@oefenruimte/shared';
import type { EntityManager } from 'typeorm';

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

export const RESPONSE_COLUMNS =
  'r.id, r.assignment_id, r.answers, r.position, r.version, r.started_at, r.updated_at, r.submitted_at';

/**
 * The client's view of several responses, with their marks and feedback: three queries in all,
 * however many responses there are.
 */
export async function loadClientResponses(
  manager: EntityManager,
  rows: readonly ResponseRow[],
): Promise<ClientResponse[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((row) => row.id);
  const marks: { response_id: string; step_id: string; shared: boolean; discuss: boolean }[] =
    await manager.query(
      'SELECT response_id, step_id, shared, discuss FROM response_marks WHERE response_id = ANY($1::uuid[])',
      [ids],
    );
  const feedback: {
    id: string;
    response_id: string;
    step_id: string | null;
    text: string;
    name: string;
    created_at: Date;
  }[] = await manager.query(
    `SELECT f.id, f.response_id, f.step_id, f.text, t.name, f.created_at FROM feedback f JOIN users t ON t.id = f.therapist_id
        WHERE f.response_id = ANY($1::uuid[]) ORDER BY f.created_at`,
    [ids],
  );
  return rows.map((row) => ({
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
    feedback: feedback
      .filter((f) => f.response_id === row.id)
      .map((f): Feedback => ({
        id: f.id,
        stepId: f.step_id,
        text: f.text,
        therapistName: f.name,
        createdAt: f.created_at.toISOString(),
      })),
  }));
}
