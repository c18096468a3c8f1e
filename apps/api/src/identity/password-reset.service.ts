import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import {
  PASSWORD_RESET_VALID_MINUTES,
  RESET_CODE_VALID_MINUTES,
  type CreatedResetCode,
} from '@oefenruimte/shared';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { AuthUser, RequestMeta } from '../common/auth/auth-user';
import { humanCode, normalizeHumanCode, randomToken, sha256 } from '../common/crypto';
import { CodedHttpException } from '../common/errors/api-error';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { MailService } from '../mail/mail.service';
import type { ChangePasswordDto, ResetPasswordDto } from './dto/auth.dto';
import { AccountsRepository } from './accounts.repository';
import { PasswordResetsRepository } from './password-resets.repository';
import { PasswordService } from './password.service';
import { recordRefusedToken, refuse, transactionRefusingAfterCommit } from './refuse-after-commit';
import { SessionService } from './session.service';

@Injectable()
export class PasswordResetService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly accounts: AccountsRepository,
    private readonly resets: PasswordResetsRepository,
    private readonly passwords: PasswordService,
    private readonly sessions: SessionService,
    private readonly mail: MailService,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Runs after the request has answered (see AccountController.forgot), so the answer is the
   * same, in content and in time, whether the address has an account or not.
   */
  async forgot(email: string): Promise<void> {
    const manager = this.dataSource.manager;
    const user = await this.accounts.byEmail(manager, email, this.config.mode === 'demo');
    if (!user) return;
    const token = randomToken();
    await this.resets.insertLink(manager, user.id, sha256(token), PASSWORD_RESET_VALID_MINUTES);
    // The token travels in the fragment: browsers never send it to a server or a log.
    const link = `${this.config.publicUrl}/wachtwoord-herstellen#${token}`;
    await this.mail.send(
      email,
      'Nieuw wachtwoord voor Oefenruimte',
      [
        'Hallo,',
        '',
        'Iemand (hopelijk jij) vroeg om een nieuw wachtwoord voor Oefenruimte.',
        `Kies een nieuw wachtwoord via deze link. Hij werkt één keer en ${PASSWORD_RESET_VALID_MINUTES} minuten lang:`,
        '',
        link,
        '',
        'Heb je dit niet gevraagd? Dan hoef je niets te doen; je wachtwoord blijft zoals het is.',
      ].join('\n'),
    );
  }

  /**
   * For a practice without mail: the owner makes a one-time code for a colleague, or for a
   * client in care of the practice, and hands it over in person. Single use, 30 minutes,
   * stored hashed, audited; a new code replaces an unused older one.
   */
  async createCode(owner: AuthUser, userId: string, meta: RequestMeta): Promise<CreatedResetCode> {
    if (owner.practiceRole !== 'owner')
      throw new CodedHttpException(HttpStatus.FORBIDDEN, 'FORBIDDEN');
    if (owner.secondFactorRequired && !owner.secondFactorVerified)
      throw new CodedHttpException(HttpStatus.FORBIDDEN, 'SECOND_FACTOR_REQUIRED');
    const code = humanCode(3);
    return transactionRefusingAfterCommit(this.dataSource, async (manager) => {
      const person = await this.accounts.resettable(manager, owner.practiceId, userId, owner.id);
      const audit = {
        actor: owner,
        event: 'password.reset-code.create',
        action: 'create' as const,
        objectType: 'account',
        objectId: userId,
        subjectId: person?.role === 'client' ? person.id : null,
        basis: 'practice' as const,
        meta,
      };
      if (!person) {
        await this.audit.record({ ...audit, objectId: null, outcome: 'refused' }, manager);
        return refuse(new CodedHttpException(HttpStatus.NOT_FOUND, 'NOT_FOUND'));
      }
      const expiresAt = await this.resets.replaceCode(
        manager,
        person.id,
        sha256(normalizeHumanCode(code)),
        RESET_CODE_VALID_MINUTES,
        owner.id,
      );
      await this.audit.record({ ...audit, outcome: 'success' }, manager);
      return { code, expiresAt: expiresAt.toISOString() };
    });
  }

  /**
   * With the link's token or the owner's code. Single use, 30 minutes; afterwards every
   * session of the account is ended.
   */
  async reset(dto: ResetPasswordDto, meta: RequestMeta): Promise<void> {
    this.passwords.assertAcceptable(dto.password);
    const passwordHash = await this.passwords.hash(dto.password);
    await transactionRefusingAfterCommit(this.dataSource, async (manager) => {
      const reset = await this.resets.lockUnused(
        manager,
        { link: sha256(dto.token), code: sha256(normalizeHumanCode(dto.token)) },
        this.config.mode === 'demo',
      );
      if (!reset || reset.expired) {
        const actor = reset && {
          id: reset.user_id,
          role: reset.role,
          practiceId: reset.practice_id,
        };
        await recordRefusedToken(this.audit, manager, 'password.reset', meta, actor);
        return refuse(
          new CodedHttpException(HttpStatus.BAD_REQUEST, reset ? 'TOKEN_EXPIRED' : 'TOKEN_INVALID'),
        );
      }
      await this.resets.use(manager, reset.id);
      await this.accounts.setPasswordHash(manager, reset.user_id, passwordHash);
      await this.sessions.endAllExcept(reset.user_id, null, manager);
      await this.audit.record(
        {
          actor: { id: reset.user_id, role: reset.role, practiceId: reset.practice_id },
          event: reset.kind === 'code' ? 'password.reset-by-code' : 'password.reset',
          action: 'update',
          objectType: 'account',
          objectId: reset.user_id,
          basis: 'own-data',
          outcome: 'success',
          meta,
        },
        manager,
      );
    });
  }

  /** A password change ends every other session of the account. */
  async change(user: AuthUser, dto: ChangePasswordDto, meta: RequestMeta): Promise<void> {
    const current = await this.accounts.passwordHash(
      this.dataSource.manager,
      user.practiceId,
      user.id,
    );
    if (!(await this.passwords.verify(current, dto.currentPassword))) {
      throw new CodedHttpException(HttpStatus.UNAUTHORIZED, 'INVALID_CREDENTIALS');
    }
    this.passwords.assertAcceptable(dto.newPassword, 'newPassword');
    const passwordHash = await this.passwords.hash(dto.newPassword);
    await this.dataSource.transaction(async (manager) => {
      await this.accounts.setPasswordHash(manager, user.id, passwordHash);
      await this.sessions.endAllExcept(user.id, user.sessionId, manager);
      await this.audit.record(
        {
          actor: user,
          event: 'password.change',
          action: 'update',
          objectType: 'account',
          objectId: user.id,
          basis: 'own-data',
          outcome: 'success',
          meta,
        },
        manager,
      );
    });
  }
}
