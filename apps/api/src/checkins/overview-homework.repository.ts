import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/**
 * The overview's homework counts, over all clients at once: shared answers of the therapist's
 * own assignments only. Here until homework has its repository, where these two then belong.
 */
@Injectable()
export class OverviewHomeworkRepository {
  /** Per client: responses with steps shared in the last week, and steps marked to discuss. */
  sharedResponseSummary(
    manager: EntityManager,
    practiceId: string,
    clientIds: readonly string[],
    therapistId: string,
  ): Promise<{ client_id: string; recent: number; discuss: number }[]> {
    return manager.query(
      `SELECT r.client_id,
              count(DISTINCT r.id) FILTER (WHERE m.shared_at > now() - interval '7 days')::int AS recent,
              count(*) FILTER (WHERE m.discuss)::int AS discuss
         FROM response_marks m JOIN responses r ON r.id = m.response_id JOIN assignments a ON a.id = r.assignment_id
        WHERE m.practice_id = $1 AND m.client_id = ANY($2::uuid[]) AND m.shared AND a.therapist_id = $3
          AND m.shared_at > now() - interval '14 days'
        GROUP BY r.client_id`,
      [practiceId, clientIds, therapistId],
    );
  }

  /** Per client: active assignments of this therapist past their due date without a submit. */
  overdueSummary(
    manager: EntityManager,
    practiceId: string,
    clientIds: readonly string[],
    therapistId: string,
  ): Promise<{ client_id: string; overdue: number }[]> {
    return manager.query(
      `SELECT a.client_id, count(*)::int AS overdue FROM assignments a
        WHERE a.practice_id = $1 AND a.client_id = ANY($2::uuid[]) AND a.therapist_id = $3 AND a.status = 'active'
          AND a.due_date < current_date
          AND NOT EXISTS (SELECT 1 FROM responses r WHERE r.assignment_id = a.id AND r.submitted_at IS NOT NULL)
        GROUP BY a.client_id`,
      [practiceId, clientIds, therapistId],
    );
  }
}
