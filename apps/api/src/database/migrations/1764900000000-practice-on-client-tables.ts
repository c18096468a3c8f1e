import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every table with client data names the practice: `client_preferences` and `checkin_seen` get
 * a `practice_id`, filled from the client's practice and from the check-in's, then required.
 */
export class PracticeOnClientTables1764900000000 implements MigrationInterface {
  name = 'PracticeOnClientTables1764900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "client_preferences" ADD "practice_id" uuid`);
    await queryRunner.query(
      `UPDATE "client_preferences" p SET "practice_id" = u."practice_id" FROM "users" u WHERE u."id" = p."client_id"`,
    );
    await queryRunner.query(
      `ALTER TABLE "client_preferences" ALTER COLUMN "practice_id" SET NOT NULL`,
    );
    await queryRunner.query(`ALTER TABLE "checkin_seen" ADD "practice_id" uuid`);
    await queryRunner.query(
      `UPDATE "checkin_seen" s SET "practice_id" = c."practice_id" FROM "checkins" c WHERE c."id" = s."checkin_id"`,
    );
    await queryRunner.query(`ALTER TABLE "checkin_seen" ALTER COLUMN "practice_id" SET NOT NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "checkin_seen" DROP COLUMN "practice_id"`);
    await queryRunner.query(`ALTER TABLE "client_preferences" DROP COLUMN "practice_id"`);
  }
}
