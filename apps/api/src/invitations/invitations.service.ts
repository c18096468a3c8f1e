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
import { AuthService, type LoggedIn } from '../identity/auth.service';
import { PasswordService } from '../identity/password.service';
import { MailService } from '../mail/mail.service';
import type { AcceptInvitationDto, CreateInvitationDto } from './dto/invitation.dto';

interface Row {
  id: string;
  kind: Invitation['kind'];
  name: string;
  email: string | null;
  created_at: Date;
  expires_at: Date;
  accepted_at: Date | null;
  revoked_at: Date | null;
}

function status(row: Row): InvitationStatus {
  if (row.accepted_at) return 'accepted';
  if (row.revoked_at) return 'revoked';
  return row.expires_at.getTime() < Date.now() ? 'expired' : 'pending';
}

const toInvitation = (row: Row): Invitation => ({
  id: row.id,
  kind: row.kind,
  name: row.name,
  email: row.email,
  status: status(row),
  createdAt: row.created_at.toISOString(),
  expiresAt: row.expires_at.toISOString(),
});

const COLUMNS = 'id, kind, name, email, created_at, expires_at, accepted_at, revoked_at';

/**
 * A therapist invites a client (or, as owner, a colleague) with a code that can be read out,
 * printed or sent by e-mail. Codes are single use, expire after 7 days and are stored hashed.
 */
@Injectable()
export class InvitationsService {
  constructor(
    private readonly dataSource: DataSource,
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
    const [row]: Row[] = await this.dataSource.query(
      `INSERT INTO invitations (practice_id, kind, invited_by, name, email, code_hash, expires_at)
       VALUES ($1, $2, $3, $4, $5, $6, now() + make_interval(days => $7))
       RETURNING ${COLUMNS}`,
      [
        user.practiceId,
        kind,
        user.id,
        dto.name,
        dto.email ?? null,
        sha256(normalizeHumanCode(code)),
        INVITATION_VALID_DAYS,
      ],
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
    return { ...toInvitation(row!), code, link };
  }

  async list(user: AuthUser, cursor: string | undefined): Promise<Page<Invitation>> {
    const after = decodeCursor(cursor, ['instant', 'uuid']);
    const rows: Row[] = await this.dataSource.query(
      `SELECT ${COLUMNS} FROM invitations
        WHERE practice_id = $1 AND invited_by = $2
          AND ($3::timestamptz IS NULL OR (created_at, id) < ($3::timestamptz, $4::uuid))
        ORDER BY created_at DESC, id DESC
        LIMIT ${PAGE_SIZE + 1}`,
      [user.practiceId, user.id, after?.[0] ?? null, after?.[1] ?? null],
    );
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
    const [rows]: [Row[], number] = await this.dataSource.query(
      `UPDATE invitations SET revoked_at = now()
        WHERE id = $1 AND practice_id = $2 AND invited_by = $3 AND accepted_at IS NULL AND revoked_at IS NULL
        RETURNING ${COLUMNS}`,
      [id, user.practiceId, user.id],
    );
    if (rows[0]) return toInvitation(rows[0]);
    const [existing]: Row[] = await this.dataSource.query(
      `SELECT ${COLUMNS} FROM invitations WHERE id = $1 AND practice_id = $2 AND invited_by = $3`,
      [id, user.practiceId, user.id],
    );
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
      const taken = await manager.query(
        'SELECT 1 FROM users WHERE email = $1 AND deleted_at IS NULL',
        [dto.email],
      );
      if (taken.length > 0) throw new CodedHttpException(HttpStatus.CONFLICT, 'EMAIL_TAKEN');
      const [user] = await manager.query(
        `INSERT INTO users (practice_id, role, practice_role, email, name, password_hash)
         VALUES ($1, $2, $2, $3, $4, $5) RETURNING id`,
        [invitation.practice_id, invitation.kind, dto.email, dto.name, passwordHash],
      );
      await manager.query(
        'UPDATE invitations SET accepted_at = now(), accepted_by = $2 WHERE id = $1',
        [invitation.id, user.id],
      );
      if (invitation.kind === 'client') {
        await this.startCare(invitation, user.id, meta, manager);
      }
      return user.id as string;
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
      await manager.query(
        'UPDATE invitations SET accepted_at = now(), accepted_by = $2 WHERE id = $1',
        [invitation.id, user.id],
      );
      await this.startCare(invitation, user.id, meta, manager);
    });
  }

  private async startCare(
    invitation: { practice_id: string; invited_by: string },
    clientId: string,
    meta: RequestMeta,
    manager: EntityManager,
  ): Promise<void> {
    const [relation] = await manager.query(
      `INSERT INTO care_relations (practice_id, therapist_id, client_id) VALUES ($1, $2, $3)
       ON CONFLICT (therapist_id, client_id) WHERE "until" IS NULL DO NOTHING RETURNING id`,
      [invitation.practice_id, invitation.invited_by, clientId],
    );
    await this.audit.record(
      {
        actor: { id: clientId, role: 'client', practiceId: invitation.practice_id },
        event: 'care-relation.create',
        action: 'create',
        objectType: 'care-relation',
        objectId: relation?.id ?? null,
        subjectId: clientId,
        basis: 'own-data',
        outcome: 'success',
        meta,
      },
      manager,
    );
  }

  private async findUsable(code: string, manager: EntityManager, lock: boolean) {
    const [row]: (Row & {
      practice_id: string;
      invited_by: string;
      practice_name: string;
      inviter_name: string;
    })[] = await manager.query(
      `SELECT i.id, i.kind, i.name, i.email, i.created_at, i.expires_at, i.accepted_at, i.revoked_at,
                i.practice_id, i.invited_by, p.name AS practice_name, t.name AS inviter_name
           FROM invitations i JOIN practices p ON p.id = i.practice_id JOIN users t ON t.id = i.invited_by
          WHERE i.code_hash = $1 AND t.deleted_at IS NULL
          ${lock ? 'FOR UPDATE OF i' : ''}`,
      [sha256(normalizeHumanCode(code))],
    );
    if (!row || row.accepted_at || row.revoked_at)
      throw new CodedHttpException(HttpStatus.BAD_REQUEST, 'TOKEN_INVALID');
    if (row.expires_at.getTime() < Date.now())
      throw new CodedHttpException(HttpStatus.BAD_REQUEST, 'TOKEN_EXPIRED');
    return row;
  }
}
