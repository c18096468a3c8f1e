import type { MigrationInterface, QueryRunner } from 'typeorm';
import { SecretBox } from '../../common/encryption/secret-box';
import { migrationEncryptionKey } from '../migration-context';

/**
 * Failed attempts counted per account and per device (replaces login_failures), sign-ups that
 * wait for their address to be confirmed, reset codes made by the practice owner, the setup
 * code for a new install, and second-factor secrets sealed with AES-256-GCM.
 */
export class AuthHardening1764000000000 implements MigrationInterface {
  name = 'AuthHardening1764000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "failed_attempts" ("id" BIGSERIAL NOT NULL, "scope" text NOT NULL, "key_hash" bytea NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_07817f78b81d1b62a7dfd008f71" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "failed_attempts_key_at_idx" ON "failed_attempts"("scope", "key_hash", "at")`,
    );
    await queryRunner.query(
      `INSERT INTO "failed_attempts" ("scope", "key_hash", "at") SELECT 'login', "email_hash", "at" FROM "login_failures" WHERE "at" > now() - interval '1 hour'`,
    );
    await queryRunner.query(`DROP TABLE "login_failures"`);
    await queryRunner.query(
      `CREATE TABLE "setup_codes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code_hash" bytea NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_fe120c25cc727d95528d4c286e1" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "signups" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" text NOT NULL, "name" text NOT NULL, "practice_name" text NOT NULL, "password_hash" text NOT NULL, "token_hash" bytea NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "confirmed_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_00508d1ace4b24227069d2ffcda" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "signups_token_hash_key" ON "signups"("token_hash")`,
    );
    await queryRunner.query(
      `ALTER TABLE "password_resets" ADD "kind" text NOT NULL DEFAULT 'link'`,
    );
    await queryRunner.query(`ALTER TABLE "password_resets" ADD "created_by" uuid`);
    await queryRunner.query(
      `ALTER TABLE "password_resets" ADD CONSTRAINT "password_resets_kind_check" CHECK ("kind" IN ('link', 'code'))`,
    );
    await this.sealSecrets(queryRunner);
    await queryRunner.query(
      `ALTER TABLE "users" ADD CONSTRAINT "users_totp_secret_sealed_check" CHECK ("totp_secret" IS NULL OR "totp_secret" LIKE 'v1.%')`,
    );
  }

  /** Every second-factor secret still in plain text is sealed with the key from outside the database. */
  private async sealSecrets(queryRunner: QueryRunner): Promise<void> {
    const rows: { id: string; totp_secret: string }[] = await queryRunner.query(
      `SELECT id, totp_secret FROM users WHERE totp_secret IS NOT NULL AND totp_secret NOT LIKE 'v1.%'`,
    );
    if (rows.length === 0) return;
    const key = migrationEncryptionKey();
    if (!key) {
      throw new Error(
        'second-factor secrets must be encrypted, but no encryption key was given to the migration',
      );
    }
    const box = new SecretBox(key);
    for (const row of rows) {
      await queryRunner.query('UPDATE users SET totp_secret = $2 WHERE id = $1', [
        row.id,
        box.seal(row.totp_secret, row.id),
      ]);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "users" DROP CONSTRAINT "users_totp_secret_sealed_check"`);
    const rows: { id: string; totp_secret: string }[] = await queryRunner.query(
      `SELECT id, totp_secret FROM users WHERE totp_secret LIKE 'v1.%'`,
    );
    const key = migrationEncryptionKey();
    if (rows.length > 0 && !key)
      throw new Error('opening the sealed secrets needs the encryption key');
    for (const row of rows) {
      await queryRunner.query('UPDATE users SET totp_secret = $2 WHERE id = $1', [
        row.id,
        new SecretBox(key as Buffer).open(row.totp_secret, row.id),
      ]);
    }
    await queryRunner.query(
      `ALTER TABLE "password_resets" DROP CONSTRAINT "password_resets_kind_check"`,
    );
    await queryRunner.query(`ALTER TABLE "password_resets" DROP COLUMN "created_by"`);
    await queryRunner.query(`ALTER TABLE "password_resets" DROP COLUMN "kind"`);
    await queryRunner.query(`DROP TABLE "signups" CASCADE`);
    await queryRunner.query(`DROP TABLE "setup_codes" CASCADE`);
    await queryRunner.query(
      `CREATE TABLE "login_failures" ("id" BIGSERIAL NOT NULL, "email_hash" bytea NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_8211e8ec810fd7f976b98ce97a0" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "login_failures_key_at_idx" ON "login_failures"("email_hash", "at")`,
    );
    await queryRunner.query(`DROP TABLE "failed_attempts" CASCADE`);
  }
}
