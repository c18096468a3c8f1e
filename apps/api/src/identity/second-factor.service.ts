import { HttpStatus, Injectable } from '@nestjs/common';
import {
  RECOVERY_CODE_COUNT,
  type TotpConfirmResponse,
  type TotpSetupResponse,
} from '@oefenruimte/shared';
import { Secret, TOTP } from 'otpauth';
import { toString as qrSvg } from 'qrcode';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { AuthUser, RequestMeta } from '../common/auth/auth-user';
import { humanCode, normalizeHumanCode, sha256 } from '../common/crypto';
import { SecretBox } from '../common/encryption/secret-box';
import { CodedHttpException, TooManyAttemptsException } from '../common/errors/api-error';
import { AttemptLimiter, SECOND_FACTOR_POLICY } from './attempt-limiter.service';
import { type Refusal, refuse, transactionRefusingAfterCommit } from './refuse-after-commit';
import { SecondFactorRepository } from './second-factor.repository';
import { type NewSession, SessionService } from './session.service';

const PERIOD_SECONDS = 30;

function totpFor(secret: string, label: string): TOTP {
  return new TOTP({
    issuer: 'Oefenruimte',
    label,
    algorithm: 'SHA1',
    digits: 6,
    period: PERIOD_SECONDS,
    secret: Secret.fromBase32(secret),
  });
}

/**
 * TOTP (RFC 6238) with one step of clock drift either way, recovery codes, and replay refusal.
 * Secrets are sealed at rest (SecretBox). Wrong codes count per account (AttemptLimiter):
 * after five in 15 minutes every code, the right one too, is refused until the window passes.
 */
