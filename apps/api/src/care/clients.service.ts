import { Injectable } from '@nestjs/common';
import type { ClientSummary, Page } from '@oefenruimte/shared';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { AuthUser, RequestMeta } from '../common/auth/auth-user';
import { decodeCursor, encodeCursor, PAGE_SIZE } from '../common/pagination/cursor';
import { AccessService } from './access.service';

interface Row {
  id: string;
  name: string;
  care_relation_id: string;
  since: Date;
  until: Date | null;
}

const toSummary = (row: Row): ClientSummary => ({
  id: row.id,
  name: row.name,
  careRelationId: row.care_relation_id,
  since: row.since.toISOString(),
  until: row.until?.toISOString() ?? null,
});

@Injectable()
export class ClientsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
  ) {}

  /** The therapist's clients in current care, by name; one query per page, one audit row naming every client shown. */
  async list(
    user: AuthUser,
    cursor: string | undefined,
    meta: RequestMeta,
  ): Promise<Page<ClientSummary>> {
    const after = decodeCursor(cursor, ['text', 'uuid']);
    return this.dataSource.transaction(async (manager) => {
      const rows: Row[] = await manager.query(
        `SELECT c.id, c.name, r.id AS care_relation_id, r.since, r.until
           FROM care_relations r JOIN users c ON c.id = r.client_id
          WHERE r.practice_id = $1 AND r.therapist_id = $2 AND r.until IS NULL AND c.deleted_at IS NULL
            AND ($3::text IS NULL OR (c.name, c.id) > ($3::text, $4::uuid))
          ORDER BY c.name, c.id
          LIMIT ${PAGE_SIZE + 1}`,
        [user.practiceId, user.id, after?.[0] ?? null, after?.[1] ?? null],
      );
      const page = rows.slice(0, PAGE_SIZE);
      await this.audit.recordList(
        {
          actor: user,
          event: 'client.list',
          action: 'search',
          objectType: 'client',
          subjectIds: page.map((row) => row.id),
          basis: 'care-relation',
          outcome: 'success',
          meta,
        },
        manager,
      );
      const last = page[page.length - 1];
      return {
        items: page.map(toSummary),
        nextCursor: rows.length > PAGE_SIZE && last ? encodeCursor([last.name, last.id]) : null,
      };
    });
  }

  async get(user: AuthUser, clientId: string, meta: RequestMeta): Promise<ClientSummary> {
    return this.access.withClient(
      user,
      clientId,
      { event: 'client.read', objectType: 'client', meta },
      async ({ manager, access, recordSuccess }) => {
        const [row]: Row[] = await manager.query(
          `SELECT c.id, c.name, r.id AS care_relation_id, r.since, r.until
           FROM care_relations r JOIN users c ON c.id = r.client_id WHERE r.id = $1`,
          [access.careRelationId],
        );
        await recordSuccess({ action: 'read', objectId: clientId });
        return toSummary(row!);
      },
    );
  }

  /** Ends the care relation: from now on this therapist reaches nothing of this client. */
  async endCare(user: AuthUser, clientId: string, meta: RequestMeta): Promise<ClientSummary> {
    return this.access.withClient(
      user,
      clientId,
      { event: 'care-relation.end', objectType: 'care-relation', meta },
      async ({ manager, access, recordSuccess }) => {
        const [rows] = await manager.query(
          `UPDATE care_relations r SET until = now() FROM users c
          WHERE r.id = $1 AND c.id = r.client_id
          RETURNING c.id, c.name, r.id AS care_relation_id, r.since, r.until`,
          [access.careRelationId],
        );
        await recordSuccess({ action: 'update', objectId: access.careRelationId });
        return toSummary(rows[0]);
      },
    );
  }
}
