import { HttpStatus, Injectable } from '@nestjs/common';
import type { Me } from '@oefenruimte/shared';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { AuthUser, RequestMeta } from '../common/auth/auth-user';
import { CodedHttpException } from '../common/errors/api-error';
import { sha256 } from '../common/crypto';
import type { LoginDto, SignUpDto } from './dto/auth.dto';
import { PasswordService } from './password.service';
import { type NewSession, SessionService } from './session.service';

/** At most this many failed logins per account per hour; then 429 until the hour has passed. */
export const MAX_FAILED_LOGINS_PER_HOUR = 100;

export interface LoggedIn {
  readonly session: NewSession;
  readonly user: AuthUser;
}

@Injectable()
export class AuthService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly passwords: PasswordService,
    private readonly sessions: SessionService,
    private readonly audit: AuditService,
  ) {}

  /** A therapist creates an account and their practice, and is logged in (second factor next). */
  async signUp(dto: SignUpDto, meta: RequestMeta): Promise<LoggedIn> {
    this.passwords.assertAcceptable(dto.password);
    const passwordHash = await this.passwords.hash(dto.password);
    const userId = await this.dataSource.transaction(async (manager) => {
      const taken = await manager.query(
        'SELECT 1 FROM users WHERE email = $1 AND deleted_at IS NULL',
        [dto.email],
      );
      if (taken.length > 0) throw new CodedHttpException(HttpStatus.CONFLICT, 'EMAIL_TAKEN');
      const [practice] = await manager.query(
        'INSERT INTO practices (name) VALUES ($1) RETURNING id',
        [dto.practiceName],
      );
      const [user] = await manager.query(
        `INSERT INTO users (practice_id, role, practice_role, email, name, password_hash)
         VALUES ($1, 'therapist', 'owner', $2, $3, $4) RETURNING id`,
        [practice.id, dto.email, dto.name, passwordHash],
      );
      return user.id as string;
    });
    return this.startSession(userId, meta);
  }

  /**
   * Password login. An unknown e-mail and a wrong password answer alike (status, body and,
   * through a dummy hash check, time); failures count per account, known or not.
   */
  async login(dto: LoginDto, meta: RequestMeta): Promise<LoggedIn> {
    const emailHash = sha256(dto.email);
    const [{ failures }] = await this.dataSource.query(
      `SELECT count(*)::int AS failures FROM login_failures WHERE email_hash = $1 AND at > now() - interval '1 hour'`,
      [emailHash],
    );
    const [user]: {
      id: string;
      password_hash: string;
      practice_id: string;
      role: AuthUser['role'];
    }[] = await this.dataSource.query(
      'SELECT id, password_hash, practice_id, role FROM users WHERE email = $1 AND deleted_at IS NULL',
      [dto.email],
    );
    if (failures >= MAX_FAILED_LOGINS_PER_HOUR) {
      await this.auditLogin(user, 'refused', meta, 'session.login-throttled');
      throw new CodedHttpException(HttpStatus.TOO_MANY_REQUESTS, 'TOO_MANY_REQUESTS');
    }
    const ok = await this.passwords.verify(user?.password_hash ?? null, dto.password);
    if (!user || !ok) {
      await this.dataSource.query('INSERT INTO login_failures (email_hash) VALUES ($1)', [
        emailHash,
      ]);
      await this.auditLogin(user, 'refused', meta, 'session.login');
      throw new CodedHttpException(HttpStatus.UNAUTHORIZED, 'INVALID_CREDENTIALS');
    }
    return this.startSession(user.id, meta);
  }

  async logout(user: AuthUser, meta: RequestMeta): Promise<void> {
    await this.sessions.end(user.sessionId, user.id);
    await this.audit.record({
      actor: user,
      event: 'session.logout',
      action: 'logout',
      objectType: 'session',
      objectId: user.sessionId,
      basis: 'own-data',
      outcome: 'success',
      meta,
    });
  }

  me(user: AuthUser): Me {
    return {
      id: user.id,
      name: user.name,
      email: user.email,
      role: user.role,
      practiceRole: user.practiceRole,
      practice: { id: user.practiceId, name: user.practiceName },
      locale: user.locale,
      secondFactor: {
        enrolled: user.secondFactorEnrolled,
        verified: user.secondFactorVerified,
        required: user.secondFactorRequired,
      },
      session: {
        idleExpiresAt: this.sessions.idleExpiresAt(user).toISOString(),
        absoluteExpiresAt: user.absoluteExpiresAt.toISOString(),
      },
    };
  }

  /** Starts a session for a user who just proved their password (or just got an account). */
  async startSession(userId: string, meta: RequestMeta): Promise<LoggedIn> {
    const session = await this.sessions.create(userId, meta);
    const user = await this.sessions.authenticate(session.token, { touch: false });
    if (!user) throw new Error('a session just created could not be read back');
    await this.auditLogin(
      { id: user.id, practice_id: user.practiceId, role: user.role },
      'success',
      meta,
      'session.login',
    );
    return { session, user };
  }

  private auditLogin(
    user: { id: string; practice_id: string; role: AuthUser['role'] } | undefined,
    outcome: 'success' | 'refused',
    meta: RequestMeta,
    event: string,
  ): Promise<void> {
    return this.audit.record({
      actor: user ? { id: user.id, role: user.role, practiceId: user.practice_id } : null,
      event,
      action: 'login',
      objectType: 'session',
      objectId: user?.id ?? null,
      basis: 'own-data',
      outcome,
      meta,
    });
  }
}
