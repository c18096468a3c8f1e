import { Injectable } from '@nestjs/common';
import type { AccessLogEntry, Page } from '@oefenruimte/shared';
import type { AuthUser, RequestMeta } from '../common/auth/auth-user';
import { decodeCursor, encodeCursor, PAGE_SIZE } from '../common/pagination/cursor';
import { AuditRepository } from './audit.repository';
import { AuditService } from './audit.service';
import type { AccessLogQueryDto } from './dto/access-log-query.dto';

/**
 * "Wie heeft mijn gegevens bekeken": a client sees every access to their data; a therapist
 * sees their own actions. One query per page, along indexes (see AuditRepository).
 */
@Injectable()
export class AccessLogService {
  constructor(
    private readonly repository: AuditRepository,
    private readonly audit: AuditService,
  ) {}

  async list(
    user: AuthUser,
    query: AccessLogQueryDto,
    meta: RequestMeta,
  ): Promise<Page<AccessLogEntry>> {
    const [afterSeq] = decodeCursor(query.cursor, ['seq']) ?? [null];
    const rows = await this.repository.accessLogPage({
      viewer: user,
      own: query.own === 'true',
      from: query.from ?? null,
      to: query.to ?? null,
      beforeSeq: typeof afterSeq === 'number' ? afterSeq : null,
      limit: PAGE_SIZE + 1,
    });
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
