import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import {
  INVITATION_VALID_DAYS,
  type CreatedInvitation,
  type Invitation,
  type InvitationPreview,
  type InvitationStatus,
  type Page,
} from '@oefenruimte/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { AuthUser, RequestMeta } from '../common/auth/auth-user';
import { humanCode, normalizeHumanCode, sha256 } from '../common/crypto';
import { CodedHttpException } from '../common/errors/api-error';
import { decodeCursor, encodeCursor, PAGE_SIZE } from '../common/pagination/cursor';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { CareRepository } from '../care/care.repository';
import { AccountsRepository } from '../identity/accounts.repository';
import { AuthService, type LoggedIn } from '../identity/auth.service';
import { PasswordService } from '../identity/password.service';
import { MailService } from '../mail/mail.service';
import type { AcceptInvitationDto, CreateInvitationDto } from './dto/invitation.dto';
import {
  type InvitationByCode,
  type InvitationRow,
  InvitationsRepository,
} from './invitations.repository';

function status(row: InvitationRow): InvitationStatus {
  if (row.accepted_at) return 'accepted';
  if (row.revoked_at) return 'revoked';
  return row.expires_at.getTime() < Date.now() ? 'expired' : 'pending';
}

const toInvitation = (row: InvitationRow): Invitation => ({
  id: row.id,
  kind: row.kind,
  name: row.name,
  email: row.email,
  status: status(row),
  createdAt: row.created_at.toISOString(),
  expiresAt: row.expires_at.toISOString(),
});

/**
 * A therapist invites a client (or, as owner, a colleague) with a code that can be read out,
 * printed or sent by e-mail. Codes are single use, expire after 7 days and are stored hashed.
 */
