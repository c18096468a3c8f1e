import { Injectable } from '@nestjs/common';
import type { ItemAnswers, Questionnaire, ScoreResult } from '@oefenruimte/shared';
import { DataSource, type EntityManager } from 'typeorm';

export interface QuestionnaireRow {
  id: string;
  url: string;
  version: string;
  title: string;
  profile_id: string;
  item_count: number;
  resource: Questionnaire;
  imported_at: Date;
}

export interface AssignmentRow {
  id: string;
  client_id: string;
  questionnaire_id: string;
  title: string;
  profile_id: string;
  every_days: number | null;
  next_due: string | null;
  stopped: boolean;
  created_at: Date;
}

export interface ResponseRow {
  id: string;
  client_id: string;
  assignment_id: string;
  questionnaire_id: string;
  title: string;
  profile_id: string;
  url: string;
  status: 'in-progress' | 'completed';
  answers: ItemAnswers;
  version: number;
  score: ScoreResult | null;
  safety: boolean;
  shared: boolean;
  submit_hash: Buffer | null;
  started_at: Date;
  submitted_at: Date | null;
  shared_at: Date | null;
}

/** The columns of each, stated once. */
const QUESTIONNAIRE_COLUMNS = `q.id, q.url, q.version, q.title, q.profile_id, q.item_count, q.resource, q.imported_at`;
const ASSIGNMENT_SELECT = `SELECT a.id, a.client_id, a.questionnaire_id, q.title, q.profile_id, a.every_days,
       to_char(a.next_due, 'YYYY-MM-DD') AS next_due, a.stopped, a.created_at
  FROM questionnaire_assignments a JOIN questionnaires q ON q.id = a.questionnaire_id`;
const RESPONSE_SELECT = `SELECT r.id, r.client_id, r.assignment_id, a.questionnaire_id, q.title, q.profile_id, q.url,
       r.status, r.answers, r.version, r.score, r.safety, r.shared, r.submit_hash, r.started_at,
       r.submitted_at, r.shared_at
  FROM questionnaire_responses r
  JOIN questionnaire_assignments a ON a.id = r.assignment_id
  JOIN questionnaires q ON q.id = a.questionnaire_id`;

/**
 * The only home of the questionnaires' SQL. Every method names the practice; the therapist
 * side reads responses only through the share-scoped `sharedResultsFor` and
 * `sharedSafetySummary`, so a result the client keeps to themself cannot be read through it.
 */
@Injectable()
export class QuestionnairesRepository {
  constructor(private readonly dataSource: DataSource) {}

  // --- the practice's library (no client data) ---

  /** Stores an import; null when this url and version are in the library already. */
  async insertQuestionnaire(
    practiceId: string,
    values: {
      url: string;
      version: string;
      title: string;
      profileId: string;
      itemCount: number;
      resource: Questionnaire;
    },
  ): Promise<QuestionnaireRow | null> {
    const [row]: QuestionnaireRow[] = await this.dataSource.query(
      `INSERT INTO questionnaires AS q (practice_id, url, version, title, profile_id, item_count, resource)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (practice_id, url, version) DO NOTHING
       RETURNING ${QUESTIONNAIRE_COLUMNS}`,
      [
        practiceId,
        values.url,
        values.version,
        values.title,
        values.profileId,
        values.itemCount,
        values.resource,
      ],
    );
    return row ?? null;
  }

  async questionnaireByUrl(
    practiceId: string,
    url: string,
    version: string,
  ): Promise<QuestionnaireRow | null> {
    const [row]: QuestionnaireRow[] = await this.dataSource.query(
      `SELECT ${QUESTIONNAIRE_COLUMNS} FROM questionnaires q WHERE q.practice_id = $1 AND q.url = $2 AND q.version = $3`,
      [practiceId, url, version],
    );
    return row ?? null;
  }

  listQuestionnaires(practiceId: string): Promise<QuestionnaireRow[]> {
    return this.dataSource.query(
      `SELECT ${QUESTIONNAIRE_COLUMNS} FROM questionnaires q WHERE q.practice_id = $1 ORDER BY q.title, q.version`,
      [practiceId],
    );
  }

