import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { SIGNUP_CONFIRM_VALID_HOURS, type Me } from '@oefenruimte/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { AuthUser, RequestMeta } from '../common/auth/auth-user';
import { CodedHttpException, TooManyAttemptsException } from '../common/errors/api-error';
import { randomToken, sha256 } from '../common/crypto';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { MailService } from '../mail/mail.service';
import {
  AttemptLimiter,
  LOGIN_ACCOUNT_POLICY,
  LOGIN_DEVICE_POLICY,
  type AttemptPolicy,
} from './attempt-limiter.service';
import type { ConfirmSignUpDto, LoginDto, SetUpDto, SignUpDto } from './dto/auth.dto';
import { AccountsRepository } from './accounts.repository';
import { PasswordService } from './password.service';
import {
  recordRefusedToken,
  type Refusal,
  refuse,
  transactionRefusingAfterCommit,
} from './refuse-after-commit';
import { type NewSession, SessionService } from './session.service';
import { SetupCodeService } from './setup-code.service';
import { SignUpsRepository } from './signups.repository';

export interface LoggedIn {
  readonly session: NewSession;
  readonly user: AuthUser;
}

@Injectable()
export class AuthService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly accounts: AccountsRepository,
    private readonly signUps: SignUpsRepository,
    private readonly passwords: PasswordService,
    private readonly sessions: SessionService,
    private readonly audit: AuditService,
    private readonly mail: MailService,
    private readonly limiter: AttemptLimiter,
    private readonly setupCodes: SetupCodeService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * A therapist asks for an account and their practice. The answer is the same for every
   * address, and so is the work (one lookup, one mail): a new address gets a link to confirm
   * it, a taken one a note to its owner. No account exists before the link is used, and no
   * password either: it is chosen when the link is (confirmSignUp), by whoever reads the mail.
   */
  async signUp(dto: SignUpDto): Promise<void> {
    const token = randomToken();
    const taken = await this.accounts.emailTaken(this.dataSource.manager, dto.email);
    if (!taken) {
      await this.signUps.insert(
        this.dataSource.manager,
        dto,
        sha256(token),
        SIGNUP_CONFIRM_VALID_HOURS,
      );
    }
    if (taken) {
      await this.mail.send(
        dto.email,
        'Aanmelding bij Oefenruimte met jouw e-mailadres',
        [
          'Hallo,',
          '',
          'Iemand probeerde zich bij Oefenruimte aan te melden met dit e-mailadres. Er is al een account met dit adres, dus er is niets veranderd.',
          '',
          `Was jij dat? Log dan in: ${this.config.publicUrl}/inloggen`,
          `Wachtwoord vergeten? ${this.config.publicUrl}/wachtwoord-vergeten`,
          '',
          'Was jij het niet? Dan hoef je niets te doen.',
        ].join('\n'),
      );
      return;
    }
    await this.mail.send(
      dto.email,
      'Bevestig je aanmelding bij Oefenruimte',
      [
        `Hallo ${dto.name},`,
        '',
        `Bevestig je e-mailadres om je account en ${dto.practiceName} in Oefenruimte te maken.`,
        `Deze link werkt één keer en ${SIGNUP_CONFIRM_VALID_HOURS} uur lang:`,
        '',
        // The token travels in the fragment: browsers never send it to a server or a log.
        `${this.config.publicUrl}/aanmelden/bevestigen#${token}`,
        '',
        'Heb je je niet aangemeld? Dan hoef je niets te doen; er wordt geen account gemaakt.',
      ].join('\n'),
    );
  }

  /**
   * The link from the confirmation mail, with the password chosen now: the account and the
   * practice are made. The link is checked before the password is hashed.
   */
  async confirmSignUp(dto: ConfirmSignUpDto, meta: RequestMeta): Promise<LoggedIn> {
    this.passwords.assertAcceptable(dto.password);
    const userId = await transactionRefusingAfterCommit(this.dataSource, async (manager) => {
      const signup = await this.signUps.lockUnconfirmed(manager, sha256(dto.token));
      if (!signup || signup.expired)
        return this.refuseToken(
          manager,
          'signup.confirm',
          meta,
          signup ? 'TOKEN_EXPIRED' : 'TOKEN_INVALID',
        );
      await this.signUps.confirm(manager, signup.id);
      const passwordHash = await this.passwords.hash(dto.password);
      const person = { email: signup.email, name: signup.name, practiceName: signup.practice_name };
      return (
        (await this.createOwner(manager, person, passwordHash)) ??
        this.refuseToken(manager, 'signup.confirm', meta, 'TOKEN_INVALID')
      );
    });
    return this.startSession(userId, meta);
  }

  /**
   * The first owner of a practice-mode install, without e-mail: the setup code printed in
   * the terminal proves that this person started the server. The code is checked before the
   * password is hashed: a wrong code costs no hashing.
   */
  async setUp(dto: SetUpDto, meta: RequestMeta): Promise<LoggedIn> {
    this.passwords.assertAcceptable(dto.password);
    const userId = await transactionRefusingAfterCommit(this.dataSource, async (manager) => {
      if (!(await this.setupCodes.use(dto.setupCode, manager)))
        return this.refuseToken(manager, 'account.setup', meta, 'TOKEN_INVALID');
      const passwordHash = await this.passwords.hash(dto.password);
      return (
        (await this.createOwner(manager, dto, passwordHash)) ??
        this.refuseToken(manager, 'account.setup', meta, 'TOKEN_INVALID')
      );
    });
    return this.startSession(userId, meta);
  }

  /**
   * Password login. An unknown e-mail and a wrong password answer alike (status, body and,
   * through a dummy hash check, time). Failures slow down further attempts for the account
   * (growing delays, 429 with Retry-After), except from a device that logged in to it before
   * (its device cookie): that device is counted on its own, so the owner still gets in.
   */
  async login(dto: LoginDto, meta: RequestMeta, device: string | null): Promise<LoggedIn> {
    const demo = this.config.mode === 'demo';
    const userId = await transactionRefusingAfterCommit(this.dataSource, async (manager) => {
      const { policy, key } = await this.loginCounter(manager, dto.email, device);
      // Demo accounts have published passwords: outside demo mode they do not exist.
      const user = await this.accounts.byEmail(manager, dto.email, demo);
      const wait = await this.limiter.wait(manager, policy, key);
      if (wait !== null) {
        await this.auditLogin(user, 'refused', meta, 'session.login-throttled', manager);
        return refuse(new TooManyAttemptsException(wait));
      }
      const ok = await this.passwords.verify(user?.password_hash ?? null, dto.password);
      if (!user || !ok) {
        await this.limiter.fail(manager, policy, key);
        await this.auditLogin(user, 'refused', meta, 'session.login', manager);
        return refuse(new CodedHttpException(HttpStatus.UNAUTHORIZED, 'INVALID_CREDENTIALS'));
      }
      return user.id;
    });
    return this.startSession(userId, meta);
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

  /** A known device is counted on its own, until it has failed too often itself. */
  private async loginCounter(
    manager: EntityManager,
    email: string,
    device: string | null,
  ): Promise<{ policy: AttemptPolicy; key: string }> {
    if (device !== null) {
      const key = `${sha256(email).toString('hex')}:${device}`;
      if ((await this.limiter.wait(manager, LOGIN_DEVICE_POLICY, key)) === null)
        return { policy: LOGIN_DEVICE_POLICY, key };
    }
    return { policy: LOGIN_ACCOUNT_POLICY, key: sha256(email).toString('hex') };
  }

  private async createOwner(
    manager: EntityManager,
    person: { email: string; name: string; practiceName: string },
    passwordHash: string,
  ): Promise<string | null> {
    // Someone else confirmed this address first: this link (or code) cannot make a second account.
    if (await this.accounts.emailTaken(manager, person.email)) return null;
    return this.accounts.createOwner(manager, person, passwordHash);
  }

  /** A refused link or code, audited without it (nor the address) and refused after commit. */
  private async refuseToken(
    manager: EntityManager,
    event: string,
    meta: RequestMeta,
    code: 'TOKEN_INVALID' | 'TOKEN_EXPIRED',
  ): Promise<Refusal> {
    await recordRefusedToken(this.audit, manager, event, meta);
    return refuse(new CodedHttpException(HttpStatus.BAD_REQUEST, code));
  }

  private auditLogin(
    user: { id: string; practice_id: string; role: AuthUser['role'] } | undefined,
    outcome: 'success' | 'refused',
    meta: RequestMeta,
    event: string,
    manager?: EntityManager,
  ): Promise<void> {
    return this.audit.record(
      {
        actor: user ? { id: user.id, role: user.role, practiceId: user.practice_id } : null,
        event,
        action: 'login',
        objectType: 'session',
        objectId: user?.id ?? null,
        basis: 'own-data',
        outcome,
        meta,
      },
      manager,
    );
  }
}
