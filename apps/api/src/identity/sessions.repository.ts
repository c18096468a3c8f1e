import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AuthUser, RequestMeta } from '../common/auth/auth-user';

/** A session that has not ended, with its account and practice, as every request needs it. */
export interface SessionRow {
  session_id: string;
  last_seen_at: Date;
  absolute_expires_at: Date;
  second_factor_at: Date | null;
  user_id: string;
  practice_id: string;
  practice_name: string;
  role: AuthUser['role'];
  practice_role: AuthUser['practiceRole'];
  name: string;
  email: string;
  locale: 'nl' | 'en';
  totp_enabled_at: Date | null;
  is_demo: boolean;
}

/** A session as its owner's list of devices shows it. */
export interface ListedSession {
  id: string;
  created_at: Date;
  last_seen_at: Date;
  user_agent: string | null;
  ip: string | null;
}

/** The SQL of `sessions`. A session is found by its token's hash only; the token is never stored. */
@Injectable()
export class SessionsRepository {
  async insert(
    manager: EntityManager,
    session: {
      tokenHash: Buffer;
      userId: string;
      absoluteExpiresAt: Date;
      secondFactorAt: Date | null;
    },
    meta: RequestMeta,
  ): Promise<string> {
    const [row] = await manager.query(
      `INSERT INTO sessions (token_hash, user_id, last_seen_at, absolute_expires_at, second_factor_at, ip, user_agent)
       VALUES ($1, $2, now(), $3, $4, $5, $6) RETURNING id`,
      [
        session.tokenHash,
        session.userId,
        session.absoluteExpiresAt,
        session.secondFactorAt,
        meta.ip,
        meta.userAgent,
      ],
    );
    return row.id as string;
  }

  /** The open session with this token of an account that exists (a demo one's only when asked to). */
  async open(
    manager: EntityManager,
    tokenHash: Buffer,
    includeDemo: boolean,
  ): Promise<SessionRow | undefined> {
    const [row] = await manager.query(
      `SELECT s.id AS session_id, s.last_seen_at, s.absolute_expires_at, s.second_factor_at,
              u.id AS user_id, u.practice_id, u.role, u.practice_role, u.name, u.email, u.locale,
              u.totp_enabled_at, u.is_demo, p.name AS practice_name
         FROM sessions s JOIN users u ON u.id = s.user_id JOIN practices p ON p.id = u.practice_id
        WHERE s.token_hash = $1 AND s.ended_at IS NULL AND u.deleted_at IS NULL
          AND (NOT u.is_demo OR $2)`,
      [tokenHash, includeDemo],
    );
    return row;
  }

  async touch(manager: EntityManager, sessionId: string, lastSeenAt: Date): Promise<void> {
    await manager.query('UPDATE sessions SET last_seen_at = $2 WHERE id = $1', [
      sessionId,
      lastSeenAt,
    ]);
  }

  /** Ends this session of this account; false when it had ended already. */
  async end(manager: EntityManager, sessionId: string, userId: string): Promise<boolean> {
    const [, count] = await manager.query(
      'UPDATE sessions SET ended_at = now() WHERE id = $1 AND user_id = $2 AND ended_at IS NULL',
      [sessionId, userId],
    );
    return count > 0;
  }

  async endAllExcept(
    manager: EntityManager,
    userId: string,
    keepSessionId: string | null,
  ): Promise<void> {
    await manager.query(
      'UPDATE sessions SET ended_at = now() WHERE user_id = $1 AND ended_at IS NULL AND ($2::uuid IS NULL OR id <> $2::uuid)',
      [userId, keepSessionId],
    );
  }

  /** The account's sessions still in use (not ended, not idle or too old), newest use first. */
  listActive(
    manager: EntityManager,
    userId: string,
    idleMinutes: number,
  ): Promise<ListedSession[]> {
    return manager.query(
      `SELECT id, created_at, last_seen_at, user_agent, ip FROM sessions
          WHERE user_id = $1 AND ended_at IS NULL AND absolute_expires_at > now()
            AND last_seen_at > now() - make_interval(mins => $2)
          ORDER BY last_seen_at DESC LIMIT 100`,
      [userId, idleMinutes],
    );
  }
}
