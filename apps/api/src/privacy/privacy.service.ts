import { HttpStatus, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AccessService } from '../care/access.service';
import type { AuthUser, RequestMeta } from '../common/auth/auth-user';
import { CodedHttpException } from '../common/errors/api-error';
import { AccountsRepository } from '../identity/accounts.repository';
import { PasswordService } from '../identity/password.service';
import type { ClientExport } from './client-export';
import { ClientDataRegistry } from './client-data.registry';

export type { ClientExport, ExportCheckin } from './client-export';

/** The client's rights under the AVG: all their data in one step, and erasure of their account. */
@Injectable()
export class PrivacyService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly passwords: PasswordService,
    private readonly access: AccessService,
    private readonly clientData: ClientDataRegistry,
    private readonly accounts: AccountsRepository,
  ) {}

  /** Every section from the capability that holds it (see the client-data registry). */
  async export(user: AuthUser, meta: RequestMeta, format: 'json' | 'html'): Promise<ClientExport> {
    const parts = await this.clientData.exportFor(
      this.dataSource.manager,
      user.practiceId,
      user.id,
    );
    await this.access.recordOwn(user, {
      event: `export.${format}`,
      action: 'export',
      objectType: 'account',
      objectId: user.id,
      meta,
    });
    return {
      exportedAt: new Date().toISOString(),
      account: parts.account!,
      careRelations: parts.careRelations ?? [],
      checkins: parts.checkins ?? [],
      checkinPreferences: parts.checkinPreferences ?? null,
      homework: parts.homework ?? [],
      reviews: parts.reviews ?? [],
      safetyPlan: parts.safetyPlan ?? null,
      reminders: parts.reminders ?? {},
      questionnaires: parts.questionnaires ?? { assignments: [], responses: [] },
      accessLog: parts.accessLog ?? [],
    };
  }

  /**
   * Erases the account after the password confirms it. Everything the client wrote goes; kept
   * are the audit log (NEN 7513, at least 5 years) and the bare fact of each care relation
   * (who, from, until) so that log stays readable. The account row is stripped of name,
   * e-mail and password; every later read of this client answers 404.
   */
  async deleteAccount(user: AuthUser, password: string, meta: RequestMeta): Promise<void> {
    const stored = await this.accounts.passwordHash(
      this.dataSource.manager,
      user.practiceId,
      user.id,
    );
    if (!(await this.passwords.verify(stored, password))) {
      throw new CodedHttpException(HttpStatus.UNAUTHORIZED, 'INVALID_CREDENTIALS');
    }
    await this.dataSource.transaction(async (manager) => {
      await this.clientData.deleteFor(manager, user.practiceId, user.id);
      await this.access.recordOwn(
        user,
        {
          event: 'account.delete',
          action: 'delete',
          objectType: 'account',
          objectId: user.id,
          meta,
        },
        manager,
      );
    });
  }
}
