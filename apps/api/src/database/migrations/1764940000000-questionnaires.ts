import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Questionnaires (ROM): the FHIR Questionnaires a practice imported (its library, no client
 * data), their assignments to a client (once or every N days) and the client's responses:
 * a draft while paused, completed once sent, private until the client shares it.
 */
export class Questionnaires1764940000000 implements MigrationInterface {
  name = 'Questionnaires1764940000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE questionnaires (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        practice_id uuid NOT NULL REFERENCES practices(id) ON DELETE CASCADE,
        url text NOT NULL,
        version text NOT NULL DEFAULT '',
        title text NOT NULL,
        profile_id text NOT NULL,
        item_count integer NOT NULL,
        resource jsonb NOT NULL,
        imported_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT questionnaires_practice_url_version UNIQUE (practice_id, url, version)
      )`);
    await queryRunner.query(`
      CREATE TABLE questionnaire_assignments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        practice_id uuid NOT NULL REFERENCES practices(id) ON DELETE CASCADE,
        client_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        therapist_id uuid REFERENCES users(id) ON DELETE SET NULL,
        questionnaire_id uuid NOT NULL REFERENCES questionnaires(id) ON DELETE CASCADE,
        every_days integer CHECK (every_days BETWEEN 1 AND 3650),
        next_due date,
        stopped boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE INDEX questionnaire_assignments_client ON questionnaire_assignments (practice_id, client_id)`,
    );
    await queryRunner.query(`
      CREATE TABLE questionnaire_responses (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        practice_id uuid NOT NULL REFERENCES practices(id) ON DELETE CASCADE,
        client_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        assignment_id uuid NOT NULL REFERENCES questionnaire_assignments(id) ON DELETE CASCADE,
        status text NOT NULL CHECK (status IN ('in-progress', 'completed')),
        answers jsonb NOT NULL,
        version integer NOT NULL DEFAULT 1,
        score jsonb,
        safety boolean NOT NULL DEFAULT false,
        shared boolean NOT NULL DEFAULT false,
        submit_key text,
        submit_hash bytea,
        started_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        submitted_at timestamptz,
        shared_at timestamptz,
        CONSTRAINT questionnaire_responses_submit_key UNIQUE (client_id, submit_key)
      )`);
    // At most one draft per assignment, so pausing and resuming always finds the same one.
    await queryRunner.query(
      `CREATE UNIQUE INDEX questionnaire_responses_one_draft ON questionnaire_responses (assignment_id) WHERE status = 'in-progress'`,
    );
    await queryRunner.query(
      `CREATE INDEX questionnaire_responses_client ON questionnaire_responses (practice_id, client_id, submitted_at)`,
    );
    await queryRunner.query(
      `CREATE INDEX questionnaire_responses_shared_safety ON questionnaire_responses (practice_id, client_id, shared_at) WHERE shared AND safety`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE questionnaire_responses`);
    await queryRunner.query(`DROP TABLE questionnaire_assignments`);
    await queryRunner.query(`DROP TABLE questionnaires`);
  }
}
