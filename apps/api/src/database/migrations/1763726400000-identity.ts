import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Practices, accounts, sessions, invitations, care relations, the mail outbox and the audit log. */
export class Identity1763726400000 implements MigrationInterface {
  name = 'Identity1763726400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "audit_events" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "seq" bigint NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "practice_id" uuid, "actor_id" uuid, "actor_role" text, "on_behalf_of" uuid, "event" text NOT NULL, "action" text NOT NULL, "object_type" text NOT NULL, "object_id" text, "subject_id" uuid, "basis" text NOT NULL, "outcome" text NOT NULL, "ip" text, "request_id" text, "prev_hash" bytea NOT NULL, "hash" bytea NOT NULL, CONSTRAINT "audit_events_outcome_check" CHECK ("outcome" IN ('success', 'refused')), CONSTRAINT "PK_910f64d901a5c3e9878f0d4a407" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "audit_events_seq_key" ON "audit_events"("seq")`);
    await queryRunner.query(
      `CREATE INDEX "audit_events_actor_idx" ON "audit_events"("actor_id", "at")`,
    );
    await queryRunner.query(
      `CREATE INDEX "audit_events_subject_idx" ON "audit_events"("subject_id", "at")`,
    );
    await queryRunner.query(
      `CREATE TABLE "practices" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "phone" text, "crisis_text" text, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_0934829c5859a843625e6ff1c34" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "users" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "practice_id" uuid NOT NULL, "role" text NOT NULL, "practice_role" text NOT NULL, "email" text NOT NULL, "name" text NOT NULL, "password_hash" text NOT NULL, "locale" text NOT NULL DEFAULT 'nl', "totp_secret" text, "totp_enabled_at" TIMESTAMP WITH TIME ZONE, "totp_last_step" bigint, "is_demo" boolean NOT NULL DEFAULT false, "deleted_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "users_locale_check" CHECK ("locale" IN ('nl', 'en')), CONSTRAINT "users_practice_role_check" CHECK ("practice_role" IN ('owner', 'therapist', 'client')), CONSTRAINT "users_role_check" CHECK ("role" IN ('therapist', 'client')), CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "users_email_key" ON "users"("email") WHERE deleted_at IS NULL`,
    );
    await queryRunner.query(`CREATE INDEX "users_practice_idx" ON "users"("practice_id")`);
    await queryRunner.query(
      `CREATE TABLE "care_relations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "practice_id" uuid NOT NULL, "therapist_id" uuid NOT NULL, "client_id" uuid NOT NULL, "since" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "until" TIMESTAMP WITH TIME ZONE, CONSTRAINT "care_relations_period_check" CHECK ("until" IS NULL OR "until" >= "since"), CONSTRAINT "PK_a54d1f0fd2b877393b0ae29a9ab" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "care_relations_active_key" ON "care_relations"("therapist_id", "client_id") WHERE "until" IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "care_relations_client_idx" ON "care_relations"("practice_id", "client_id")`,
    );
    await queryRunner.query(
      `CREATE INDEX "care_relations_therapist_idx" ON "care_relations"("practice_id", "therapist_id", "since")`,
    );
    await queryRunner.query(
      `CREATE TABLE "login_failures" ("id" BIGSERIAL NOT NULL, "email_hash" bytea NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_8211e8ec810fd7f976b98ce97a0" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "login_failures_key_at_idx" ON "login_failures"("email_hash", "at")`,
    );
    await queryRunner.query(
      `CREATE TABLE "password_resets" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "token_hash" bytea NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_4816377aa98211c1de34469e742" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "password_resets_token_hash_key" ON "password_resets"("token_hash")`,
    );
    await queryRunner.query(
      `CREATE TABLE "recovery_codes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "code_hash" bytea NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_0723b9e53961e799027d7f7ba32" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "recovery_codes_user_idx" ON "recovery_codes"("user_id")`,
    );
    await queryRunner.query(
      `CREATE TABLE "sessions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "token_hash" bytea NOT NULL, "user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_seen_at" TIMESTAMP WITH TIME ZONE NOT NULL, "absolute_expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "second_factor_at" TIMESTAMP WITH TIME ZONE, "ended_at" TIMESTAMP WITH TIME ZONE, "ip" text, "user_agent" text, CONSTRAINT "PK_3238ef96f18b355b671619111bc" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "sessions_token_hash_key" ON "sessions"("token_hash")`,
    );
    await queryRunner.query(
      `CREATE INDEX "sessions_user_idx" ON "sessions"("user_id", "created_at")`,
    );
    await queryRunner.query(
      `CREATE TABLE "invitations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "practice_id" uuid NOT NULL, "kind" text NOT NULL, "invited_by" uuid NOT NULL, "name" text NOT NULL, "email" text, "code_hash" bytea NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "accepted_at" TIMESTAMP WITH TIME ZONE, "accepted_by" uuid, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "invitations_kind_check" CHECK ("kind" IN ('client', 'therapist')), CONSTRAINT "PK_5dec98cfdfd562e4ad3648bbb07" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "invitations_code_hash_key" ON "invitations"("code_hash")`,
    );
    await queryRunner.query(
      `CREATE INDEX "invitations_practice_inviter_idx" ON "invitations"("practice_id", "invited_by", "created_at")`,
    );
    await queryRunner.query(
      `CREATE TABLE "outbox_mails" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "to_address" text NOT NULL, "subject" text NOT NULL, "text" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "sent_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_b29f3864833e0d790528753c19c" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "outbox_mails_created_idx" ON "outbox_mails"("created_at")`,
    );
    await queryRunner.query(
      `ALTER TABLE "users" ADD CONSTRAINT "users_practice_fk" FOREIGN KEY ("practice_id") REFERENCES "practices"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "care_relations" ADD CONSTRAINT "care_relations_practice_fk" FOREIGN KEY ("practice_id") REFERENCES "practices"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "care_relations" ADD CONSTRAINT "care_relations_therapist_fk" FOREIGN KEY ("therapist_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "care_relations" ADD CONSTRAINT "care_relations_client_fk" FOREIGN KEY ("client_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "password_resets" ADD CONSTRAINT "password_resets_user_fk" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "recovery_codes" ADD CONSTRAINT "recovery_codes_user_fk" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_fk" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "invitations" ADD CONSTRAINT "invitations_practice_fk" FOREIGN KEY ("practice_id") REFERENCES "practices"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "invitations" ADD CONSTRAINT "invitations_invited_by_fk" FOREIGN KEY ("invited_by") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(AUDIT_SQL);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION IF EXISTS audit_chain_breaks()`);
    await queryRunner.query(`DROP TABLE "outbox_mails" CASCADE`);
    await queryRunner.query(`DROP TABLE "audit_events" CASCADE`);
    await queryRunner.query(`DROP TABLE "login_failures" CASCADE`);
    await queryRunner.query(`DROP TABLE "recovery_codes" CASCADE`);
    await queryRunner.query(`DROP TABLE "password_resets" CASCADE`);
    await queryRunner.query(`DROP TABLE "sessions" CASCADE`);
    await queryRunner.query(`DROP TABLE "care_relations" CASCADE`);
    await queryRunner.query(`DROP TABLE "invitations" CASCADE`);
    await queryRunner.query(`DROP TABLE "users" CASCADE`);
    await queryRunner.query(`DROP TABLE "practices" CASCADE`);
    await queryRunner.query(`DROP FUNCTION audit_events_refuse_change(), audit_events_chain()`);
  }
}

