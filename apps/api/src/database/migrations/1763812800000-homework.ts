import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The module library (modules and their published versions), assignments, responses, sharing marks and feedback. */
export class Homework1763812800000 implements MigrationInterface {
  name = 'Homework1763812800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "modules" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "practice_id" uuid, "slug" text NOT NULL, "copied_from" uuid, "created_by" uuid, "status" text NOT NULL, "draft" jsonb NOT NULL, "published_version" integer, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "modules_status_check" CHECK ("status" IN ('draft', 'published', 'archived')), CONSTRAINT "PK_7dbefd488bd96c5bf31f0ce0c95" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "modules_practice_slug_key" ON "modules"("practice_id", "slug") WHERE practice_id IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "modules_builtin_slug_key" ON "modules"("slug") WHERE practice_id IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "modules_practice_idx" ON "modules"("practice_id", "updated_at")`,
    );
    await queryRunner.query(
      `CREATE TABLE "module_versions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "module_id" uuid NOT NULL, "number" integer NOT NULL, "content" jsonb NOT NULL, "published_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "published_by" uuid, CONSTRAINT "PK_ba5a134e701f9eb4dd741290e2e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "module_versions_module_number_key" ON "module_versions"("module_id", "number")`,
    );
    await queryRunner.query(
      `CREATE TABLE "assignments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "practice_id" uuid NOT NULL, "therapist_id" uuid NOT NULL, "client_id" uuid NOT NULL, "module_version_id" uuid NOT NULL, "note" text, "due_date" date, "rhythm" text NOT NULL DEFAULT 'once', "weekdays" smallint array, "status" text NOT NULL DEFAULT 'active', "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "assignments_rhythm_check" CHECK ("rhythm" IN ('once', 'daily', 'weekly', 'weekdays')), CONSTRAINT "assignments_status_check" CHECK ("status" IN ('active', 'paused', 'withdrawn')), CONSTRAINT "PK_c54ca359535e0012b04dcbd80ee" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "assignments_therapist_idx" ON "assignments"("practice_id", "therapist_id", "created_at")`,
    );
    await queryRunner.query(
      `CREATE INDEX "assignments_client_idx" ON "assignments"("practice_id", "client_id", "created_at")`,
    );
    await queryRunner.query(
      `CREATE TABLE "responses" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "practice_id" uuid NOT NULL, "assignment_id" uuid NOT NULL, "client_id" uuid NOT NULL, "answers" jsonb NOT NULL DEFAULT '{}', "position" text, "version" integer NOT NULL DEFAULT '1', "started_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "submitted_at" TIMESTAMP WITH TIME ZONE, "submit_key" text, "submit_hash" bytea, CONSTRAINT "PK_be3bdac59bd243dff421ad7bf70" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "responses_submit_key" ON "responses"("client_id", "submit_key") WHERE submit_key IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "responses_open_draft_key" ON "responses"("assignment_id") WHERE submitted_at IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "responses_client_idx" ON "responses"("practice_id", "client_id", "updated_at")`,
    );
    await queryRunner.query(
      `CREATE INDEX "responses_assignment_idx" ON "responses"("assignment_id", "started_at")`,
    );
    await queryRunner.query(
      `CREATE TABLE "feedback" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "practice_id" uuid NOT NULL, "response_id" uuid NOT NULL, "step_id" text, "therapist_id" uuid NOT NULL, "text" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_8389f9e087a57689cd5be8b2b13" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "feedback_response_idx" ON "feedback"("response_id", "created_at")`,
    );
    await queryRunner.query(
      `CREATE TABLE "response_marks" ("response_id" uuid NOT NULL, "step_id" text NOT NULL, "practice_id" uuid NOT NULL, "client_id" uuid NOT NULL, "shared" boolean NOT NULL DEFAULT false, "shared_at" TIMESTAMP WITH TIME ZONE, "discuss" boolean NOT NULL DEFAULT false, CONSTRAINT "PK_d6f3dbcb10ecd46a87b3aad4c5e" PRIMARY KEY ("response_id", "step_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "response_marks_shared_idx" ON "response_marks"("practice_id", "client_id", "shared_at")`,
    );
    await queryRunner.query(
      `ALTER TABLE "modules" ADD CONSTRAINT "modules_practice_fk" FOREIGN KEY ("practice_id") REFERENCES "practices"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "module_versions" ADD CONSTRAINT "module_versions_module_fk" FOREIGN KEY ("module_id") REFERENCES "modules"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "assignments" ADD CONSTRAINT "assignments_practice_fk" FOREIGN KEY ("practice_id") REFERENCES "practices"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "assignments" ADD CONSTRAINT "assignments_therapist_fk" FOREIGN KEY ("therapist_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "assignments" ADD CONSTRAINT "assignments_client_fk" FOREIGN KEY ("client_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "assignments" ADD CONSTRAINT "assignments_module_version_fk" FOREIGN KEY ("module_version_id") REFERENCES "module_versions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "responses" ADD CONSTRAINT "responses_assignment_fk" FOREIGN KEY ("assignment_id") REFERENCES "assignments"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "responses" ADD CONSTRAINT "responses_client_fk" FOREIGN KEY ("client_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "feedback" ADD CONSTRAINT "feedback_response_fk" FOREIGN KEY ("response_id") REFERENCES "responses"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "feedback" ADD CONSTRAINT "feedback_therapist_fk" FOREIGN KEY ("therapist_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "response_marks" ADD CONSTRAINT "response_marks_response_fk" FOREIGN KEY ("response_id") REFERENCES "responses"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "feedback" CASCADE`);
    await queryRunner.query(`DROP TABLE "response_marks" CASCADE`);
    await queryRunner.query(`DROP TABLE "responses" CASCADE`);
    await queryRunner.query(`DROP TABLE "assignments" CASCADE`);
    await queryRunner.query(`DROP TABLE "module_versions" CASCADE`);
    await queryRunner.query(`DROP TABLE "modules" CASCADE`);
  }
}
