import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { AuditAction, AuditBasis, AuditOutcome, Role } from '@oefenruimte/shared';

/**
 * NEN 7513 audit row. Append-only (the database refuses UPDATE, DELETE and TRUNCATE) and
 * hash-chained per practice: `seq`, `chain_key`, `chain_pos`, `prev_hash` and `hash` are set by
 * a trigger under a lock of that practice's chain, so a changed or removed row breaks it. Never
 * holds content, only who did what to which object. A list read is one row naming every client
 * it showed in `subject_ids`.
 */
@Entity('audit_events')
@Index('audit_events_subject_idx', ['subjectId', 'at'])
@Index('audit_events_actor_idx', ['actorId', 'at'])
@Index('audit_events_chain_idx', ['chainKey', 'chainPos'], { unique: true })
@Index('audit_events_subject_seq_idx', ['subjectId', 'seq'])
@Index('audit_events_subject_others_seq_idx', ['subjectId', 'seq'], {
  where: 'actor_id IS DISTINCT FROM subject_id',
})
@Index('audit_events_actor_seq_idx', ['actorId', 'seq'])
@Index('audit_events_list_chain_idx', ['chainKey', 'chainPos'], {
  where: 'subject_ids IS NOT NULL',
})
@Check('audit_events_outcome_check', `"outcome" IN ('success', 'refused')`)
@Check(
  'audit_events_subject_ids_check',
  `subject_ids IS NULL OR (subject_id IS NULL AND cardinality(subject_ids) > 0)`,
)
// A GIN index (see the AuditListSubjects migration), which TypeORM cannot describe.
@Index('audit_events_subject_ids_idx', { synchronize: false })
export class AuditEventEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('audit_events_seq_key', { unique: true })
  @Column({ type: 'bigint' })
  seq: string;

  /** The chain the row belongs to: its practice (a fixed id for rows without one); NULL for
   * the rows from before the per-practice chains, which form one chain by `seq`. */
  @Column({ name: 'chain_key', type: 'uuid', nullable: true })
  chainKey: string | null;

  /** Gapless position inside the chain. */
  @Column({ name: 'chain_pos', type: 'bigint', nullable: true })
  chainPos: string | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  at: Date;

  @Column({ name: 'practice_id', type: 'uuid', nullable: true })
  practiceId: string | null;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId: string | null;

  @Column({ name: 'actor_role', type: 'text', nullable: true })
  actorRole: Role | null;

  @Column({ name: 'on_behalf_of', type: 'uuid', nullable: true })
  onBehalfOf: string | null;

  /** e.g. `client.read`, `session.login`, `audit.read`. */
  @Column({ type: 'text' })
  event: string;

  @Column({ type: 'text' })
  action: AuditAction;

  @Column({ name: 'object_type', type: 'text' })
  objectType: string;

  @Column({ name: 'object_id', type: 'text', nullable: true })
  objectId: string | null;

  /** The client whose data this concerns. */
  @Column({ name: 'subject_id', type: 'uuid', nullable: true })
  subjectId: string | null;

  /** The clients a list read showed, all in one row (then `subjectId` is NULL). */
  @Column({ name: 'subject_ids', type: 'uuid', array: true, nullable: true })
  subjectIds: string[] | null;

  @Column({ type: 'text' })
  basis: AuditBasis;

  @Column({ type: 'text' })
  outcome: AuditOutcome;

  @Column({ type: 'text', nullable: true })
  ip: string | null;

  @Column({ name: 'request_id', type: 'text', nullable: true })
  requestId: string | null;

  @Column({ name: 'prev_hash', type: 'bytea' })
  prevHash: Buffer;

  @Column({ type: 'bytea' })
  hash: Buffer;
}