const AUDIT_SQL = String.raw`-- NEN 7513: the canonical text of an audit row, hashed into the chain. NULLs become '' so
-- fields cannot shift into each other.
CREATE FUNCTION audit_event_canonical(e audit_events) RETURNS text LANGUAGE sql IMMUTABLE AS $fn$
  SELECT concat_ws('|', e.seq::text, e.id::text,
    to_char(e.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
    coalesce(e.practice_id::text, ''), coalesce(e.actor_id::text, ''), coalesce(e.actor_role, ''),
    coalesce(e.on_behalf_of::text, ''), e.event, e.action, e.object_type, coalesce(e.object_id, ''),
    coalesce(e.subject_id::text, ''), e.basis, e.outcome, coalesce(e.ip, ''), coalesce(e.request_id, ''))
$fn$;

-- Chains every new row to the previous one. The advisory lock makes writers take turns, so
-- seq has no gaps and each row's prev_hash is the hash of the row before it.
CREATE FUNCTION audit_events_chain() RETURNS trigger LANGUAGE plpgsql AS $fn$
DECLARE
  last_seq bigint;
  last_hash bytea;
BEGIN
  PERFORM pg_advisory_xact_lock(7513);
  SELECT seq, hash INTO last_seq, last_hash FROM audit_events ORDER BY seq DESC LIMIT 1;
  NEW.seq := coalesce(last_seq, 0) + 1;
  NEW.prev_hash := coalesce(last_hash, '\x'::bytea);
  NEW.hash := sha256(NEW.prev_hash || convert_to(audit_event_canonical(NEW), 'UTF8'));
  RETURN NEW;
END
$fn$;

CREATE TRIGGER audit_events_chain BEFORE INSERT ON audit_events
  FOR EACH ROW EXECUTE FUNCTION audit_events_chain();

-- Append-only: no row is ever changed or removed, not even by the application's own user.
CREATE FUNCTION audit_events_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  RAISE EXCEPTION 'audit_events is append-only' USING ERRCODE = 'insufficient_privilege';
END
$fn$;

CREATE TRIGGER audit_events_no_update_or_delete BEFORE UPDATE OR DELETE ON audit_events
  FOR EACH ROW EXECUTE FUNCTION audit_events_refuse_change();
CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events
  FOR EACH STATEMENT EXECUTE FUNCTION audit_events_refuse_change();

-- The rows whose chain link is broken: changed, inserted around the trigger, or removed.
CREATE FUNCTION audit_chain_breaks() RETURNS TABLE(seq bigint, problem text) LANGUAGE sql STABLE AS $fn$
  SELECT t.seq,
    CASE
      WHEN t.seq <> coalesce(t.prev_seq, 0) + 1 THEN 'missing rows before this one'
      WHEN t.prev_hash <> coalesce(t.expected_prev, '\x'::bytea) THEN 'does not link to the row before'
      ELSE 'content does not match its hash'
    END
  FROM (
    SELECT a.seq, a.hash, a.prev_hash,
      lag(a.seq) OVER (ORDER BY a.seq) AS prev_seq,
      lag(a.hash) OVER (ORDER BY a.seq) AS expected_prev,
      sha256(a.prev_hash || convert_to(audit_event_canonical(a), 'UTF8')) AS recomputed
    FROM audit_events a
  ) t
  WHERE t.seq <> coalesce(t.prev_seq, 0) + 1
     OR t.prev_hash <> coalesce(t.expected_prev, '\x'::bytea)
     OR t.hash <> t.recomputed
  ORDER BY t.seq
$fn$;
`;
