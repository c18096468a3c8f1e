import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A therapist's suggested changes to a shared signaleringsplan, kept apart until the client decides. */
export class SafetyPlanSuggestions1764980000000 implements MigrationInterface {
  name = 'SafetyPlanSuggestions1764980000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "safety_plan_suggestions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "practice_id" uuid NOT NULL, "client_id" uuid NOT NULL, "therapist_id" uuid, "base_version" integer NOT NULL, "content" jsonb NOT NULL, "note" text, "status" text NOT NULL DEFAULT 'open', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "decided_at" TIMESTAMP WITH TIME ZONE, "accepted_version" integer, CONSTRAINT "safety_plan_suggestions_status_check" CHECK ("status" IN ('open', 'accepted', 'declined', 'replaced')), CONSTRAINT "PK_0158b44567d5d3c64043339227c" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "safety_plan_suggestions_one_open" ON "safety_plan_suggestions"  ("client_id", "therapist_id") WHERE status = 'open'`,
    );
    await queryRunner.query(
      `CREATE INDEX "safety_plan_suggestions_client_idx" ON "safety_plan_suggestions"  ("practice_id", "client_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "safety_plan_suggestions" ADD CONSTRAINT "safety_plan_suggestions_client_fk" FOREIGN KEY ("client_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "safety_plan_suggestions" ADD CONSTRAINT "safety_plan_suggestions_therapist_fk" FOREIGN KEY ("therapist_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "safety_plan_suggestions"`);
  }
}
