import { Injectable } from '@nestjs/common';
import type { AuditAction, AuditBasis, AuditOutcome } from '@oefenruimte/shared';
import type { EntityManager } from 'typeorm';
import type { AuthUser, RequestMeta } from '../common/auth/auth-user';
import { type AuditRow, AuditRepository, type ExportLogRow } from './audit.repository';

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

/** A read of a list of clients: one row that names every client shown. */
export type AuditListEntry = Omit<AuditEntry, 'subjectId' | 'objectId'> & {
  readonly subjectIds: readonly string[];
};

const row = (
  entry: Omit<AuditEntry, 'subjectId'>,
  subject: { subjectId: string | null; subjectIds: readonly string[] | null },
): AuditRow => ({
  practiceId: entry.practiceId ?? entry.actor?.practiceId ?? null,
  actorId: entry.actor?.id ?? null,
  actorRole: entry.actor?.role ?? null,
  event: entry.event,
  action: entry.action,
  objectType: entry.objectType,
  objectId: entry.objectId ?? null,
  ...subject,
  basis: entry.basis,
  outcome: entry.outcome,
  ip: entry.meta.ip,
  requestId: entry.meta.requestId,
});

/**
 * Writes the NEN 7513 audit log. Call it with the transaction's manager, so the audit row and
 * the change it describes commit (or fail) together. The database chains and protects rows.
 */
@Injectable()
export class AuditService {
  constructor(private readonly repository: AuditRepository) {}

  async record(
    entries: AuditEntry | readonly AuditEntry[],
    manager?: EntityManager,
  ): Promise<void> {
    const list = Array.isArray(entries) ? entries : [entries as AuditEntry];
    await this.repository.insert(
      list.map((entry) => row(entry, { subjectId: entry.subjectId ?? null, subjectIds: null })),
      manager,
    );
  }

  /**
   * One row for a read that showed several clients (an overview, a list), naming them all:
   * each of them finds it in their access log and export. The clients are those of the actor's
   * own practice (a list never crosses practices; the access log looks for a client's list
   * reads in their practice). A list that showed nobody showed no client's data and writes
   * nothing.
   */
  async recordList(entry: AuditListEntry, manager?: EntityManager): Promise<void> {
    const subjectIds = [...new Set(entry.subjectIds)];
    if (subjectIds.length === 0) return;
    await this.repository.insert([row(entry, { subjectId: null, subjectIds })], manager);
  }

  /** Everything the log holds about a client, oldest first, for their export. */
  exportFor(practiceId: string, clientId: string): Promise<ExportLogRow[]> {
    return this.repository.exportFor(practiceId, clientId);
  }

  /** Rows whose hash chain is broken; empty when the log is intact. */
  verifyChain(): Promise<{ seq: string; problem: string }[]> {
    return this.repository.chainBreaks();
  }
}
