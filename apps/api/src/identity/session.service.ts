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
import { SessionsRepository } from './sessions.repository';

const IDLE_MS = SESSION_IDLE_MINUTES * 60_000;
const ABSOLUTE_MS = SESSION_ABSOLUTE_HOURS * 3_600_000;
/** Activity is written at most this often, so a busy page is not a write per request. */
const TOUCH_EVERY_MS = 15_000;

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
    private readonly sessions: SessionsRepository,
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
    const id = await this.sessions.insert(
      manager,
      {
        tokenHash: sha256(token),
        userId,
        absoluteExpiresAt,
        secondFactorAt: options.secondFactorAt ?? null,
      },
      meta,
    );
    return { token, id, absoluteExpiresAt };
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
    const manager = this.dataSource.manager;
    const row = await this.sessions.open(manager, sha256(token), this.config.mode === 'demo');
    if (!row) return null;
    const now = Date.now();
    if (now - row.last_seen_at.getTime() > IDLE_MS || now > row.absolute_expires_at.getTime()) {
      await this.sessions.end(manager, row.session_id, row.user_id);
      return null;
    }
    let lastSeenAt = row.last_seen_at;
    if (options.touch && now - lastSeenAt.getTime() > TOUCH_EVERY_MS) {
      lastSeenAt = new Date(now);
      await this.sessions.touch(manager, row.session_id, lastSeenAt);
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
    return this.sessions.end(manager, sessionId, userId);
  }

  async endAllExcept(
    userId: string,
    keepSessionId: string | null,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<void> {
    await this.sessions.endAllExcept(manager, userId, keepSessionId);
  }

  async list(user: AuthUser): Promise<SessionInfo[]> {
    const rows = await this.sessions.listActive(
      this.dataSource.manager,
      user.id,
      SESSION_IDLE_MINUTES,
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
