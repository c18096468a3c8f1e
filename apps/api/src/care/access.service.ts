import { Injectable } from '@nestjs/common';
import type { AuditAction, AuditBasis } from '@oefenruimte/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { AuthUser, RequestMeta } from '../common/auth/auth-user';
import { RefusedException } from '../audit/refusal.service';

/** What differs per use case in the audit row of a successful client-data access. */
export interface SuccessEntry {
  readonly action: AuditAction;
  readonly objectId?: string | null;
  readonly basis?: AuditBasis;
  readonly event?: string;
}

export interface ClientAccess {
  readonly clientId: string;
  readonly basis: AuditBasis;
  /** The care relation that gives a therapist access; null for the client themself. */
  readonly careRelationId: string | null;
}

/**
 * "May this user touch this client's data?" — answered by the database, in one query, in one
 * place. Anything but a clear yes is a 404 (never a 403 that confirms the client exists) and a
 * refused row in the audit log, in that client's own log too.
 */
@Injectable()
export class AccessService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /**
   * Runs `work` in one transaction once the access check passed, with the basis of that access
   * and `recordSuccess`, which writes the audit row for this same attempt (its event, object
   * type, client and basis unless given) in that transaction: the shape every client-data use
   * case has (check first, then read or write, then audit).
   */
  async withClient<T>(
    user: AuthUser,
    clientId: string,
    attempt: { event: string; objectType: string; meta: RequestMeta },
    work: (context: {
      manager: EntityManager;
      access: ClientAccess;
      recordSuccess: (entry: SuccessEntry) => Promise<void>;
    }) => Promise<T>,
  ): Promise<T> {
    return this.dataSource.transaction(async (manager) => {
      const access = await this.clientData(user, clientId, attempt, manager);
      const recordSuccess = (entry: SuccessEntry) =>
        this.audit.record(
          {
            actor: user,
            event: entry.event ?? attempt.event,
            action: entry.action,
            objectType: attempt.objectType,
            objectId: entry.objectId ?? null,
            subjectId: clientId,
            basis: entry.basis ?? access.basis,
            outcome: 'success',
            meta: attempt.meta,
          },
          manager,
        );
      return work({ manager, access, recordSuccess });
    });
  }

  async clientData(
    user: AuthUser,
    clientId: string,
    attempt: { event: string; objectType: string; meta: RequestMeta },
    manager: EntityManager = this.dataSource.manager,
  ): Promise<ClientAccess> {
    const access = await this.lookup(user, clientId, manager);
    if (!access) {
      // The refusal interceptor writes the refused row, with this client as subject, outside
      // the caller's transaction (which the 404 rolls back).
      throw new RefusedException({
        event: attempt.event,
        objectType: attempt.objectType,
        objectId: clientId,
      });
    }
    return access;
  }

  private async lookup(
    user: AuthUser,
    clientId: string,
    manager: EntityManager,
  ): Promise<ClientAccess | null> {
    switch (user.role) {
      case 'client':
        return user.id === clientId ? { clientId, basis: 'own-data', careRelationId: null } : null;
      case 'therapist': {
        const [row] = await manager.query(
          `SELECT r.id FROM care_relations r JOIN users c ON c.id = r.client_id
            WHERE r.therapist_id = $1 AND r.client_id = $2 AND r.practice_id = $3
              AND r.until IS NULL AND c.deleted_at IS NULL`,
          [user.id, clientId, user.practiceId],
        );
        return row ? { clientId, basis: 'care-relation', careRelationId: row.id } : null;
      }
      default:
        // A role this code does not know gets nothing.
        return null;
    }
  }
}
