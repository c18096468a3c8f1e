import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The signaleringsplan: one row per client for the current version and its sharing, and every version kept. */
export class SafetyPlans1764960000000 implements MigrationInterface {
  name = 'SafetyPlans1764960000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "safety_plans" ("client_id" uuid NOT NULL, "practice_id" uuid NOT NULL, "version" integer NOT NULL, "shared" boolean NOT NULL DEFAULT false, "shared_at" TIMESTAMP WITH TIME ZONE, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_ccc173d900f5286f93a6c192a6c" PRIMARY KEY ("client_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "safety_plans_shared_idx" ON "safety_plans"  ("practice_id", "client_id") WHERE shared`,
    );
    await queryRunner.query(
      `CREATE TABLE "safety_plan_versions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "practice_id" uuid NOT NULL, "client_id" uuid NOT NULL, "version" integer NOT NULL, "content" jsonb NOT NULL, "written_by" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "safety_plan_versions_written_by_check" CHECK ("written_by" IN ('client', 'therapist-suggestion')), CONSTRAINT "PK_2ae338748beeadc314dceab52e7" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "safety_plan_versions_client_version" ON "safety_plan_versions"  ("client_id", "version") `,
    );
    await queryRunner.query(
      `ALTER TABLE "safety_plans" ADD CONSTRAINT "safety_plans_client_fk" FOREIGN KEY ("client_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "safety_plan_versions" ADD CONSTRAINT "safety_plan_versions_client_fk" FOREIGN KEY ("client_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "safety_plan_versions"`);
    await queryRunner.query(`DROP TABLE "safety_plans"`);
  }
}
