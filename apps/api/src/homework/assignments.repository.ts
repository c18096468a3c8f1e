import { Injectable } from '@nestjs/common';
import type { AssignmentStatus, ModuleContent } from '@oefenruimte/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { eraseClientRows } from '../database/client-rows';
import type { AssignmentRow } from './assignment-rows';

/** One row per assignment with what its list needs, in a single query (no query per row). */
const ASSIGNMENT_SELECT = `
  SELECT a.id, a.client_id, a.note, to_char(a.due_date, 'YYYY-MM-DD') AS due_date, a.rhythm, a.weekdays, a.status,
         a.version, a.created_at, a.module_version_id, v.module_id, v.number AS module_version,
         v.content->>'title' AS module_title, (v.content->>'estimatedMinutes')::int AS estimated_minutes,
         t.name AS therapist_name,
         (SELECT count(*)::int FROM responses r WHERE r.assignment_id = a.id AND r.submitted_at IS NOT NULL) AS submitted_count,
         (SELECT max(r.submitted_at) FROM responses r WHERE r.assignment_id = a.id) AS last_submitted_at,
         EXISTS (SELECT 1 FROM responses r WHERE r.assignment_id = a.id AND r.submitted_at IS NULL) AS has_draft
    FROM assignments a
    JOIN module_versions v ON v.id = a.module_version_id
    JOIN users t ON t.id = a.therapist_id`;

export interface NewAssignment {
  readonly moduleVersionId: string;
  readonly note: string | null;
  readonly dueDate: string | null;
  readonly rhythm: AssignmentRow['rhythm'];
  readonly weekdays: number[] | null;
}

/**
 * The only SQL on `assignments`. Every method names the practice and the client; the
 * therapist's methods also name the therapist (another therapist's assignments are theirs).
 */
@Injectable()
export class AssignmentsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async create(
    practiceId: string,
    therapistId: string,
    clientId: string,
    fields: NewAssignment,
    manager: EntityManager,
  ): Promise<AssignmentRow> {
    const [row]: { id: string }[] = await manager.query(
      `INSERT INTO assignments (practice_id, therapist_id, client_id, module_version_id, note, due_date, rhythm, weekdays)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      [
        practiceId,
        therapistId,
        clientId,
        fields.moduleVersionId,
        fields.note,
        fields.dueDate,
        fields.rhythm,
        fields.weekdays,
      ],
    );
    return (await this.byId(practiceId, row!.id, manager))!;
  }

  /** This therapist's assignments for the client, newest first. */
  therapistList(
    practiceId: string,
    clientId: string,
    therapistId: string,
    manager: EntityManager,
  ): Promise<AssignmentRow[]> {
    return manager.query(
      `${ASSIGNMENT_SELECT} WHERE a.practice_id = $1 AND a.client_id = $2 AND a.therapist_id = $3 ORDER BY a.created_at DESC LIMIT 200`,
      [practiceId, clientId, therapistId],
    );
  }

  /** One of this therapist's assignments for the client, locked for a change. */
  async therapistLock(
    practiceId: string,
    clientId: string,
    therapistId: string,
    assignmentId: string,
    manager: EntityManager,
  ): Promise<AssignmentRow | undefined> {
    const [row]: AssignmentRow[] = await manager.query(
      `${ASSIGNMENT_SELECT} WHERE a.id = $1 AND a.client_id = $2 AND a.therapist_id = $3 AND a.practice_id = $4 FOR UPDATE OF a`,
      [assignmentId, clientId, therapistId, practiceId],
    );
    return row;
  }

  async setStatus(
    practiceId: string,
    assignmentId: string,
    status: AssignmentStatus,
    manager: EntityManager,
  ): Promise<AssignmentRow> {
    await manager.query(
      'UPDATE assignments SET status = $3, version = version + 1, updated_at = now() WHERE id = $1 AND practice_id = $2',
      [assignmentId, practiceId, status],
    );
    return (await this.byId(practiceId, assignmentId, manager))!;
  }

  /** The client's own assignments (withdrawn ones are gone for them), newest first. */
  ownList(practiceId: string, clientId: string): Promise<AssignmentRow[]> {
    return this.dataSource.query(
      `${ASSIGNMENT_SELECT} WHERE a.practice_id = $1 AND a.client_id = $2 AND a.status <> 'withdrawn' ORDER BY a.created_at DESC LIMIT 200`,
      [practiceId, clientId],
    );
  }

  /** One of the client's own assignments with the content of its module version. */
  async own(
    practiceId: string,
    clientId: string,
    assignmentId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<(AssignmentRow & { content: ModuleContent }) | undefined> {
    const [row]: (AssignmentRow & { content: ModuleContent })[] = await manager.query(
      `SELECT q.*, v.content FROM (${ASSIGNMENT_SELECT} WHERE a.id = $1 AND a.client_id = $2 AND a.practice_id = $3 AND a.status <> 'withdrawn') q
         JOIN module_versions v ON v.id = q.module_version_id`,
      [assignmentId, clientId, practiceId],
    );
    return row;
  }

  // The client's rights: their export and the erasure of their account.

  /** Every assignment the client was given, with its module, oldest first. */
  exportFor(
    practiceId: string,
    clientId: string,
    manager: EntityManager,
  ): Promise<
    {
      id: string;
      title: string;
      therapist: string;
      note: string | null;
      created_at: Date;
      content: ModuleContent;
    }[]
  > {
    return manager.query(
      `SELECT a.id, v.content->>'title' AS title, t.name AS therapist, a.note, a.created_at, v.content FROM assignments a
         JOIN module_versions v ON v.id = a.module_version_id JOIN users t ON t.id = a.therapist_id
        WHERE a.practice_id = $1 AND a.client_id = $2 ORDER BY a.created_at`,
      [practiceId, clientId],
    );
  }

  /** Erases the client's assignments (their responses first: `ResponsesRepository.deleteFor`). */
  async deleteFor(practiceId: string, clientId: string, manager: EntityManager): Promise<void> {
    await eraseClientRows(manager, ['assignments'], practiceId, clientId);
  }

  private async byId(
    practiceId: string,
    assignmentId: string,
    manager: EntityManager,
  ): Promise<AssignmentRow | undefined> {
    const [row]: AssignmentRow[] = await manager.query(
      `${ASSIGNMENT_SELECT} WHERE a.id = $1 AND a.practice_id = $2`,
      [assignmentId, practiceId],
    );
    return row;
  }
}
