import { Injectable } from '@nestjs/common';
import type { NeedReason, OverviewClient } from '@oefenruimte/shared';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { AuthUser, RequestMeta } from '../common/auth/auth-user';

/** A rise of this much average tension (recent week over the week before) is worth a look. */
const RISING_TENSION = 1;

const REASON_ORDER: readonly NeedReason[] = [
  'safety',
  'new-checkins',
  'new-responses',
  'overdue',
  'rising-tension',
  'discuss',
];

/**
 * The therapist's overview: every client in care, ordered by need. A fixed number of queries,
 * each over all clients at once, however many clients and check-ins there are.
 */
@Injectable()
export class OverviewService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async overview(user: AuthUser, meta: RequestMeta): Promise<OverviewClient[]> {
    return this.dataSource.transaction(async (manager) => {
      const clients: { id: string; name: string }[] = await manager.query(
        `SELECT c.id, c.name FROM care_relations r JOIN users c ON c.id = r.client_id
          WHERE r.practice_id = $1 AND r.therapist_id = $2 AND r.until IS NULL AND c.deleted_at IS NULL
          ORDER BY c.name LIMIT 500`,
        [user.practiceId, user.id],
      );
      if (clients.length === 0) return [];
      const ids = clients.map((c) => c.id);
      const params = [user.practiceId, ids, user.id];

      const safety: { client_id: string; id: string; day: string; created_at: Date }[] =
        await manager.query(
          `SELECT c.client_id, c.id, to_char(c.day, 'YYYY-MM-DD') AS day, c.created_at FROM checkins c
          WHERE c.practice_id = $1 AND c.client_id = ANY($2::uuid[]) AND c.shared AND c.danger
            AND NOT EXISTS (SELECT 1 FROM checkin_seen s WHERE s.checkin_id = c.id AND s.therapist_id = $3)
          ORDER BY c.created_at DESC`,
          params,
        );
      const checkins: {
        client_id: string;
        recent: number;
        tension_recent: string | null;
        tension_before: string | null;
        discuss: number;
        last_shared_at: Date | null;
      }[] = await manager.query(
        `SELECT c.client_id,
                count(*) FILTER (WHERE c.shared_at > now() - interval '7 days')::int AS recent,
                avg(c.tension) FILTER (WHERE c.day > current_date - 7) AS tension_recent,
                avg(c.tension) FILTER (WHERE c.day <= current_date - 7 AND c.day > current_date - 14) AS tension_before,
                count(*) FILTER (WHERE c.discuss AND c.day > current_date - 14)::int AS discuss,
                max(c.shared_at) AS last_shared_at
           FROM checkins c
          WHERE c.practice_id = $1 AND c.client_id = ANY($2::uuid[]) AND c.shared AND c.day > current_date - 14
          GROUP BY c.client_id`,
        [user.practiceId, ids],
      );
      const responses: { client_id: string; recent: number; discuss: number }[] =
        await manager.query(
          `SELECT r.client_id,
                count(DISTINCT r.id) FILTER (WHERE m.shared_at > now() - interval '7 days')::int AS recent,
                count(*) FILTER (WHERE m.discuss)::int AS discuss
           FROM response_marks m JOIN responses r ON r.id = m.response_id JOIN assignments a ON a.id = r.assignment_id
          WHERE m.practice_id = $1 AND m.client_id = ANY($2::uuid[]) AND m.shared AND a.therapist_id = $3
            AND m.shared_at > now() - interval '14 days'
          GROUP BY r.client_id`,
          params,
        );
      const overdue: { client_id: string; overdue: number }[] = await manager.query(
        `SELECT a.client_id, count(*)::int AS overdue FROM assignments a
          WHERE a.practice_id = $1 AND a.client_id = ANY($2::uuid[]) AND a.therapist_id = $3 AND a.status = 'active'
            AND a.due_date < current_date
            AND NOT EXISTS (SELECT 1 FROM responses r WHERE r.assignment_id = a.id AND r.submitted_at IS NOT NULL)
          GROUP BY a.client_id`,
        params,
      );
      await this.audit.recordList(
        {
          actor: user,
          event: 'overview.read',
          action: 'read',
          objectType: 'overview',
          subjectIds: clients.map((client) => client.id),
          basis: 'care-relation',
          outcome: 'success',
          meta,
        },
        manager,
      );

      const by = <T extends { client_id: string }>(rows: T[]) =>
        new Map(rows.map((row) => [row.client_id, row]));
      const checkinsBy = by(checkins);
      const responsesBy = by(responses);
      const overdueBy = by(overdue);
      const result = clients.map((client): OverviewClient => {
        const c = checkinsBy.get(client.id);
        const r = responsesBy.get(client.id);
        const unseenSafety = safety
          .filter((s) => s.client_id === client.id)
          .map((s) => ({ checkinId: s.id, day: s.day, createdAt: s.created_at.toISOString() }));
        const tensionRecent =
          c?.tension_recent == null ? null : Math.round(Number(c.tension_recent) * 10) / 10;
        const tensionBefore =
          c?.tension_before == null ? null : Math.round(Number(c.tension_before) * 10) / 10;
        const discussItems = (c?.discuss ?? 0) + (r?.discuss ?? 0);
        const reasons: NeedReason[] = [];
        if (unseenSafety.length > 0) reasons.push('safety');
        if ((c?.recent ?? 0) > 0) reasons.push('new-checkins');
        if ((r?.recent ?? 0) > 0) reasons.push('new-responses');
        if ((overdueBy.get(client.id)?.overdue ?? 0) > 0) reasons.push('overdue');
        if (
          tensionRecent !== null &&
          tensionBefore !== null &&
          tensionRecent - tensionBefore >= RISING_TENSION
        )
          reasons.push('rising-tension');
        if (discussItems > 0) reasons.push('discuss');
        return {
          clientId: client.id,
          name: client.name,
          reasons,
          unseenSafety,
          newCheckins: c?.recent ?? 0,
          newResponses: r?.recent ?? 0,
          overdueAssignments: overdueBy.get(client.id)?.overdue ?? 0,
          discussItems,
          tensionRecent,
          tensionBefore,
          lastSharedAt: c?.last_shared_at?.toISOString() ?? null,
        };
      });
      // Most urgent reason first; then more reasons; then by name (already sorted).
      const rank = (o: OverviewClient) =>
        o.reasons.length === 0 ? REASON_ORDER.length : REASON_ORDER.indexOf(o.reasons[0]!);
      return result.sort((a, b) => rank(a) - rank(b) || b.reasons.length - a.reasons.length);
    });
  }
}
