import { Injectable } from '@nestjs/common';
import type { ClientSummary, Page } from '@oefenruimte/shared';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { AuthUser, RequestMeta } from '../common/auth/auth-user';
import { decodeCursor, encodeCursor, PAGE_SIZE } from '../common/pagination/cursor';
import { AccessService } from './access.service';
import { CareRepository, type CareRelationRow } from './care.repository';

const toSummary = (row: CareRelationRow): ClientSummary => ({
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
    private readonly care: CareRepository,
  ) {}

  /** The therapist's clients in current care, by name; one query per page, one audit row naming every client shown. */
  async list(
    user: AuthUser,
    cursor: string | undefined,
    meta: RequestMeta,
  ): Promise<Page<ClientSummary>> {
    const after = decodeCursor(cursor, ['text', 'uuid']);
    return this.dataSource.transaction(async (manager) => {
      const rows = await this.care.currentClients(manager, user.practiceId, user.id, {
        after: after ? [after[0] as string, after[1] as string] : null,
        limit: PAGE_SIZE + 1,
      });
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
        const row = await this.care.relation(manager, user.practiceId, access.careRelationId!);
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
        const row = await this.care.end(manager, user.practiceId, access.careRelationId!);
        await recordSuccess({ action: 'update', objectId: access.careRelationId });
        return toSummary(row!);
      },
    );
  }
}
