import { Injectable } from '@nestjs/common';
import type { ClientResponse, Feedback, ModuleAnswers, ModuleContent } from '@oefenruimte/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { eraseClientRows } from '../database/client-rows';
import {
  type FeedbackRow,
  type MarkRow,
  type ResponseRow,
  toClientResponse,
  toFeedback,
} from './response-rows';

const RESPONSE_COLUMNS =
  'r.id, r.assignment_id, r.answers, r.position, r.version, r.started_at, r.updated_at, r.submitted_at';

const FEEDBACK_SELECT = `SELECT f.id, f.response_id, f.step_id, f.text, t.name, f.created_at
                           FROM feedback f JOIN users t ON t.id = f.therapist_id`;

/**
 * The steps a client shared of their responses to this therapist's assignments: the one
 * filter every therapist-side read goes through. Parameters: $1 practice, $2 client,
 * $3 therapist. Unshared answers never leave the database.
 */
const SHARED_MARKS = `response_marks m
                      JOIN responses r ON r.id = m.response_id
                      JOIN assignments a ON a.id = r.assignment_id
                      JOIN module_versions v ON v.id = a.module_version_id
                     WHERE m.practice_id = $1 AND m.client_id = $2 AND a.therapist_id = $3 AND m.shared`;

const SHARED_SUMMARY = `SELECT r.id, r.assignment_id, v.content->>'title' AS title, r.submitted_at,
                               count(*)::int AS shared, count(*) FILTER (WHERE m.discuss)::int AS discuss
                          FROM ${SHARED_MARKS}`;

export interface SharedSummaryRow {
  id: string;
  assignment_id: string;
  title: string;
  submitted_at: Date | null;
  shared: number;
  discuss: number;
}

export interface SharedStepRow {
  step_id: string;
  answer: unknown;
  discuss: boolean;
  title: string;
  content: ModuleContent;
  assignment_id: string;
  submitted_at: Date | null;
}

/**
 * The only SQL on `responses`, `response_marks` and `feedback`. The client's methods (`own…`)
 * name the practice and the client themself; the therapist's (`shared…For`) name the
 * practice, the client and the therapist, and read through `SHARED_MARKS` only.
 */
@Injectable()
export class ResponsesRepository {
  constructor(private readonly dataSource: DataSource) {}

  // The client's own work.

  ownForAssignment(
    practiceId: string,
    clientId: string,
    assignmentId: string,
  ): Promise<ResponseRow[]> {
    return this.dataSource.query(
      `SELECT ${RESPONSE_COLUMNS} FROM responses r
        WHERE r.assignment_id = $1 AND r.client_id = $2 AND r.practice_id = $3 ORDER BY r.started_at DESC LIMIT 100`,
      [assignmentId, clientId, practiceId],
    );
  }

  /** The open draft of the assignment, made when there is none. */
  async openDraft(
    practiceId: string,
    clientId: string,
    assignmentId: string,
    manager: EntityManager,
  ): Promise<ResponseRow> {
    await manager.query(
      `INSERT INTO responses (practice_id, assignment_id, client_id) VALUES ($1, $2, $3)
       ON CONFLICT (assignment_id) WHERE submitted_at IS NULL DO NOTHING`,
      [practiceId, assignmentId, clientId],
    );
    const [draft]: ResponseRow[] = await manager.query(
      `SELECT ${RESPONSE_COLUMNS} FROM responses r
        WHERE r.assignment_id = $1 AND r.client_id = $2 AND r.practice_id = $3 AND r.submitted_at IS NULL`,
      [assignmentId, clientId, practiceId],
    );
    return draft!;
  }

  /** One of the client's responses (not of a withdrawn assignment) with its module content. */
  async own(
    practiceId: string,
    clientId: string,
    responseId: string,
    options: { lock: boolean },
    manager: EntityManager = this.dataSource.manager,
  ): Promise<(ResponseRow & { content: ModuleContent }) | undefined> {
    const [row]: (ResponseRow & { content: ModuleContent })[] = await manager.query(
      `SELECT ${RESPONSE_COLUMNS}, v.content FROM responses r
         JOIN assignments a ON a.id = r.assignment_id JOIN module_versions v ON v.id = a.module_version_id
        WHERE r.id = $1 AND r.client_id = $2 AND r.practice_id = $3 AND a.status <> 'withdrawn'
        ${options.lock ? 'FOR UPDATE OF r' : ''}`,
      [responseId, clientId, practiceId],
    );
    return row;
  }

