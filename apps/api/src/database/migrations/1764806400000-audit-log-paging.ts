import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Access-log pages walk the log newest first (by seq) per client and per actor; a client's
 * default page leaves out their own actions, so that filter has its own partial index.
 */
export class AuditLogPaging1764806400000 implements MigrationInterface {
  name = 'AuditLogPaging1764806400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "audit_events_subject_seq_idx" ON "audit_events"("subject_id", "seq")`,
    );
    await queryRunner.query(
      `CREATE INDEX "audit_events_subject_others_seq_idx" ON "audit_events"("subject_id", "seq") WHERE actor_id IS DISTINCT FROM subject_id`,
    );
    await queryRunner.query(
      `CREATE INDEX "audit_events_actor_seq_idx" ON "audit_events"("actor_id", "seq")`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "audit_events_actor_seq_idx"`);
    await queryRunner.query(`DROP INDEX "audit_events_subject_others_seq_idx"`);
    await queryRunner.query(`DROP INDEX "audit_events_subject_seq_idx"`);
  }
}