  async questionnaire(
    manager: EntityManager,
    practiceId: string,
    id: string,
  ): Promise<QuestionnaireRow | null> {
    const [row]: QuestionnaireRow[] = await manager.query(
      `SELECT ${QUESTIONNAIRE_COLUMNS} FROM questionnaires q WHERE q.practice_id = $1 AND q.id = $2`,
      [practiceId, id],
    );
    return row ?? null;
  }

  /** The practice's questionnaires among `ids`, in one query (an id of another practice is left out). */
  questionnairesIn(
    manager: EntityManager,
    practiceId: string,
    ids: readonly string[],
  ): Promise<QuestionnaireRow[]> {
    return manager.query(
      `SELECT ${QUESTIONNAIRE_COLUMNS} FROM questionnaires q WHERE q.practice_id = $1 AND q.id = ANY($2::uuid[])`,
      [practiceId, ids],
    );
  }

  // --- assignments ---

  async insertAssignment(
    manager: EntityManager,
    practiceId: string,
    values: {
      clientId: string;
      therapistId: string;
      questionnaireId: string;
      everyDays: number | null;
    },
  ): Promise<AssignmentRow> {
    const [{ id }]: [{ id: string }] = await manager.query(
      `INSERT INTO questionnaire_assignments (practice_id, client_id, therapist_id, questionnaire_id, every_days, next_due)
       VALUES ($1, $2, $3, $4, $5, (now() AT TIME ZONE 'Europe/Amsterdam')::date) RETURNING id`,
      [practiceId, values.clientId, values.therapistId, values.questionnaireId, values.everyDays],
    );
    return (await this.assignment(manager, practiceId, values.clientId, id))!;
  }

  /** The client's assignments (a therapist may see them: they are the therapist's own doing). */
  assignmentsOf(
    manager: EntityManager,
    practiceId: string,
    clientId: string,
    { activeOnly }: { activeOnly: boolean },
  ): Promise<AssignmentRow[]> {
    return manager.query(
      `${ASSIGNMENT_SELECT} WHERE a.practice_id = $1 AND a.client_id = $2 ${activeOnly ? 'AND NOT a.stopped' : ''}
       ORDER BY a.next_due NULLS LAST, a.created_at`,
      [practiceId, clientId],
    );
  }

  async assignment(
    manager: EntityManager,
    practiceId: string,
    clientId: string,
    id: string,
    lock = false,
  ): Promise<AssignmentRow | null> {
    const [row]: AssignmentRow[] = await manager.query(
      `${ASSIGNMENT_SELECT} WHERE a.practice_id = $1 AND a.client_id = $2 AND a.id = $3${lock ? ' FOR UPDATE OF a' : ''}`,
      [practiceId, clientId, id],
    );
    return row ?? null;
  }

  /** After a submit: a one-off is done (no next day), a rhythm moves on from today. */
  async advanceAssignment(
    manager: EntityManager,
    practiceId: string,
    clientId: string,
    id: string,
  ): Promise<void> {
    await manager.query(
      `UPDATE questionnaire_assignments
          SET next_due = CASE WHEN every_days IS NULL THEN NULL
                              ELSE (now() AT TIME ZONE 'Europe/Amsterdam')::date + every_days END
        WHERE practice_id = $1 AND client_id = $2 AND id = $3`,
      [practiceId, clientId, id],
    );
  }

  async stopAssignment(
    manager: EntityManager,
    practiceId: string,
    clientId: string,
    id: string,
  ): Promise<void> {
    await manager.query(
      `UPDATE questionnaire_assignments SET stopped = true, next_due = NULL
        WHERE practice_id = $1 AND client_id = $2 AND id = $3`,
      [practiceId, clientId, id],
    );
  }

  // --- responses: the client's own ---

