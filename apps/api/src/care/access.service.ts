import { Injectable } from '@nestjs/common';
import type { AuditAction, AuditBasis } from '@oefenruimte/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { AuthUser, RequestMeta } from '../common/auth/auth-user';
import { RefusedException } from '../audit/refusal.service';
import { CareRepository } from './care.repository';

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
    private readonly care: CareRepository,
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

  /**
   * The client's own path, the same shape as `withClient`: `work` runs in one transaction (or in
   * the caller's, when a manager is given) with the practice and client every repository call
   * needs, and `recordSuccess` writes the own-data audit row for this attempt in it.
   */
  async withOwnData<T>(
    user: AuthUser,
    attempt: { event: string; objectType: string; meta: RequestMeta; manager?: EntityManager },
    work: (context: {
      manager: EntityManager;
      owner: { readonly practiceId: string; readonly clientId: string };
      recordSuccess: (entry: Omit<SuccessEntry, 'basis'>) => Promise<void>;
    }) => Promise<T>,
  ): Promise<T> {
    const run = (manager: EntityManager) =>
      work({
        manager,
        owner: { practiceId: user.practiceId, clientId: user.id },
        recordSuccess: (entry) =>
          this.recordOwn(
            user,
            {
              event: entry.event ?? attempt.event,
              action: entry.action,
              objectType: attempt.objectType,
              objectId: entry.objectId ?? null,
              meta: attempt.meta,
            },
            manager,
          ),
      });
    return attempt.manager ? run(attempt.manager) : this.dataSource.transaction(run);
  }

  /** The audit row of a client's own read or write of their own data: the one place it is written. */
  recordOwn(
    user: AuthUser,
    entry: {
      event: string;
      action: AuditAction;
      objectType: string;
      objectId: string | null;
      meta: RequestMeta;
    },
    manager?: EntityManager,
  ): Promise<void> {
    return this.audit.record(
      {
        actor: user,
        ...entry,
        subjectId: user.id,
        basis: 'own-data',
        outcome: 'success',
      },
      manager,
    );
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
        const careRelationId = await this.care.currentRelationId(
          manager,
          user.practiceId,
          user.id,
          clientId,
        );
        return careRelationId ? { clientId, basis: 'care-relation', careRelationId } : null;
      }
      default:
        // A role this code does not know gets nothing.
        return null;
    }
  }
}