@Injectable()
export class InvitationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly invitations: InvitationsRepository,
    private readonly accounts: AccountsRepository,
    private readonly care: CareRepository,
    private readonly auth: AuthService,
    private readonly passwords: PasswordService,
    private readonly mail: MailService,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async create(
    user: AuthUser,
    kind: Invitation['kind'],
    dto: CreateInvitationDto,
  ): Promise<CreatedInvitation> {
    if (kind === 'therapist' && user.practiceRole !== 'owner')
      throw new CodedHttpException(HttpStatus.FORBIDDEN, 'FORBIDDEN');
    const code = humanCode(3);
    const row = await this.invitations.insert(
      this.dataSource.manager,
      user.practiceId,
      user.id,
      { kind, name: dto.name, email: dto.email ?? null },
      sha256(normalizeHumanCode(code)),
      INVITATION_VALID_DAYS,
    );
    // The code travels in the fragment: it never reaches a server log or a Referer header.
    const link = `${this.config.publicUrl}/uitnodiging#${code}`;
    if (dto.email) {
      await this.mail.send(
        dto.email,
        `${user.name} nodigt je uit voor Oefenruimte`,
        [
          `Hallo ${dto.name},`,
          '',
          `${user.name} (${user.practiceName}) nodigt je uit voor Oefenruimte: een plek voor oefeningen tussen de sessies door.`,
          'Wat je daar schrijft, is van jou. Je therapeut ziet alleen wat jij kiest om te delen.',
          '',
          `Open deze link om je account te maken (${INVITATION_VALID_DAYS} dagen geldig, één keer te gebruiken):`,
          link,
          '',
          `Of vul deze code in: ${code}`,
        ].join('\n'),
      );
    }
    return { ...toInvitation(row), code, link };
  }

  async list(user: AuthUser, cursor: string | undefined): Promise<Page<Invitation>> {
    const after = decodeCursor(cursor, ['instant', 'uuid']);
    const rows = await this.invitations.listBy(this.dataSource.manager, user.practiceId, user.id, {
      after: after ? [after[0] as string, after[1] as string] : null,
      limit: PAGE_SIZE + 1,
    });
    const page = rows.slice(0, PAGE_SIZE);
    const last = page[page.length - 1];
    return {
      items: page.map(toInvitation),
      nextCursor:
        rows.length > PAGE_SIZE && last
          ? encodeCursor([last.created_at.toISOString(), last.id])
          : null,
    };
  }

  async revoke(user: AuthUser, id: string): Promise<Invitation> {
    const manager = this.dataSource.manager;
    const revoked = await this.invitations.revoke(manager, user.practiceId, user.id, id);
    if (revoked) return toInvitation(revoked);
    const existing = await this.invitations.findBy(manager, user.practiceId, user.id, id);
    if (!existing) throw new CodedHttpException(HttpStatus.NOT_FOUND, 'NOT_FOUND');
    throw new CodedHttpException(HttpStatus.CONFLICT, 'CONFLICT');
  }

  /** What the invitee sees before making an account: who invites them, to which practice. */
  async preview(code: string): Promise<InvitationPreview> {
    const row = await this.findUsable(code, this.dataSource.manager, false);
    return {
      kind: row.kind,
      practiceName: row.practice_name,
      invitedBy: row.inviter_name,
      name: row.name,
      email: row.email,
      expiresAt: row.expires_at.toISOString(),
    };
  }

  /** Makes the account, starts the care relation, uses up the code and logs the person in. */
  async accept(dto: AcceptInvitationDto, meta: RequestMeta): Promise<LoggedIn> {
    this.passwords.assertAcceptable(dto.password);
    const passwordHash = await this.passwords.hash(dto.password);
    const userId = await this.dataSource.transaction(async (manager) => {
      const invitation = await this.findUsable(dto.code, manager, true);
      if (await this.accounts.emailTaken(manager, dto.email))
        throw new CodedHttpException(HttpStatus.CONFLICT, 'EMAIL_TAKEN');
      const userId = await this.accounts.createMember(
        manager,
        invitation.practice_id,
        invitation.kind,
        dto,
        passwordHash,
      );
      await this.invitations.accept(manager, invitation.id, userId);
      if (invitation.kind === 'client') {
        await this.startCare(invitation, userId, meta, manager);
      }
      return userId;
    });
    return this.auth.startSession(userId, meta);
  }

  /** A client who already has an account accepts a second therapist's invitation. */
  async acceptAsClient(user: AuthUser, code: string, meta: RequestMeta): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const invitation = await this.findUsable(code, manager, true);
      // Another practice's code, or a colleague invitation, cannot be used by this account.
      if (invitation.kind !== 'client' || invitation.practice_id !== user.practiceId) {
        throw new CodedHttpException(HttpStatus.BAD_REQUEST, 'TOKEN_INVALID');
      }
      await this.invitations.accept(manager, invitation.id, user.id);
      await this.startCare(invitation, user.id, meta, manager);
    });
  }

  private async startCare(
    invitation: { practice_id: string; invited_by: string },
    clientId: string,
    meta: RequestMeta,
    manager: EntityManager,
  ): Promise<void> {
    const relationId = await this.care.start(
      manager,
      invitation.practice_id,
      invitation.invited_by,
      clientId,
    );
    await this.audit.record(
      {
        actor: { id: clientId, role: 'client', practiceId: invitation.practice_id },
        event: 'care-relation.create',
        action: 'create',
        objectType: 'care-relation',
        objectId: relationId,
        subjectId: clientId,
        basis: 'own-data',
        outcome: 'success',
        meta,
      },
      manager,
    );
  }

  private async findUsable(
    code: string,
    manager: EntityManager,
    lock: boolean,
  ): Promise<InvitationByCode> {
    const row = await this.invitations.byCode(manager, sha256(normalizeHumanCode(code)), lock);
    if (!row || row.accepted_at || row.revoked_at)
      throw new CodedHttpException(HttpStatus.BAD_REQUEST, 'TOKEN_INVALID');
    if (row.expires_at.getTime() < Date.now())
      throw new CodedHttpException(HttpStatus.BAD_REQUEST, 'TOKEN_EXPIRED');
    return row;
  }
}
