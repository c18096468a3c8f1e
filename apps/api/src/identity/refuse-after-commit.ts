import type { DataSource, EntityManager } from 'typeorm';
import type { AuditService } from '../audit/audit.service';
import type { RequestMeta } from '../common/auth/auth-user';

/** A refusal decided inside a transaction, to be thrown once that transaction has committed. */
export class Refusal {
  constructor(readonly error: Error) {}
}

export const refuse = (error: Error): Refusal => new Refusal(error);

/**
 * Runs `work` in one transaction. When it returns a refusal, what it wrote for it (a counted
 * failure, the audit row) commits first and the refusal is thrown afterwards: a failed attempt
 * uses only the transaction's connection, never a second one from the pool while it holds
 * the first (parallel failures would drain the pool), and the refusal cannot roll back its
 * own record.
 */
export async function transactionRefusingAfterCommit<T>(
  dataSource: DataSource,
  work: (manager: EntityManager) => Promise<T | Refusal>,
): Promise<T> {
  const result = await dataSource.transaction(work);
  if (result instanceof Refusal) throw result.error;
  return result;
}

/**
 * The audit row of a refused link or one-time code (sign-up confirmation, setup code, password
 * reset): who is unknown, and neither the token nor an address is written.
 */
export function recordRefusedToken(
  audit: AuditService,
  manager: EntityManager,
  event: string,
  meta: RequestMeta,
  actor: { id: string; role: 'therapist' | 'client'; practiceId: string } | null = null,
): Promise<void> {
  return audit.record(
    {
      actor,
      event,
      action: 'update',
      objectType: 'account',
      objectId: actor?.id ?? null,
      basis: 'own-data',
      outcome: 'refused',
      meta,
    },
    manager,
  );
}