  async saveAnswers(
    practiceId: string,
    clientId: string,
    responseId: string,
    change: { answers: ModuleAnswers; position: string | null },
    manager: EntityManager,
  ): Promise<ResponseRow> {
    const [[updated]]: [ResponseRow[], number] = await manager.query(
      `UPDATE responses r SET answers = $4, position = COALESCE($5, r.position), version = r.version + 1, updated_at = now()
        WHERE r.id = $1 AND r.client_id = $2 AND r.practice_id = $3 RETURNING ${RESPONSE_COLUMNS}`,
      [responseId, clientId, practiceId, change.answers, change.position],
    );
    return updated!;
  }

  /** The response a submit key was used for, with the hash of the body it came with. */
  async bySubmitKey(
    practiceId: string,
    clientId: string,
    key: string,
    manager: EntityManager,
  ): Promise<{ id: string; submit_hash: Buffer } | undefined> {
    const [row]: { id: string; submit_hash: Buffer }[] = await manager.query(
      'SELECT id, submit_hash FROM responses WHERE client_id = $1 AND practice_id = $2 AND submit_key = $3',
      [clientId, practiceId, key],
    );
    return row;
  }

  async markSubmitted(
    practiceId: string,
    clientId: string,
    responseId: string,
    submit: { key: string; hash: Buffer },
    manager: EntityManager,
  ): Promise<ResponseRow> {
    const [[submitted]]: [ResponseRow[], number] = await manager.query(
      `UPDATE responses r SET submitted_at = now(), submit_key = $4, submit_hash = $5, version = r.version + 1, updated_at = now()
        WHERE r.id = $1 AND r.client_id = $2 AND r.practice_id = $3 RETURNING ${RESPONSE_COLUMNS}`,
      [responseId, clientId, practiceId, submit.key, submit.hash],
    );
    return submitted!;
  }

