import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AuthUser } from '../common/auth/auth-user';

/** An account as signing in and password recovery see it. */
export interface AccountRow {
  id: string;
  password_hash: string;
  practice_id: string;
  role: AuthUser['role'];
  locale: 'nl' | 'en';
}

const ACCOUNT_COLUMNS = 'id, password_hash, practice_id, role, locale';

/**
 * The SQL of accounts (`users`) for signing up, in and back in, and of a new owner's practice.
 * Demo accounts have published passwords: the look-ups by address find them only when asked
 * to (demo mode).
 */
@Injectable()
export class AccountsRepository {
  /** An account (demo or not) that is not deleted holds this address. */
  async emailTaken(manager: EntityManager, email: string): Promise<boolean> {
    const rows = await manager.query(
      'SELECT 1 FROM users WHERE email = $1 AND deleted_at IS NULL',
      [email],
    );
    return rows.length > 0;
  }

  async byEmail(
    manager: EntityManager,
    email: string,
    includeDemo: boolean,
  ): Promise<AccountRow | undefined> {
    const [row] = await manager.query(
      `SELECT ${ACCOUNT_COLUMNS} FROM users
        WHERE email = $1 AND deleted_at IS NULL AND (NOT is_demo OR $2)`,
      [email, includeDemo],
    );
    return row;
  }

  async passwordHash(
    manager: EntityManager,
    practiceId: string,
    userId: string,
  ): Promise<string | null> {
    const [row] = await manager.query(
      'SELECT password_hash FROM users WHERE practice_id = $1 AND id = $2',
      [practiceId, userId],
    );
    return row?.password_hash ?? null;
  }

  async setPasswordHash(
    manager: EntityManager,
    userId: string,
    passwordHash: string,
  ): Promise<void> {
    await manager.query('UPDATE users SET password_hash = $2 WHERE id = $1', [
      userId,
      passwordHash,
    ]);
  }

  /**
   * Someone in this practice, other than `exceptUserId`, whose password its owner may reset:
   * a colleague, or a client in current care of the practice. Never a demo account.
   */
  async resettable(
    manager: EntityManager,
    practiceId: string,
    userId: string,
    exceptUserId: string,
  ): Promise<{ id: string; role: AuthUser['role'] } | undefined> {
    const [row] = await manager.query(
      `SELECT u.id, u.role FROM users u
        WHERE u.id = $1 AND u.id <> $2 AND u.practice_id = $3 AND u.deleted_at IS NULL AND NOT u.is_demo
          AND (u.role = 'therapist' OR EXISTS (
            SELECT 1 FROM care_relations c WHERE c.client_id = u.id AND c.practice_id = $3 AND c."until" IS NULL))`,
      [userId, exceptUserId, practiceId],
    );
    return row;
  }

  // The client's rights: their export and the erasure of their account.

  async exportFor(
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

  /** Ends every login of the account and strips its row of name, e-mail, password and second factor. */
  async deleteFor(manager: EntityManager, practiceId: string, clientId: string): Promise<void> {
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

  /** A new practice and its owner; the owner's id. */
  async createOwner(
    manager: EntityManager,
    person: { email: string; name: string; practiceName: string },
    passwordHash: string,
  ): Promise<string> {
    const [practice] = await manager.query(
      'INSERT INTO practices (name) VALUES ($1) RETURNING id',
      [person.practiceName],
    );
    return this.create(manager, practice.id, 'therapist', 'owner', person, passwordHash);
  }

  /** A new therapist or client of an existing practice (an accepted invitation); the id. */
  createMember(
    manager: EntityManager,
    practiceId: string,
    role: AuthUser['role'],
    person: { email: string; name: string },
    passwordHash: string,
  ): Promise<string> {
    return this.create(manager, practiceId, role, role, person, passwordHash);
  }

  private async create(
    manager: EntityManager,
    practiceId: string,
    role: AuthUser['role'],
    practiceRole: AuthUser['practiceRole'],
    person: { email: string; name: string },
    passwordHash: string,
  ): Promise<string> {
    const [user] = await manager.query(
      `INSERT INTO users (practice_id, role, practice_role, email, name, password_hash)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [practiceId, role, practiceRole, person.email, person.name, passwordHash],
    );
    return user.id as string;
  }
}
