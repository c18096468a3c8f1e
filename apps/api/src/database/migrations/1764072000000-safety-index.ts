import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The overview's safety part asks, for all of a therapist's clients at once, for shared
 * check-ins that signal danger. Without this index it read every shared check-in the clients
 * ever made (thousands per overview, growing with each practice's history); danger check-ins
 * are few, so a partial index on just those keeps the read small for good.
 */
export class SafetyIndex1764072000000 implements MigrationInterface {
  name = 'SafetyIndex1764072000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "checkins_shared_danger_idx" ON "checkins"("practice_id", "client_id", "created_at") WHERE shared AND danger`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."checkins_shared_danger_idx"`);
  }
}
