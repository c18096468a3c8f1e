import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Per-IP rate-limit counters, shared by every API process (they were kept in each process's
 * memory). UNLOGGED: cheap to write, and losing them in a database crash only resets a window.
 */
export class RateLimitCounters1764720000000 implements MigrationInterface {
  name = 'RateLimitCounters1764720000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE UNLOGGED TABLE "rate_limit_counters" ("key" text PRIMARY KEY, "window_end" TIMESTAMP WITH TIME ZONE NOT NULL, "hits" integer NOT NULL)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "rate_limit_counters"`);
  }
}
