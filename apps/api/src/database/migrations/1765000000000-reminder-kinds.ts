import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Reminders per kind: the afspraken from "samen terugkijken" get their own kind; an occurrence
 * with nothing to remind about (no homework for that day, no current afspraken) is recorded as
 * skipped; and a therapist's suggested reminder waits for the client's yes in its own table.
 */
export class ReminderKinds1765000000000 implements MigrationInterface {
  name = 'ReminderKinds1765000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE reminders DROP CONSTRAINT reminders_kind_check`);
    await queryRunner.query(
      `ALTER TABLE reminders ADD CONSTRAINT reminders_kind_check CHECK (kind IN ('checkin', 'homework', 'agreement'))`,
    );
    await queryRunner.query(
      `ALTER TABLE reminder_deliveries DROP CONSTRAINT reminder_deliveries_kind_check`,
    );
    await queryRunner.query(
      `ALTER TABLE reminder_deliveries ADD CONSTRAINT reminder_deliveries_kind_check CHECK (kind IN ('checkin', 'homework', 'agreement', 'test'))`,
    );
    await queryRunner.query(
      `ALTER TABLE reminder_occurrences DROP CONSTRAINT reminder_occurrences_outcome_check`,
    );
    await queryRunner.query(
      `ALTER TABLE reminder_occurrences ADD CONSTRAINT reminder_occurrences_outcome_check
         CHECK (outcome IN ('sent', 'held-paused', 'held-quiet', 'skipped-late', 'skipped-nothing'))`,
    );
    await queryRunner.query(`
      CREATE TABLE reminder_suggestions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        practice_id uuid NOT NULL REFERENCES practices(id) ON DELETE CASCADE,
        client_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        assignment_id uuid NOT NULL UNIQUE REFERENCES assignments(id) ON DELETE CASCADE,
        therapist_id uuid REFERENCES users(id) ON DELETE SET NULL,
        minute_of_day smallint NOT NULL CHECK (minute_of_day BETWEEN 0 AND 1439),
        days smallint[] NOT NULL,
        status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'accepted', 'declined')),
        created_at timestamptz NOT NULL DEFAULT now(),
        decided_at timestamptz
      )`);
    await queryRunner.query(
      `CREATE INDEX reminder_suggestions_client_idx ON reminder_suggestions (practice_id, client_id)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE reminder_suggestions`);
    await queryRunner.query(`DELETE FROM reminder_occurrences WHERE outcome = 'skipped-nothing'`);
    await queryRunner.query(`DELETE FROM reminder_deliveries WHERE kind = 'agreement'`);
    await queryRunner.query(`DELETE FROM reminders WHERE kind = 'agreement'`);
    await queryRunner.query(
      `ALTER TABLE reminder_occurrences DROP CONSTRAINT reminder_occurrences_outcome_check`,
    );
    await queryRunner.query(
      `ALTER TABLE reminder_occurrences ADD CONSTRAINT reminder_occurrences_outcome_check
         CHECK (outcome IN ('sent', 'held-paused', 'held-quiet', 'skipped-late'))`,
    );
    await queryRunner.query(
      `ALTER TABLE reminder_deliveries DROP CONSTRAINT reminder_deliveries_kind_check`,
    );
    await queryRunner.query(
      `ALTER TABLE reminder_deliveries ADD CONSTRAINT reminder_deliveries_kind_check CHECK (kind IN ('checkin', 'homework', 'test'))`,
    );
    await queryRunner.query(`ALTER TABLE reminders DROP CONSTRAINT reminders_kind_check`);
    await queryRunner.query(
      `ALTER TABLE reminders ADD CONSTRAINT reminders_kind_check CHECK (kind IN ('checkin', 'homework'))`,
    );
  }
}
