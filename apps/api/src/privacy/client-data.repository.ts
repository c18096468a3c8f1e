import { Injectable } from '@nestjs/common';
import type { ModuleContent } from '@oefenruimte/shared';
import type { EntityManager } from 'typeorm';

/**
 * The export and erasure SQL of the capabilities that have no repository of their own yet
 * (account, homework, review). Every method names the practice and the client; when
 * such a capability gets its repository, its methods move there and its registry entry follows.
 */
@Injectable()
export class ClientDataRepository {
  // ---- Account ----

  async account(
    manager: EntityManager,
    practiceId: string,
    clientId: string,
  ): Promise<{ name: string; email: string; practice: string; created_at: Date }> {
    const [row] = await manager.query(
      `SELECT u.name, u.email, p.name AS practice, u.created_at FROM users u JOIN practices p ON p.id = u.practice_id
        WHERE u.practice_id = $1 AND u.id = $2`,
      [practiceId, clientId],
    );
    return row;
  }

  async passwordHash(
    manager: EntityManager,
    practiceId: string,
    clientId: string,
  ): Promise<string | null> {
    const [row] = await manager.query(
      'SELECT password_hash FROM users WHERE practice_id = $1 AND id = $2',
      [practiceId, clientId],
    );
    return row?.password_hash ?? null;
  }

  /** Ends every login of the account and strips its row of name, e-mail, password and second factor. */
  async deleteAccount(manager: EntityManager, practiceId: string, clientId: string): Promise<void> {
    for (const table of ['sessions', 'recovery_codes', 'password_resets']) {
      await manager.query(
        `DELETE FROM ${table} t USING users u WHERE u.id = t.user_id AND u.practice_id = $1 AND t.user_id = $2`,
        [practiceId, clientId],
      );
    }
    await manager.query(
      `UPDATE users SET name = 'Verwijderd account', email = 'deleted-' || id || '@invalid', password_hash = '!',
              totp_secret = NULL, totp_enabled_at = NULL, deleted_at = now() WHERE practice_id = $1 AND id = $2`,
      [practiceId, clientId],
    );
  }

  // ---- Homework ----

  homeworkAssignments(
    manager: EntityManager,
    practiceId: string,
    clientId: string,
  ): Promise<
    {
      id: string;
      title: string;
      therapist: string;
      note: string | null;
      created_at: Date;
      content: ModuleContent;
    }[]
  > {
    return manager.query(
      `SELECT a.id, v.content->>'title' AS title, t.name AS therapist, a.note, a.created_at, v.content FROM assignments a
         JOIN module_versions v ON v.id = a.module_version_id JOIN users t ON t.id = a.therapist_id
        WHERE a.practice_id = $1 AND a.client_id = $2 ORDER BY a.created_at`,
      [practiceId, clientId],
    );
  }

  homeworkResponses(
    manager: EntityManager,
    practiceId: string,
    clientId: string,
  ): Promise<
    {
      id: string;
      assignment_id: string;
      started_at: Date;
      submitted_at: Date | null;
      answers: Record<string, unknown>;
    }[]
  > {
    return manager.query(
      `SELECT id, assignment_id, started_at, submitted_at, answers FROM responses
        WHERE practice_id = $1 AND client_id = $2 ORDER BY started_at`,
      [practiceId, clientId],
    );
  }

  homeworkMarks(
    manager: EntityManager,
    practiceId: string,
    clientId: string,
  ): Promise<{ response_id: string; step_id: string; shared: boolean; discuss: boolean }[]> {
    return manager.query(
      'SELECT response_id, step_id, shared, discuss FROM response_marks WHERE practice_id = $1 AND client_id = $2',
      [practiceId, clientId],
    );
  }

  homeworkFeedback(
    manager: EntityManager,
    practiceId: string,
    clientId: string,
  ): Promise<
    { response_id: string; step_id: string | null; text: string; by: string; created_at: Date }[]
  > {
    return manager.query(
      `SELECT f.response_id, f.step_id, f.text, t.name AS by, f.created_at FROM feedback f
         JOIN responses r ON r.id = f.response_id JOIN users t ON t.id = f.therapist_id
        WHERE f.practice_id = $1 AND r.practice_id = $1 AND r.client_id = $2 ORDER BY f.created_at`,
      [practiceId, clientId],
    );
  }

  /** Erases the client's assignments, answers, share marks and the feedback on those answers. */
  async deleteHomework(
    manager: EntityManager,
    practiceId: string,
    clientId: string,
  ): Promise<void> {
    await manager.query('DELETE FROM response_marks WHERE practice_id = $1 AND client_id = $2', [
      practiceId,
      clientId,
    ]);
    await manager.query(
      `DELETE FROM feedback f USING responses r
        WHERE f.response_id = r.id AND f.practice_id = $1 AND r.practice_id = $1 AND r.client_id = $2`,
      [practiceId, clientId],
    );
    for (const table of ['responses', 'assignments']) {
      await manager.query(`DELETE FROM ${table} WHERE practice_id = $1 AND client_id = $2`, [
        practiceId,
        clientId,
      ]);
    }
  }

  // ---- Reviewing together ----

  reviews(
    manager: EntityManager,
    practiceId: string,
    clientId: string,
  ): Promise<
    { id: string; therapist: string; period_start: string; period_end: string; created_at: Date }[]
  > {
    return manager.query(
      `SELECT r.id, t.name AS therapist, to_char(r.period_start, 'YYYY-MM-DD') AS period_start, to_char(r.period_end, 'YYYY-MM-DD') AS period_end,
              r.created_at
         FROM reviews r JOIN users t ON t.id = r.therapist_id
        WHERE r.practice_id = $1 AND r.client_id = $2 ORDER BY r.created_at`,
      [practiceId, clientId],
    );
  }

  agreements(
    manager: EntityManager,
    practiceId: string,
    clientId: string,
  ): Promise<{ review_id: string; text: string }[]> {
    return manager.query(
      `SELECT review_id, text FROM agreements WHERE practice_id = $1 AND client_id = $2
        ORDER BY created_at, position`,
      [practiceId, clientId],
    );
  }

  async deleteReviews(manager: EntityManager, practiceId: string, clientId: string): Promise<void> {
    for (const table of ['agreements', 'reviews']) {
      await manager.query(`DELETE FROM ${table} WHERE practice_id = $1 AND client_id = $2`, [
        practiceId,
        clientId,
      ]);
    }
  }

  // ---- The access log (kept on deletion: NEN 7513) ----
}