  /** Sets shared and discuss for every step of the response (shared_at kept while still shared). */
  async writeMarks(
    practiceId: string,
    clientId: string,
    responseId: string,
    marks: { stepIds: string[]; share: string[]; discuss: string[] },
    manager: EntityManager,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO response_marks (response_id, step_id, practice_id, client_id, shared, shared_at, discuss)
       SELECT $1, s.step_id, $2, $3, s.step_id = ANY($5::text[]), CASE WHEN s.step_id = ANY($5::text[]) THEN now() END,
              s.step_id = ANY($6::text[])
         FROM unnest($4::text[]) AS s(step_id)
       ON CONFLICT (response_id, step_id) DO UPDATE SET
         shared = EXCLUDED.shared,
         shared_at = CASE WHEN EXCLUDED.shared AND response_marks.shared THEN response_marks.shared_at ELSE EXCLUDED.shared_at END,
         discuss = EXCLUDED.discuss`,
      [responseId, practiceId, clientId, marks.stepIds, marks.share, marks.discuss],
    );
  }

  /**
   * The client's view of several of their responses, with marks and feedback: two queries
   * in all, however many responses there are.
   */
  async ownView(
    practiceId: string,
    clientId: string,
    rows: readonly ResponseRow[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<ClientResponse[]> {
    if (rows.length === 0) return [];
    const ids = rows.map((row) => row.id);
    const marks: MarkRow[] = await manager.query(
      `SELECT response_id, step_id, shared, discuss FROM response_marks
        WHERE response_id = ANY($1::uuid[]) AND practice_id = $2 AND client_id = $3`,
      [ids, practiceId, clientId],
    );
    const feedback: FeedbackRow[] = await manager.query(
      `${FEEDBACK_SELECT} WHERE f.response_id = ANY($1::uuid[]) AND f.practice_id = $2 ORDER BY f.created_at`,
      [ids, practiceId],
    );
    return rows.map((row) => toClientResponse(row, marks, feedback));
  }

  async ownViewOne(
    practiceId: string,
    clientId: string,
    row: ResponseRow,
    manager?: EntityManager,
  ): Promise<ClientResponse> {
    return (await this.ownView(practiceId, clientId, [row], manager))[0]!;
  }

  // What a therapist sees: shared steps only.

  /** The client's responses with something shared with this therapist, newest first. */
  sharedFor(
    practiceId: string,
    clientId: string,
    therapistId: string,
    manager: EntityManager,
  ): Promise<SharedSummaryRow[]> {
    return manager.query(
      `${SHARED_SUMMARY} GROUP BY r.id, v.id ORDER BY r.submitted_at DESC NULLS LAST LIMIT 200`,
      [practiceId, clientId, therapistId],
    );
  }

  /** Responses submitted on or after `from`, or shared after `since`, oldest first. */
  sharedSinceFor(
    practiceId: string,
    clientId: string,
    therapistId: string,
    window: { from: string; since: Date },
    manager: EntityManager,
  ): Promise<SharedSummaryRow[]> {
    return manager.query(
      `${SHARED_SUMMARY} AND (r.submitted_at >= $4::date OR m.shared_at > $5)
        GROUP BY r.id, v.id ORDER BY r.submitted_at`,
      [practiceId, clientId, therapistId, window.from, window.since],
    );
  }

  /** The shared steps of one response with their answers; none when nothing is shared. */
  sharedStepsFor(
    practiceId: string,
    clientId: string,
    therapistId: string,
    responseId: string,
    manager: EntityManager,
  ): Promise<SharedStepRow[]> {
    return manager.query(
      `SELECT m.step_id, r.answers -> m.step_id AS answer, m.discuss, v.content->>'title' AS title, v.content,
              r.assignment_id, r.submitted_at
         FROM ${SHARED_MARKS} AND m.response_id = $4`,
      [practiceId, clientId, therapistId, responseId],
    );
  }

  /** Which steps of one response are shared (no answers). */
  async sharedStepIdsFor(
    practiceId: string,
    clientId: string,
    therapistId: string,
    responseId: string,
    manager: EntityManager,
  ): Promise<string[]> {
    const rows: { step_id: string }[] = await manager.query(
      `SELECT m.step_id FROM ${SHARED_MARKS} AND m.response_id = $4`,
      [practiceId, clientId, therapistId, responseId],
    );
    return rows.map((row) => row.step_id);
  }

  /** The feedback on a response, for as long as something of it is shared with this therapist. */
  async sharedFeedbackFor(
    practiceId: string,
    clientId: string,
    therapistId: string,
    responseId: string,
    manager: EntityManager,
  ): Promise<Feedback[]> {
    const rows: FeedbackRow[] = await manager.query(
      `${FEEDBACK_SELECT}
        WHERE f.practice_id = $1 AND f.response_id = $4
          AND EXISTS (SELECT 1 FROM ${SHARED_MARKS} AND m.response_id = $4)
        ORDER BY f.created_at`,
      [practiceId, clientId, therapistId, responseId],
    );
    return rows.map(toFeedback);
  }

  async addFeedback(
    practiceId: string,
    therapistId: string,
    responseId: string,
    feedback: { stepId: string | null; text: string },
    manager: EntityManager,
  ): Promise<{ id: string; created_at: Date }> {
    const [row]: { id: string; created_at: Date }[] = await manager.query(
      `INSERT INTO feedback (practice_id, response_id, step_id, therapist_id, text) VALUES ($1, $2, $3, $4, $5)
       RETURNING id, created_at`,
      [practiceId, responseId, feedback.stepId, therapistId, feedback.text],
    );
    return row!;
  }

  /**
   * The overview's homework counts over many clients at once, of this therapist's own
   * assignments: per client, responses with steps shared in the last week and steps marked to
   * discuss (of the last two weeks); and active assignments past their due date without a submit.
   */
  async overviewFor(
    practiceId: string,
    clientIds: readonly string[],
    therapistId: string,
    manager: EntityManager,
  ): Promise<{
    responses: { client_id: string; recent: number; discuss: number }[];
    overdue: { client_id: string; overdue: number }[];
  }> {
    const responses = await manager.query(
      `SELECT r.client_id,
              count(DISTINCT r.id) FILTER (WHERE m.shared_at > now() - interval '7 days')::int AS recent,
              count(*) FILTER (WHERE m.discuss)::int AS discuss
         FROM response_marks m JOIN responses r ON r.id = m.response_id JOIN assignments a ON a.id = r.assignment_id
        WHERE m.practice_id = $1 AND m.client_id = ANY($2::uuid[]) AND m.shared AND a.therapist_id = $3
          AND m.shared_at > now() - interval '14 days'
        GROUP BY r.client_id`,
      [practiceId, clientIds, therapistId],
    );
    const overdue = await manager.query(
      `SELECT a.client_id, count(*)::int AS overdue FROM assignments a
        WHERE a.practice_id = $1 AND a.client_id = ANY($2::uuid[]) AND a.therapist_id = $3 AND a.status = 'active'
          AND a.due_date < current_date
          AND NOT EXISTS (SELECT 1 FROM responses r WHERE r.assignment_id = a.id AND r.submitted_at IS NOT NULL)
        GROUP BY a.client_id`,
      [practiceId, clientIds, therapistId],
    );
    return { responses, overdue };
  }

  // The client's rights: their export and the erasure of their account.

  /** Everything of the client's responses: answers (shared or not), marks, and the feedback. */
  async exportFor(
    practiceId: string,
    clientId: string,
    manager: EntityManager,
  ): Promise<{
    responses: {
      id: string;
      assignment_id: string;
      started_at: Date;
      submitted_at: Date | null;
      answers: Record<string, unknown>;
    }[];
    marks: { response_id: string; step_id: string; shared: boolean; discuss: boolean }[];
    feedback: {
      response_id: string;
      step_id: string | null;
      text: string;
      by: string;
      created_at: Date;
    }[];
  }> {
    const responses = await manager.query(
      `SELECT id, assignment_id, started_at, submitted_at, answers FROM responses
        WHERE practice_id = $1 AND client_id = $2 ORDER BY started_at`,
      [practiceId, clientId],
    );
    const marks = await manager.query(
      'SELECT response_id, step_id, shared, discuss FROM response_marks WHERE practice_id = $1 AND client_id = $2',
      [practiceId, clientId],
    );
    const feedback = await manager.query(
      `SELECT f.response_id, f.step_id, f.text, t.name AS by, f.created_at FROM feedback f
         JOIN responses r ON r.id = f.response_id JOIN users t ON t.id = f.therapist_id
        WHERE f.practice_id = $1 AND r.practice_id = $1 AND r.client_id = $2 ORDER BY f.created_at`,
      [practiceId, clientId],
    );
    return { responses, marks, feedback };
  }

  /** Erases the client's answers, share marks and the feedback on those answers. */
  async deleteFor(practiceId: string, clientId: string, manager: EntityManager): Promise<void> {
    await eraseClientRows(manager, ['response_marks'], practiceId, clientId);
    await manager.query(
      `DELETE FROM feedback f USING responses r
        WHERE f.response_id = r.id AND f.practice_id = $1 AND r.practice_id = $1 AND r.client_id = $2`,
      [practiceId, clientId],
    );
    await eraseClientRows(manager, ['responses'], practiceId, clientId);
  }

  /** How much feedback this therapist gave the client since `from`. */
  async feedbackCountFor(
    practiceId: string,
    clientId: string,
    therapistId: string,
    from: string,
    manager: EntityManager,
  ): Promise<number> {
    const [row]: { feedback: number }[] = await manager.query(
      `SELECT count(*)::int AS feedback FROM feedback f JOIN responses r ON r.id = f.response_id
        WHERE f.practice_id = $1 AND r.client_id = $2 AND f.therapist_id = $3 AND f.created_at >= $4::date`,
      [practiceId, clientId, therapistId, from],
    );
    return row!.feedback;
  }
}