@Injectable()
export class SecondFactorService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly factors: SecondFactorRepository,
    private readonly sessions: SessionService,
    private readonly audit: AuditService,
    private readonly box: SecretBox,
    private readonly limiter: AttemptLimiter,
  ) {}

  /** Starts (or restarts) enrolment: a new secret, not active until a code confirms it. */
  async setup(user: AuthUser): Promise<TotpSetupResponse> {
    if (user.secondFactorEnrolled) throw new CodedHttpException(HttpStatus.CONFLICT, 'CONFLICT');
    const secret = new Secret({ size: 20 }).base32;
    await this.factors.storePendingSecret(
      this.dataSource.manager,
      user.id,
      this.box.seal(secret, user.id),
    );
    const otpauthUrl = totpFor(secret, user.email).toString();
    const svg = await qrSvg(otpauthUrl, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
    return {
      secret,
      otpauthUrl,
      qrCodeDataUrl: `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`,
    };
  }

  /** The first code proves the app works: the factor is on, recovery codes are made, the session is upgraded. */
  async confirm(
    user: AuthUser,
    code: string,
    meta: RequestMeta,
  ): Promise<{ recoveryCodes: TotpConfirmResponse; session: NewSession }> {
    return transactionRefusingAfterCommit(this.dataSource, async (manager) => {
      const row = await this.factors.lock(manager, user.id);
      if (!row?.totp_secret || row.totp_enabled_at)
        throw new CodedHttpException(HttpStatus.CONFLICT, 'CONFLICT');
      const limited = await this.refuseWhileLimited(manager, user, 'second-factor.enrol', meta);
      if (limited) return limited;
      const step = this.matchingStep(this.box.open(row.totp_secret, user.id), user.email, code);
      if (step === null) {
        return this.refuseCode(manager, user, 'second-factor.enrol', meta);
      }
      await this.factors.enable(manager, user.id, step);
      const codes = Array.from({ length: RECOVERY_CODE_COUNT }, () => humanCode(3));
      await this.factors.replaceRecoveryCodes(
        manager,
        user.id,
        codes.map((c) => sha256(normalizeHumanCode(c))),
      );
      await this.auditFactor(user, 'second-factor.enrol', 'success', meta, manager);
      const session = await this.sessions.rotateAfterSecondFactor(user, meta, manager);
      return { recoveryCodes: { recoveryCodes: codes }, session };
    });
  }

  /** The code from the app at login. Each code works once: a replayed one is refused and logged. */
  async verify(user: AuthUser, code: string, meta: RequestMeta): Promise<NewSession> {
    return transactionRefusingAfterCommit(this.dataSource, async (manager) => {
      const factor = await this.factors.lock(manager, user.id);
      const secret = factor?.totp_enabled_at ? factor.totp_secret : null;
      const lastStep = factor?.totp_last_step ?? null;
      const limited = await this.refuseWhileLimited(manager, user, 'second-factor.verify', meta);
      if (limited) return limited;
      const step = secret
        ? this.matchingStep(this.box.open(secret, user.id), user.email, code)
        : null;
      if (step === null || (lastStep !== null && step <= Number(lastStep))) {
        return this.refuseCode(
          manager,
          user,
          step !== null ? 'second-factor.replay' : 'second-factor.verify',
          meta,
        );
      }
      await this.factors.setLastStep(manager, user.id, step);
      await this.auditFactor(user, 'second-factor.verify', 'success', meta, manager);
      return this.sessions.rotateAfterSecondFactor(user, meta, manager);
    });
  }

  /** A recovery code instead of the app: single use. */
  async recover(user: AuthUser, code: string, meta: RequestMeta): Promise<NewSession> {
    return transactionRefusingAfterCommit(this.dataSource, async (manager) => {
      const limited = await this.refuseWhileLimited(manager, user, 'second-factor.recovery', meta);
      if (limited) return limited;
      const used = await this.factors.useRecoveryCode(
        manager,
        user.id,
        sha256(normalizeHumanCode(code)),
      );
      if (!used || !user.secondFactorEnrolled) {
        return this.refuseCode(manager, user, 'second-factor.recovery', meta);
      }
      await this.auditFactor(user, 'second-factor.recovery', 'success', meta, manager);
      return this.sessions.rotateAfterSecondFactor(user, meta, manager);
    });
  }

  /** 429 with Retry-After, audited, while this account has had too many wrong codes. */
  private async refuseWhileLimited(
    manager: EntityManager,
    user: AuthUser,
    event: string,
    meta: RequestMeta,
  ): Promise<Refusal | null> {
    const wait = await this.limiter.wait(manager, SECOND_FACTOR_POLICY, user.id);
    if (wait === null) return null;
    await this.auditFactor(user, `${event}-throttled`, 'refused', meta, manager);
    return refuse(new TooManyAttemptsException(wait));
  }

  /** A wrong (or replayed) code: counted for the account, audited, refused after commit. */
  private async refuseCode(
    manager: EntityManager,
    user: AuthUser,
    event: string,
    meta: RequestMeta,
  ): Promise<Refusal> {
    await this.limiter.fail(manager, SECOND_FACTOR_POLICY, user.id);
    await this.auditFactor(user, event, 'refused', meta, manager);
    return refuse(new CodedHttpException(HttpStatus.UNAUTHORIZED, 'INVALID_CODE'));
  }

  /** The time step the code belongs to (now, or one step before or after), or null. */
  private matchingStep(secret: string, label: string, code: string): number | null {
    const token = code.replace(/\s/g, '');
    if (!/^\d{6}$/.test(token)) return null;
    const now = Date.now();
    const delta = totpFor(secret, label).validate({ token, timestamp: now, window: 1 });
    return delta === null ? null : Math.floor(now / 1000 / PERIOD_SECONDS) + delta;
  }

  /** In the transaction: a refusal commits with it and is thrown afterwards. */
  private auditFactor(
    user: AuthUser,
    event: string,
    outcome: 'success' | 'refused',
    meta: RequestMeta,
    manager: EntityManager,
  ) {
    return this.audit.record(
      {
        actor: user,
        event,
        action: 'login',
        objectType: 'second-factor',
        objectId: user.id,
        basis: 'own-data',
        outcome,
        meta,
      },
      manager,
    );
  }
}
