import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Two findings of the identity review.
 *
 * Sign-ups keep no password: it is chosen when the address is confirmed, so none is stored for
 * an address nobody confirmed (pending sign-ups then ask for one at confirmation).
 *
 * The chain check also checks which chain a row is in. `chain_key` is not part of a row's
 * hashed text, so a row (or a whole practice's chain) moved to another key kept valid links and
 * hashes there. Now every row written since the per-practice chains must sit in the chain of its
 * own practice (`coalesce(practice_id, zero uuid)`), and the older rows (no `chain_pos`) in the
 * old single chain (no `chain_key`).
 */
export class IdentityReview1764910000000 implements MigrationInterface {
  name = 'IdentityReview1764910000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "signups" DROP COLUMN "password_hash"`);
    await queryRunner.query(breaksFunction(KEY_CHECK));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(breaksFunction(''));
    // Sign-ups made since cannot get a password back: they are dropped (they can sign up again).
    await queryRunner.query(`DELETE FROM "signups" WHERE confirmed_at IS NULL`);
    await queryRunner.query(`ALTER TABLE "signups" ADD "password_hash" text NOT NULL DEFAULT ''`);
    await queryRunner.query(`ALTER TABLE "signups" ALTER COLUMN "password_hash" DROP DEFAULT`);
  }
}

const KEY_CHECK = String.raw`t.chain_key IS DISTINCT FROM
        CASE WHEN t.chain_pos IS NULL THEN NULL
             ELSE coalesce(t.practice_id, '00000000-0000-0000-0000-000000000000'::uuid) END`;

/** audit_chain_breaks() as in AuditChainPerPractice, with the key check first when given. */
function breaksFunction(keyCheck: string): string {
  return String.raw`
CREATE OR REPLACE FUNCTION audit_chain_breaks() RETURNS TABLE(seq bigint, problem text) LANGUAGE sql STABLE AS $fn$
  SELECT t.seq,
    CASE
      ${keyCheck ? `WHEN ${keyCheck} THEN 'is not in the chain of its practice'` : ''}
      WHEN t.pos <> coalesce(t.prev_pos, 0) + 1 THEN 'missing rows before this one'
      WHEN t.prev_hash <> coalesce(t.expected_prev, '\x'::bytea) THEN 'does not link to the row before'
      ELSE 'content does not match its hash'
    END
  FROM (
    SELECT a.seq, a.hash, a.prev_hash, a.chain_key, a.chain_pos, a.practice_id,
      coalesce(a.chain_pos, a.seq) AS pos,
      lag(coalesce(a.chain_pos, a.seq)) OVER chain AS prev_pos,
      lag(a.hash) OVER chain AS expected_prev,
      sha256(a.prev_hash || convert_to(audit_event_canonical(a), 'UTF8')) AS recomputed
    FROM audit_events a
    WINDOW chain AS (PARTITION BY a.chain_key ORDER BY coalesce(a.chain_pos, a.seq))
  ) t
  WHERE t.pos <> coalesce(t.prev_pos, 0) + 1
     OR t.prev_hash <> coalesce(t.expected_prev, '\x'::bytea)
     OR t.hash <> t.recomputed
     ${keyCheck ? `OR ${keyCheck}` : ''}
  ORDER BY t.seq
$fn$;`;
}
