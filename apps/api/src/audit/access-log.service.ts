import { Injectable } from '@nestjs/common';
import type { AccessLogEntry, Page } from '@oefenruimte/shared';
import { DataSource } from 'typeorm';
import type { AuthUser, RequestMeta } from '../common/auth/auth-user';
import { decodeCursor, encodeCursor, PAGE_SIZE } from '../common/pagination/cursor';
import { ACTOR_KIND } from './actor-kind';
import { AuditService } from './audit.service';
import type { AccessLogQueryDto } from './dto/access-log-query.dto';

interface Row {
  id: string;
  seq: string;
  at: Date;
  actor_name: string | null;
  subject_name: string | null;
  actor_role: AccessLogEntry['actorRole'];
  actor_kind: AccessLogEntry['actorKind'];
  action: AccessLogEntry['action'];
  event: string;
  object_type: string;
  basis: AccessLogEntry['basis'];
  outcome: AccessLogEntry['outcome'];
}

/**
 * Whose rows: a therapist's own actions; a client's rows, by default without their own actions
 * (what others did and tried comes first), each walked newest first along its own index.
 */
function whose(user: AuthUser, query: AccessLogQueryDto): string {
  if (user.role !== 'client') return 'e.actor_id = $1';
  // Written as the partial index's predicate, so the planner walks that index.
  return query.own === 'true'
    ? 'e.subject_id = $1'
    : 'e.subject_id = $1 AND e.actor_id IS DISTINCT FROM e.subject_id';
}

/**
 * "Wie heeft mijn gegevens bekeken": a client sees every access to their data; a therapist
 * sees their own actions. One indexed query per page.
 */
@Injectable()
export class AccessLogService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(
    user: AuthUser,
    query: AccessLogQueryDto,
    meta: RequestMeta,
  ): Promise<Page<AccessLogEntry>> {
    const [afterSeq] = decodeCursor(query.cursor, ['seq']) ?? [null];
    const rows: Row[] = await this.dataSource.query(
      `SELECT e.id, e.seq::text AS seq, e.at, a.name AS actor_name, s.name AS subject_name, e.actor_role, e.action, e.event,
              e.object_type, e.basis, e.outcome, ${ACTOR_KIND} AS actor_kind
         FROM audit_events e LEFT JOIN users a ON a.id = e.actor_id
         -- A client's name only within the viewer's own practice: a refused try at another
         -- practice's client must not tell the one who tried whose data it was.
         LEFT JOIN users s ON s.id = e.subject_id AND s.practice_id = $5
        WHERE ${whose(user, query)}
          AND ($2::timestamptz IS NULL OR e.at >= $2)
          AND ($3::timestamptz IS NULL OR e.at < $3)
          AND ($4::bigint IS NULL OR e.seq < $4)
          -- Looking at this list is logged, but listing those looks would drown the rest.
          AND NOT (e.event = 'access-log.read' AND e.actor_id = $1)
        ORDER BY e.seq DESC
        LIMIT ${PAGE_SIZE + 1}`,
      [user.id, query.from ?? null, query.to ?? null, afterSeq, user.practiceId],
    );
    await this.audit.record({
      actor: user,
      event: 'access-log.read',
      action: 'read',
      objectType: 'access-log',
      subjectId: user.role === 'client' ? user.id : null,
      basis: 'own-data',
      outcome: 'success',
      meta,
    });
    const page = rows.slice(0, PAGE_SIZE);
    return {
      items: page.map((row) => ({
        id: row.id,
        at: row.at.toISOString(),
        // A client sees the names of the people of their own practice, nobody else's.
        actorName:
          user.role === 'therapist' || ['my-therapist', 'my-practice'].includes(row.actor_kind)
            ? row.actor_name
            : null,
        actorRole: row.actor_role,
        actorKind: user.role === 'therapist' ? 'me' : row.actor_kind,
        subjectName: user.role === 'therapist' ? row.subject_name : null,
        action: row.action,
        event: row.event,
        objectType: row.object_type,
        basis: row.basis,
        outcome: row.outcome,
      })),
      nextCursor:
        rows.length > PAGE_SIZE ? encodeCursor([Number(page[page.length - 1]!.seq)]) : null,
    };
  }
}
