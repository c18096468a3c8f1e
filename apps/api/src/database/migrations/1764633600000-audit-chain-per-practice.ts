import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One audit chain per practice instead of one for the whole database.
 *
 * The first chain took one advisory lock for every audited request of every practice and held
 * it until commit, so all practices' requests took turns. Now each practice has a chain of its
 * own (rows without a practice, such as a failed login for an unknown address, share one more),
 * locked on its own: practices no longer wait for each other. `seq` stays as the global order
 * (from a sequence, so it may have gaps); `chain_pos` is the gapless position inside the chain.
 *
 * Rows written before this migration stay one chain, verified exactly as before: for them
 * `chain_key` is NULL and `chain_pos` is read as `seq`, which makes their canonical text, and so
 * their hashes, unchanged. No row is rewritten.
 */
export class AuditChainPerPractice1764633600000 implements MigrationInterface {
  name = 'AuditChainPerPractice1764633600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "audit_events" ADD "chain_key" uuid`);
    await queryRunner.query(`ALTER TABLE "audit_events" ADD "chain_pos" bigint`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "audit_events_chain_idx" ON "audit_events"("chain_key", "chain_pos")`,
    );
    await queryRunner.query(`CREATE SEQUENCE "audit_events_seq_seq" OWNED BY "audit_events"."seq"`);
    await queryRunner.query(
      `SELECT setval('audit_events_seq_seq', coalesce(max(seq), 0) + 1, false) FROM audit_events`,
    );
    await queryRunner.query(PER_PRACTICE_SQL);
  }

  async down(): Promise<void> {
    // Rows written since this migration are linked per practice; the single chain cannot hold
    // them without rewriting the log, which the log refuses. Going back means restoring a backup.
    throw new Error('AuditChainPerPractice cannot be reverted: restore a backup instead.');
  }
}

const PER_PRACTICE_SQL = String.raw`
DROP FUNCTION audit_chain_breaks();
DROP TRIGGER audit_events_chain ON audit_events;
DROP FUNCTION audit_events_chain();
DROP FUNCTION audit_event_canonical(audit_events);

-- The canonical text of a row, hashed into its chain. The same text as before, with the row's
-- position in its chain where the global seq stood (for the older rows they are equal).
CREATE FUNCTION audit_event_canonical(e audit_events) RETURNS text LANGUAGE sql IMMUTABLE AS $fn$
  SELECT concat_ws('|', coalesce(e.chain_pos, e.seq)::text, e.id::text,
    to_char(e.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
    coalesce(e.practice_id::text, ''), coalesce(e.actor_id::text, ''), coalesce(e.actor_role, ''),
    coalesce(e.on_behalf_of::text, ''), e.event, e.action, e.object_type, coalesce(e.object_id, ''),
    coalesce(e.subject_id::text, ''), e.basis, e.outcome, coalesce(e.ip, ''), coalesce(e.request_id, ''))
$fn$;

-- Chains every new row to the previous row of its practice's chain. The lock is per chain, so
-- writers of one practice take turns (each chain stays gapless) and other practices do not wait.
CREATE FUNCTION audit_events_chain() RETURNS trigger LANGUAGE plpgsql AS $fn$
DECLARE
  key uuid := coalesce(NEW.practice_id, '00000000-0000-0000-0000-000000000000'::uuid);
  last_pos bigint;
  last_hash bytea;
BEGIN
  PERFORM pg_advisory_xact_lock(7513, hashtext(key::text));
  SELECT chain_pos, hash INTO last_pos, last_hash FROM audit_events
    WHERE chain_key = key ORDER BY chain_pos DESC LIMIT 1;
  NEW.seq := nextval('audit_events_seq_seq');
  NEW.chain_key := key;
  NEW.chain_pos := coalesce(last_pos, 0) + 1;
  NEW.prev_hash := coalesce(last_hash, '\x'::bytea);
  NEW.hash := sha256(NEW.prev_hash || convert_to(audit_event_canonical(NEW), 'UTF8'));
  RETURN NEW;
END
$fn$;

CREATE TRIGGER audit_events_chain BEFORE INSERT ON audit_events
  FOR EACH ROW EXECUTE FUNCTION audit_events_chain();

-- The rows whose chain link is broken: changed, inserted around the trigger, or removed.
-- Every chain is checked on its own; the rows from before the per-practice chains are one chain.
CREATE FUNCTION audit_chain_breaks() RETURNS TABLE(seq bigint, problem text) LANGUAGE sql STABLE AS $fn$
  SELECT t.seq,
    CASE
      WHEN t.pos <> coalesce(t.prev_pos, 0) + 1 THEN 'missing rows before this one'
      WHEN t.prev_hash <> coalesce(t.expected_prev, '\x'::bytea) THEN 'does not link to the row before'
      ELSE 'content does not match its hash'
    END
  FROM (
    SELECT a.seq, a.hash, a.prev_hash, coalesce(a.chain_pos, a.seq) AS pos,
      lag(coalesce(a.chain_pos, a.seq)) OVER chain AS prev_pos,
      lag(a.hash) OVER chain AS expected_prev,
      sha256(a.prev_hash || convert_to(audit_event_canonical(a), 'UTF8')) AS recomputed
    FROM audit_events a
    WINDOW chain AS (PARTITION BY a.chain_key ORDER BY coalesce(a.chain_pos, a.seq))
  ) t
  WHERE t.pos <> coalesce(t.prev_pos, 0) + 1
     OR t.prev_hash <> coalesce(t.expected_prev, '\x'::bytea)
     OR t.hash <> t.recomputed
  ORDER BY t.seq
$fn$;
`;