  async draftFor(
    manager: EntityManager,
    practiceId: string,
    clientId: string,
    assignmentId: string,
    lock = false,
  ): Promise<ResponseRow | null> {
    const [row]: ResponseRow[] = await manager.query(
      `${RESPONSE_SELECT} WHERE r.practice_id = $1 AND r.client_id = $2 AND r.assignment_id = $3
         AND r.status = 'in-progress'${lock ? ' FOR UPDATE OF r' : ''}`,
      [practiceId, clientId, assignmentId],
    );
    return row ?? null;
  }

  /** The drafts of the client, one per assignment at most. */
  draftsOf(manager: EntityManager, practiceId: string, clientId: string): Promise<ResponseRow[]> {
    return manager.query(
      `${RESPONSE_SELECT} WHERE r.practice_id = $1 AND r.client_id = $2 AND r.status = 'in-progress'`,
      [practiceId, clientId],
    );
  }

  /** Inserts the draft; null when another request made it first (the caller answers 409). */
  async insertDraft(
    manager: EntityManager,
    practiceId: string,
    clientId: string,
    assignmentId: string,
    answers: ItemAnswers,
  ): Promise<string | null> {
    const [row]: { id: string }[] = await manager.query(
      `INSERT INTO questionnaire_responses (practice_id, client_id, assignment_id, status, answers)
       VALUES ($1, $2, $3, 'in-progress', $4::jsonb)
       ON CONFLICT (assignment_id) WHERE status = 'in-progress' DO NOTHING RETURNING id`,
      [practiceId, clientId, assignmentId, JSON.stringify(answers)],
    );
    return row?.id ?? null;
  }

  async updateDraft(
    manager: EntityManager,
    practiceId: string,
    clientId: string,
    id: string,
    answers: ItemAnswers,
  ): Promise<void> {
    await manager.query(
      `UPDATE questionnaire_responses SET answers = $4::jsonb, version = version + 1, updated_at = now()
        WHERE practice_id = $1 AND client_id = $2 AND id = $3 AND status = 'in-progress'`,
      [practiceId, clientId, id, JSON.stringify(answers)],
    );
  }

  async bySubmitKey(
    manager: EntityManager,
    practiceId: string,
    clientId: string,
    key: string,
  ): Promise<ResponseRow | null> {
    const [row]: ResponseRow[] = await manager.query(
      `${RESPONSE_SELECT} WHERE r.practice_id = $1 AND r.client_id = $2 AND r.submit_key = $3`,
      [practiceId, clientId, key],
    );
    return row ?? null;
  }

  /**
   * Completes the draft `draftId` (or a new response without one). Null when a concurrent
   * retry with the same key stored it first.
   */
  async complete(
    manager: EntityManager,
    practiceId: string,
    clientId: string,
    values: {
      assignmentId: string;
      draftId: string | null;
      answers: ItemAnswers;
      score: ScoreResult;
      shared: boolean;
      submit: { key: string; hash: Buffer };
    },
  ): Promise<string | null> {
    const params = [
      practiceId,
      clientId,
      JSON.stringify(values.answers),
      values.score,
      values.score.safety,
      values.shared,
      values.submit.key,
      values.submit.hash,
    ];
    const set = `status = 'completed', answers = $3::jsonb, score = $4, safety = $5, shared = $6,
                 shared_at = CASE WHEN $6 THEN now() END, submit_key = $7, submit_hash = $8,
                 submitted_at = now(), updated_at = now(), version = version + 1`;
    if (values.draftId) {
      // An UPDATE answers [rows, count] through TypeORM.
      const [rows]: [{ id: string }[], number] = await manager.query(
        `UPDATE questionnaire_responses SET ${set}
          WHERE practice_id = $1 AND client_id = $2 AND id = $9 AND status = 'in-progress'
          RETURNING id`,
        [...params, values.draftId],
      );
      return rows[0]?.id ?? null;
    }
    const rows: { id: string }[] = await manager.query(
      `INSERT INTO questionnaire_responses
              (practice_id, client_id, assignment_id, status, answers, score, safety, shared, shared_at,
               submit_key, submit_hash, submitted_at)
       VALUES ($1, $2, $9, 'completed', $3::jsonb, $4, $5, $6, CASE WHEN $6 THEN now() END, $7, $8, now())
       ON CONFLICT (client_id, submit_key) DO NOTHING RETURNING id`,
      [...params, values.assignmentId],
    );
    return rows[0]?.id ?? null;
  }

