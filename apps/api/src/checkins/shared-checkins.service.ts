import { HttpStatus, Injectable } from '@nestjs/common';
import type { SharedCheckins } from '@oefenruimte/shared';
import type { AuthUser, RequestMeta } from '../common/auth/auth-user';
import { CodedHttpException } from '../common/errors/api-error';
import { AccessService } from '../care/access.service';
import { CHECKIN_COLUMNS, type CheckinRow, toCheckin } from './checkin-rows';
import type { PeriodQueryDto } from './dto/checkin.dto';

/**
 * A therapist's view of one client's check-ins: shared ones only, selected by the query itself.
 * How many are private is told only when the client allowed it; otherwise not even a count.
 */
@Injectable()
export class SharedCheckinsService {
  constructor(private readonly access: AccessService) {}

  async list(
    user: AuthUser,
    clientId: string,
    query: PeriodQueryDto,
    meta: RequestMeta,
  ): Promise<SharedCheckins> {
    return this.access.withClient(
      user,
      clientId,
      { event: 'checkin.list', objectType: 'checkin', meta },
      async ({ manager, recordSuccess }) => {
        const rows: (CheckinRow & { seen: boolean })[] = await manager.query(
          `SELECT ${CHECKIN_COLUMNS},
                EXISTS (SELECT 1 FROM checkin_seen s WHERE s.checkin_id = c.id AND s.therapist_id = $5) AS seen
           FROM checkins c
          WHERE c.practice_id = $1 AND c.client_id = $2 AND c.shared
            AND ($3::date IS NULL OR c.day >= $3) AND ($4::date IS NULL OR c.day <= $4)
          ORDER BY c.day, c.created_at LIMIT 1500`,
          [user.practiceId, clientId, query.from ?? null, query.to ?? null, user.id],
        );
        const [counted] = await manager.query(
          `SELECT CASE WHEN p.show_private_count THEN
                  (SELECT count(*)::int FROM checkins c WHERE c.practice_id = $1 AND c.client_id = $2 AND NOT c.shared
                      AND ($3::date IS NULL OR c.day >= $3) AND ($4::date IS NULL OR c.day <= $4))
                END AS private_count
           FROM (SELECT 1) one LEFT JOIN client_preferences p ON p.client_id = $2`,
          [user.practiceId, clientId, query.from ?? null, query.to ?? null],
        );
        await recordSuccess({ action: 'read', basis: 'share' });
        return {
          items: rows.map(toCheckin),
          privateCount: counted?.private_count ?? null,
          unseenSafety: rows.filter((row) => row.danger && !row.seen).map((row) => row.id),
        };
      },
    );
  }

  /** The therapist saw this safety signal; it no longer tops their overview. */
  async markSeen(
    user: AuthUser,
    clientId: string,
    checkinId: string,
    meta: RequestMeta,
  ): Promise<void> {
    await this.access.withClient(
      user,
      clientId,
      { event: 'checkin.seen', objectType: 'checkin', meta },
      async ({ manager, recordSuccess }) => {
        const [row] = await manager.query(
          'SELECT 1 FROM checkins WHERE id = $1 AND client_id = $2 AND practice_id = $3 AND shared',
          [checkinId, clientId, user.practiceId],
        );
        if (!row) throw new CodedHttpException(HttpStatus.NOT_FOUND, 'NOT_FOUND');
        await manager.query(
          'INSERT INTO checkin_seen (checkin_id, therapist_id) VALUES ($1, $2) ON CONFLICT (checkin_id, therapist_id) DO NOTHING',
          [checkinId, user.id],
        );
        await recordSuccess({ action: 'update', objectId: checkinId, basis: 'share' });
      },
    );
  }
}
