import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

export interface SuggestionRow {
  id: string;
  assignment_id: string;
  module_title: string;
  therapist_name: string | null;
  minute_of_day: number;
  days: number[];
  status: 'pending' | 'accepted' | 'declined';
  created_at: Date;
}

const SUGGESTION_SELECT = `SELECT s.id, s.assignment_id, v.content->>'title' AS module_title, t.name AS therapist_name,
         s.minute_of_day, s.days, s.status, s.created_at
    FROM reminder_suggestions s
    JOIN assignments a ON a.id = s.assignment_id AND a.practice_id = s.practice_id
    JOIN module_versions v ON v.id = a.module_version_id
    LEFT JOIN users t ON t.id = s.therapist_id`;

/**
 * The only SQL on `reminder_suggestions`: a homework reminder a therapist suggested with an
 * assignment. Client data: the practice id and the client are always asked.
 */
@Injectable()
export class ReminderSuggestionsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async create(
    manager: EntityManager,
    practiceId: string,
    clientId: string,
    suggestion: { assignmentId: string; therapistId: string; minute: number; days: number[] },
  ): Promise<void> {
    await manager.query(
      `INSERT INTO reminder_suggestions (practice_id, client_id, assignment_id, therapist_id, minute_of_day, days)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [
        practiceId,
        clientId,
        suggestion.assignmentId,
        suggestion.therapistId,
        suggestion.minute,
        suggestion.days,
      ],
    );
  }

  /** The client's suggestions still waiting for an answer, for assignments that are still on. */
  pending(practiceId: string, clientId: string): Promise<SuggestionRow[]> {
    return this.dataSource.query(
      `${SUGGESTION_SELECT}
        WHERE s.practice_id = $1 AND s.client_id = $2 AND s.status = 'pending' AND a.status <> 'withdrawn'
        ORDER BY s.created_at`,
      [practiceId, clientId],
    );
  }

  /** One of the client's suggestions, locked for the answer. */
  async forUpdate(
    manager: EntityManager,
    practiceId: string,
    clientId: string,
    id: string,
  ): Promise<SuggestionRow | undefined> {
    const [row] = await manager.query(
      `${SUGGESTION_SELECT} WHERE s.practice_id = $1 AND s.client_id = $2 AND s.id = $3 FOR UPDATE OF s`,
      [practiceId, clientId, id],
    );
    return row;
  }

  async decide(
    manager: EntityManager,
    practiceId: string,
    clientId: string,
    id: string,
    status: 'accepted' | 'declined',
  ): Promise<void> {
    await manager.query(
      `UPDATE reminder_suggestions SET status = $4, decided_at = now()
        WHERE practice_id = $1 AND client_id = $2 AND id = $3`,
      [practiceId, clientId, id, status],
    );
  }

  /** For the privacy export. */
  exportFor(practiceId: string, clientId: string): Promise<unknown[]> {
    return this.dataSource.query(
      `SELECT v.content->>'title' AS module_title, s.minute_of_day, s.days, s.status, s.created_at, s.decided_at
         FROM reminder_suggestions s
         JOIN assignments a ON a.id = s.assignment_id AND a.practice_id = s.practice_id
         JOIN module_versions v ON v.id = a.module_version_id
        WHERE s.practice_id = $1 AND s.client_id = $2 ORDER BY s.created_at`,
      [practiceId, clientId],
    );
  }

  async deleteFor(practiceId: string, clientId: string, manager?: EntityManager): Promise<void> {
    await (manager ?? this.dataSource.manager).query(
      'DELETE FROM reminder_suggestions WHERE practice_id = $1 AND client_id = $2',
      [practiceId, clientId],
    );
  }
}
