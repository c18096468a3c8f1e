import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One audit row per list read instead of one per client listed.
 *
 * A list read (the therapist's overview, the client list) wrote one full row per client shown:
 * forty rows, each with its own chain link and seven index entries, per overview. Now it writes
 * one row whose `subject_ids` names every client shown (`subject_id` stays NULL on such a row).
 *
 * Why an array in the row and not a child table: the subject list is then part of the hashed,
 * append-only row itself, so the chain covers it and the existing UPDATE/DELETE/TRUNCATE guard
 * protects it, with no second table to guard and link; and it is small: 16 bytes per client in
 * the row and a GIN entry that compresses to a few bytes, against about 90 bytes per client for
 * a (subject, seq) child table with its key. The GIN index is written in the insert itself
 * (`fastupdate = off`): no pending list that some later request under the chain lock has to
 * flush. A client's export finds these rows through it. A client's access-log page walks the
 * list reads of their practice's chain newest first (`audit_events_list_chain_idx`, list rows
 * only) and stops at a full page, instead of walking every practice's rows by `seq` or
 * gathering all of the client's list reads to sort them.
 *
 * The canonical text of a row with a subject list is a JSON array of all its fields with the
 * list last (`v2` in front, which no older text can start with: those start with a number), so
 * no field's text can pose as another's. Rows without a list keep the older text and hash: no
 * existing row changes or stops verifying.
 */
export class AuditListSubjects1764920000000 implements MigrationInterface {
  name = 'AuditListSubjects1764920000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "audit_events" ADD "subject_ids" uuid array`);
    await queryRunner.query(
      `ALTER TABLE "audit_events" ADD CONSTRAINT "audit_events_subject_ids_check" CHECK (subject_ids IS NULL OR (subject_id IS NULL AND cardinality(subject_ids) > 0))`,
    );
    await queryRunner.query(
      `CREATE INDEX "audit_events_subject_ids_idx" ON "audit_events" USING gin ("subject_ids") WITH (fastupdate = off) WHERE subject_ids IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "audit_events_list_chain_idx" ON "audit_events"("chain_key", "chain_pos") WHERE subject_ids IS NOT NULL`,
    );
    await queryRunner.query(CANONICAL_SQL);
  }

  async down(): Promise<void> {
    // Rows written since hold their subjects only in the list; dropping it would break their
    // hashes and lose who was looked at. Going back means restoring a backup.
    throw new Error('AuditListSubjects cannot be reverted: restore a backup instead.');
  }
}

const CANONICAL_SQL = String.raw`
CREATE OR REPLACE FUNCTION audit_event_canonical(e audit_events) RETURNS text LANGUAGE sql IMMUTABLE AS $fn$
  SELECT CASE WHEN e.subject_ids IS NULL THEN
    concat_ws('|', coalesce(e.chain_pos, e.seq)::text, e.id::text,
      to_char(e.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
      coalesce(e.practice_id::text, ''), coalesce(e.actor_id::text, ''), coalesce(e.actor_role, ''),
      coalesce(e.on_behalf_of::text, ''), e.event, e.action, e.object_type, coalesce(e.object_id, ''),
      coalesce(e.subject_id::text, ''), e.basis, e.outcome, coalesce(e.ip, ''), coalesce(e.request_id, ''))
  ELSE
    'v2' || json_build_array(coalesce(e.chain_pos, e.seq)::text, e.id,
      to_char(e.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
      e.practice_id, e.actor_id, e.actor_role, e.on_behalf_of, e.event, e.action, e.object_type,
      e.object_id, e.subject_id, e.basis, e.outcome, e.ip, e.request_id, e.subject_ids)::text
  END
$fn$;
`;
