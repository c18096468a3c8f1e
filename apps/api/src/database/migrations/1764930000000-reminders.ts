import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Reminders the client owns: settings, one row per kind, the devices that receive pushes,
 * one claimed row per (reminder, occurrence) so an occurrence is delivered at most once, the
 * outcome per device or mailbox, and the server's VAPID key pair (private half sealed).
 * Mail keeps its headers (List-Unsubscribe). pg-boss makes and migrates its own `pgboss` schema.
 */
export class Reminders1764930000000 implements MigrationInterface {
  name = 'Reminders1764930000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE reminder_settings (
        client_id uuid PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
        practice_id uuid NOT NULL REFERENCES practices(id) ON DELETE CASCADE,
        paused boolean NOT NULL DEFAULT false,
        time_zone text NOT NULL DEFAULT 'Europe/Amsterdam',
        quiet_start smallint CHECK (quiet_start BETWEEN 0 AND 1439),
        quiet_end smallint CHECK (quiet_end BETWEEN 0 AND 1439),
        show_details boolean NOT NULL DEFAULT false,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`
      CREATE TABLE reminders (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        practice_id uuid NOT NULL REFERENCES practices(id) ON DELETE CASCADE,
        client_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('checkin', 'homework')),
        enabled boolean NOT NULL DEFAULT false,
        channel text NOT NULL DEFAULT 'push' CHECK (channel IN ('push', 'email', 'both')),
        minute_of_day smallint NOT NULL CHECK (minute_of_day BETWEEN 0 AND 1439),
        days smallint[] NOT NULL,
        next_at timestamptz,
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (client_id, kind)
      )`);
    await queryRunner.query(
      `CREATE INDEX reminders_due_idx ON reminders (next_at) WHERE enabled AND next_at IS NOT NULL`,
    );
    await queryRunner.query(`
      CREATE TABLE reminder_occurrences (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        practice_id uuid NOT NULL REFERENCES practices(id) ON DELETE CASCADE,
        client_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        reminder_id uuid NOT NULL REFERENCES reminders(id) ON DELETE CASCADE,
        occurrence_at timestamptz NOT NULL,
        outcome text NOT NULL CHECK (outcome IN ('sent', 'held-paused', 'held-quiet', 'skipped-late')),
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT reminder_occurrences_once UNIQUE (reminder_id, occurrence_at)
      )`);
    await queryRunner.query(`
      CREATE TABLE push_devices (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        practice_id uuid NOT NULL REFERENCES practices(id) ON DELETE CASCADE,
        client_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        endpoint text NOT NULL UNIQUE,
        p256dh text NOT NULL,
        auth text NOT NULL,
        label text NOT NULL,
        failures integer NOT NULL DEFAULT 0,
        last_success_at timestamptz,
        last_failure_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX push_devices_client_idx ON push_devices (client_id)`);
    await queryRunner.query(`
      CREATE TABLE reminder_deliveries (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        practice_id uuid NOT NULL REFERENCES practices(id) ON DELETE CASCADE,
        client_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        occurrence_id uuid REFERENCES reminder_occurrences(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('checkin', 'homework', 'test')),
        channel text NOT NULL CHECK (channel IN ('push', 'email')),
        device_id uuid REFERENCES push_devices(id) ON DELETE SET NULL,
        device_label text,
        outcome text NOT NULL CHECK (outcome IN ('sent', 'failed', 'retrying', 'removed')),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE INDEX reminder_deliveries_client_idx ON reminder_deliveries (client_id, created_at)`,
    );
    await queryRunner.query(`
      CREATE TABLE vapid_keys (
        id smallint PRIMARY KEY CHECK (id = 1),
        public_key text NOT NULL,
        private_key_sealed text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`ALTER TABLE outbox_mails ADD COLUMN headers jsonb`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE outbox_mails DROP COLUMN headers`);
    for (const table of [
      'vapid_keys',
      'reminder_deliveries',
      'push_devices',
      'reminder_occurrences',
      'reminders',
      'reminder_settings',
    ])
      await queryRunner.query(`DROP TABLE ${table}`);
  }
}
