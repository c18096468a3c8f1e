import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Daily check-ins (private until shared), therapists' 'seen' marks, client preferences, reviews and agreements. */
export class Checkins1763899200000 implements MigrationInterface {
  name = 'Checkins1763899200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "checkins" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "practice_id" uuid NOT NULL, "client_id" uuid NOT NULL, "day" date NOT NULL, "tension" smallint, "mood" smallint, "energy" smallint, "sleep" smallint, "window" text, "body_signals" text array NOT NULL DEFAULT '{}', "note" text, "items" jsonb NOT NULL DEFAULT '{}', "safety_concern" boolean, "danger" boolean NOT NULL DEFAULT false, "shared" boolean NOT NULL DEFAULT false, "shared_at" TIMESTAMP WITH TIME ZONE, "discuss" boolean NOT NULL DEFAULT false, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "submit_key" text NOT NULL, "submit_hash" bytea NOT NULL, CONSTRAINT "checkins_window_check" CHECK ("window" IN ('overprikkeld', 'binnen-raam', 'bevroren')), CONSTRAINT "checkins_scales_check" CHECK ("tension" BETWEEN 0 AND 10 AND "mood" BETWEEN 0 AND 10 AND "energy" BETWEEN 0 AND 10 AND "sleep" BETWEEN 0 AND 10), CONSTRAINT "PK_99c62633386398b154840f0708c" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "checkins_submit_key" ON "checkins"("client_id", "submit_key")`,
    );
    await queryRunner.query(
      `CREATE INDEX "checkins_shared_idx" ON "checkins"("practice_id", "client_id", "shared_at") WHERE shared`,
    );
    await queryRunner.query(
      `CREATE INDEX "checkins_client_day_idx" ON "checkins"("practice_id", "client_id", "day")`,
    );
    await queryRunner.query(
      `CREATE TABLE "checkin_seen" ("checkin_id" uuid NOT NULL, "therapist_id" uuid NOT NULL, "seen_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a3fbe810ee1c024f3c19e8fc423" PRIMARY KEY ("checkin_id", "therapist_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "client_preferences" ("client_id" uuid NOT NULL, "share_by_default" boolean NOT NULL DEFAULT false, "show_private_count" boolean NOT NULL DEFAULT false, CONSTRAINT "PK_b0c815e777d83663eac76dd6dbf" PRIMARY KEY ("client_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "reviews" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "practice_id" uuid NOT NULL, "client_id" uuid NOT NULL, "therapist_id" uuid NOT NULL, "period_start" date NOT NULL, "period_end" date NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_231ae565c273ee700b283f15c1d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "reviews_client_idx" ON "reviews"("practice_id", "client_id", "created_at")`,
    );
    await queryRunner.query(
      `CREATE TABLE "agreements" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "review_id" uuid NOT NULL, "practice_id" uuid NOT NULL, "client_id" uuid NOT NULL, "text" text NOT NULL, "position" smallint NOT NULL DEFAULT 0, "module_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_01532f6c999d44c776e3d1fa4c8" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "agreements_client_idx" ON "agreements"("practice_id", "client_id", "created_at")`,
    );
    await queryRunner.query(
      `ALTER TABLE "checkins" ADD CONSTRAINT "checkins_client_fk" FOREIGN KEY ("client_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "checkin_seen" ADD CONSTRAINT "checkin_seen_checkin_fk" FOREIGN KEY ("checkin_id") REFERENCES "checkins"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "client_preferences" ADD CONSTRAINT "client_preferences_client_fk" FOREIGN KEY ("client_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "reviews" ADD CONSTRAINT "reviews_client_fk" FOREIGN KEY ("client_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "reviews" ADD CONSTRAINT "reviews_therapist_fk" FOREIGN KEY ("therapist_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "agreements" ADD CONSTRAINT "agreements_review_fk" FOREIGN KEY ("review_id") REFERENCES "reviews"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "agreements" CASCADE`);
    await queryRunner.query(`DROP TABLE "reviews" CASCADE`);
    await queryRunner.query(`DROP TABLE "client_preferences" CASCADE`);
    await queryRunner.query(`DROP TABLE "checkin_seen" CASCADE`);
    await queryRunner.query(`DROP TABLE "checkins" CASCADE`);
  }
}