  async ownResponse(
    manager: EntityManager,
    practiceId: string,
    clientId: string,
    id: string,
    lock = false,
  ): Promise<ResponseRow | null> {
    const [row]: ResponseRow[] = await manager.query(
      `${RESPONSE_SELECT} WHERE r.practice_id = $1 AND r.client_id = $2 AND r.id = $3${lock ? ' FOR UPDATE OF r' : ''}`,
      [practiceId, clientId, id],
    );
    return row ?? null;
  }

  /** The client's completed results, oldest first (the trend reads left to right). */
  ownResults(manager: EntityManager, practiceId: string, clientId: string): Promise<ResponseRow[]> {
    return manager.query(
      `${RESPONSE_SELECT} WHERE r.practice_id = $1 AND r.client_id = $2 AND r.status = 'completed'
        ORDER BY r.submitted_at, r.id`,
      [practiceId, clientId],
    );
  }

  async setShared(
    manager: EntityManager,
    practiceId: string,
    clientId: string,
    id: string,
    shared: boolean,
  ): Promise<void> {
    await manager.query(
      `UPDATE questionnaire_responses SET shared = $4, shared_at = CASE WHEN $4 THEN now() END, updated_at = now()
        WHERE practice_id = $1 AND client_id = $2 AND id = $3 AND status = 'completed'`,
      [practiceId, clientId, id, shared],
    );
  }

  // --- the therapist's side: shared results only ---

  /** The completed results the client shares, oldest first. */
  sharedResultsFor(
    manager: EntityManager,
    practiceId: string,
    clientId: string,
  ): Promise<ResponseRow[]> {
    return manager.query(
      `${RESPONSE_SELECT} WHERE r.practice_id = $1 AND r.client_id = $2 AND r.status = 'completed' AND r.shared
        ORDER BY r.submitted_at, r.id`,
      [practiceId, clientId],
    );
  }

  /** The overview's part: per client, shared results of the last two weeks that lead to the safety screen. */
  sharedSafetySummary(
    manager: EntityManager,
    practiceId: string,
    clientIds: readonly string[],
  ): Promise<{ client_id: string; count: number }[]> {
    return manager.query(
      `SELECT r.client_id, count(*)::int AS count FROM questionnaire_responses r
        WHERE r.practice_id = $1 AND r.client_id = ANY($2::uuid[]) AND r.shared AND r.safety
          AND r.shared_at > now() - interval '14 days'
        GROUP BY r.client_id`,
      [practiceId, clientIds],
    );
  }

  // --- the client's rights ---

  /** Everything about the client: assignments and every response (drafts too). */
  async exportFor(
    manager: EntityManager,
    practiceId: string,
    clientId: string,
  ): Promise<{ assignments: AssignmentRow[]; responses: ResponseRow[] }> {
    const assignments = await this.assignmentsOf(manager, practiceId, clientId, {
      activeOnly: false,
    });
    const responses: ResponseRow[] = await manager.query(
      `${RESPONSE_SELECT} WHERE r.practice_id = $1 AND r.client_id = $2 ORDER BY r.started_at, r.id`,
      [practiceId, clientId],
    );
    return { assignments, responses };
  }

  async deleteFor(manager: EntityManager, practiceId: string, clientId: string): Promise<void> {
    await manager.query(
      `DELETE FROM questionnaire_responses WHERE practice_id = $1 AND client_id = $2`,
      [practiceId, clientId],
    );
    await manager.query(
      `DELETE FROM questionnaire_assignments WHERE practice_id = $1 AND client_id = $2`,
      [practiceId, clientId],
    );
  }
}
