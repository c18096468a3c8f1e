import { Injectable } from '@nestjs/common';
import type { AuditAction, AuditBasis, AuditOutcome } from '@oefenruimte/shared';
import { DataSource, type EntityManager } from 'typeorm';
import type { AuthUser, RequestMeta } from '../common/auth/auth-user';

export interface AuditEntry {
  readonly actor: Pick<AuthUser, 'id' | 'role' | 'practiceId'> | null;
  /** What happened, e.g. `client.read`; stable, for filtering. */
  readonly event: string;
  readonly action: AuditAction;
  readonly objectType: string;
  readonly objectId?: string | null;
  /** The client whose data this is. */
  readonly subjectId?: string | null;
  readonly basis: AuditBasis;
  readonly outcome: AuditOutcome;
  readonly meta: RequestMeta;
  readonly practiceId?: string | null;
}

/**
 * Writes the NEN 7513 audit log. Call it with the transaction's manager, so the audit row and
 * the change it describes commit (or fail) together. The database chains and protects rows.
 */
@Injectable()
export class AuditService {
  constructor(private readonly dataSource: DataSource) {}

  async record(
    entries: AuditEntry | readonly AuditEntry[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<void> {
    const list = Array.isArray(entries) ? entries : [entries as AuditEntry];
    if (list.length === 0) return;
    const columns = 12;
    const values: unknown[] = [];
    const rows = list.map((entry, index) => {
      values.push(
        entry.practiceId ?? entry.actor?.practiceId ?? null,
        entry.actor?.id ?? null,
        entry.actor?.role ?? null,
        entry.event,
        entry.action,
        entry.objectType,
        entry.objectId ?? null,
        entry.subjectId ?? null,
        entry.basis,
        entry.outcome,
        entry.meta.ip,
        entry.meta.requestId,
      );
      const base = index * columns;
      return `(${Array.from({ length: columns }, (_, i) => `$${base + i + 1}`).join(', ')})`;
    });
    await manager.query(
      `INSERT INTO audit_events (practice_id, actor_id, actor_role, event, action, object_type, object_id,
         subject_id, basis, outcome, ip, request_id)
       VALUES ${rows.join(', ')}`,
      values,
    );
  }

  /** Rows whose hash chain is broken; empty when the log is intact. */
  async verifyChain(): Promise<{ seq: string; problem: string }[]> {
    return this.dataSource.query('SELECT seq::text AS seq, problem FROM audit_chain_breaks()');
  }
}
