import { Inject, Injectable } from '@nestjs/common';
import {
  SESSION_ABSOLUTE_HOURS,
  SESSION_IDLE_MINUTES,
  type SessionInfo,
} from '@oefenruimte/shared';
import { DataSource, type EntityManager } from 'typeorm';
import type { AuthUser, RequestMeta } from '../common/auth/auth-user';
import { randomToken, sha256 } from '../common/crypto';
import { APP_CONFIG, type AppConfig } from '../config/app-config';

const IDLE_MS = SESSION_IDLE_MINUTES * 60_000;
const ABSOLUTE_MS = SESSION_ABSOLUTE_HOURS * 3_600_000;
/** Activity is written at most this often, so a busy page is not a write per request. */
const TOUCH_EVERY_MS = 15_000;

interface SessionRow {
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

export interface NewSession {
  readonly token: string;
  readonly id: string;
  readonly absoluteExpiresAt: Date;
}

/**
 * Sessions. Outside demo mode a demo account's session (published passwords) is never accepted:
 * `authenticate` refuses it at every request, so no start-up sweep is needed (one would end
 * the sessions of other processes and test runs sharing the database).
 */
@Injectable()
export class SessionService {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** A fresh random token for a new login; the browser gets the token, we keep its hash. */
  async create(
    userId: string,
    meta: RequestMeta,
    options: { secondFactorAt?: Date | null; absoluteExpiresAt?: Date } = {},
    manager: EntityManager = this.dataSource.manager,
  ): Promise<NewSession> {
    const token = randomToken();
    const absoluteExpiresAt = options.absoluteExpiresAt ?? new Date(Date.now() + ABSOLUTE_MS);
    const [row] = await manager.query(
      `INSERT INTO sessions (token_hash, user_id, last_seen_at, absolute_expires_at, second_factor_at, ip, user_agent)
       VALUES ($1, $2, now(), $3, $4, $5, $6) RETURNING id`,
      [
        sha256(token),
        userId,
        absoluteExpiresAt,
        options.secondFactorAt ?? null,
        meta.ip,
        meta.userAgent,
      ],
    );
    return { token, id: row.id, absoluteExpiresAt };
  }

  /**
   * A new token for the same login after the second factor, so a token seen before it
   * (say, on a shared computer) is worth nothing afterwards. Keeps the absolute deadline.
   */
  async rotateAfterSecondFactor(
    user: AuthUser,
    meta: RequestMeta,
    manager: EntityManager,
  ): Promise<NewSession> {
    await this.end(user.sessionId, user.id, manager);
    return this.create(
      user.id,
      meta,
      { secondFactorAt: new Date(), absoluteExpiresAt: user.absoluteExpiresAt },
      manager,
    );
  }

  /** The user behind a token, or null when the session is unknown, ended, idle or too old. */
  async authenticate(token: string, options: { touch: boolean }): Promise<AuthUser | null> {
    const rows: SessionRow[] = await this.dataSource.query(
      `SELECT s.id AS session_id, s.last_seen_at, s.absolute_expires_at, s.second_factor_at,
              u.id AS user_id, u.practice_id, u.role, u.practice_role, u.name, u.email, u.locale,
              u.totp_enabled_at, u.is_demo, p.name AS practice_name
         FROM sessions s JOIN users u ON u.id = s.user_id JOIN practices p ON p.id = u.practice_id
        WHERE s.token_hash = $1 AND s.ended_at IS NULL AND u.deleted_at IS NULL
          AND (NOT u.is_demo OR $2)`,
      [sha256(token), this.config.mode === 'demo'],
    );
    const row = rows[0];
    if (!row) return null;
    const now = Date.now();
    if (now - row.last_seen_at.getTime() > IDLE_MS || now > row.absolute_expires_at.getTime()) {
      await this.dataSource.query(
        'UPDATE sessions SET ended_at = now() WHERE id = $1 AND ended_at IS NULL',
        [row.session_id],
      );
      return null;
    }
    let lastSeenAt = row.last_seen_at;
    if (options.touch && now - lastSeenAt.getTime() > TOUCH_EVERY_MS) {
      lastSeenAt = new Date(now);
      await this.dataSource.query('UPDATE sessions SET last_seen_at = $2 WHERE id = $1', [
        row.session_id,
        lastSeenAt,
      ]);
    }
    return {
      id: row.user_id,
      practiceId: row.practice_id,
      practiceName: row.practice_name,
      role: row.role,
      practiceRole: row.practice_role,
      name: row.name,
      email: row.email,
      locale: row.locale,
      sessionId: row.session_id,
      secondFactorEnrolled: row.totp_enabled_at !== null,
      secondFactorVerified: row.second_factor_at !== null,
      // The demo therapist may skip it, and only while the app runs in demo mode.
      secondFactorRequired:
        row.role === 'therapist' && !(this.config.mode === 'demo' && row.is_demo),
      lastSeenAt,
      absoluteExpiresAt: row.absolute_expires_at,
    };
  }

  idleExpiresAt(user: Pick<AuthUser, 'lastSeenAt'>): Date {
    return new Date(user.lastSeenAt.getTime() + IDLE_MS);
  }

  async end(
    sessionId: string,
    userId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<boolean> {
    const [, count] = await manager.query(
      'UPDATE sessions SET ended_at = now() WHERE id = $1 AND user_id = $2 AND ended_at IS NULL',
      [sessionId, userId],
    );
    return count > 0;
  }

  async endAllExcept(
    userId: string,
    keepSessionId: string | null,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<void> {
    await manager.query(
      'UPDATE sessions SET ended_at = now() WHERE user_id = $1 AND ended_at IS NULL AND ($2::uuid IS NULL OR id <> $2::uuid)',
      [userId, keepSessionId],
    );
  }

  async list(user: AuthUser): Promise<SessionInfo[]> {
    const rows: {
      id: string;
      created_at: Date;
      last_seen_at: Date;
      user_agent: string | null;
      ip: string | null;
    }[] = await this.dataSource.query(
      `SELECT id, created_at, last_seen_at, user_agent, ip FROM sessions
          WHERE user_id = $1 AND ended_at IS NULL AND absolute_expires_at > now()
            AND last_seen_at > now() - make_interval(mins => $2)
          ORDER BY last_seen_at DESC LIMIT 100`,
      [user.id, SESSION_IDLE_MINUTES],
    );
    return rows.map((row) => ({
      id: row.id,
      createdAt: row.created_at.toISOString(),
      lastSeenAt: row.last_seen_at.toISOString(),
      userAgent: row.user_agent,
      ip: row.ip,
      current: row.id === user.sessionId,
    }));
  }
}
