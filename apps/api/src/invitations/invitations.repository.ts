import { Injectable } from '@nestjs/common';
import type { Invitation } from '@oefenruimte/shared';
import type { EntityManager } from 'typeorm';

/** An invitation as its therapist's list shows it. */
export interface InvitationRow {
  id: string;
  kind: Invitation['kind'];
  name: string;
  email: string | null;
  created_at: Date;
  expires_at: Date;
  accepted_at: Date | null;
  revoked_at: Date | null;
}

/** An invitation found by its code, with who invites to which practice. */
export interface InvitationByCode extends InvitationRow {
  practice_id: string;
  invited_by: string;
  practice_name: string;
  inviter_name: string;
}

const COLUMN_NAMES = [
  'id',
  'kind',
  'name',
  'email',
  'created_at',
  'expires_at',
  'accepted_at',
  'revoked_at',
] as const;

/** The columns of an `InvitationRow`, of the table aliased `alias` when given. */
const columns = (alias = ''): string =>
  COLUMN_NAMES.map((column) => (alias ? `${alias}.${column}` : column)).join(', ');
const COLUMNS = columns();

/**
 * The SQL of `invitations`. A therapist reaches only their own invitations in their practice;
 * the invitee, before having an account, only the one whose code they hold.
 */
@Injectable()
export class InvitationsRepository {
  async insert(
    manager: EntityManager,
    practiceId: string,
    invitedBy: string,
    invitation: { kind: Invitation['kind']; name: string; email: string | null },
    codeHash: Buffer,
    validDays: number,
  ): Promise<InvitationRow> {
    const [row] = await manager.query(
      `INSERT INTO invitations (practice_id, kind, invited_by, name, email, code_hash, expires_at)
       VALUES ($1, $2, $3, $4, $5, $6, now() + make_interval(days => $7))
       RETURNING ${COLUMNS}`,
      [
        practiceId,
        invitation.kind,
        invitedBy,
        invitation.name,
        invitation.email,
        codeHash,
        validDays,
      ],
    );
    return row;
  }

  /** The therapist's invitations, newest first, after the (created_at, id) given. */
  listBy(
    manager: EntityManager,
    practiceId: string,
    invitedBy: string,
    page: { after: readonly [string, string] | null; limit: number },
  ): Promise<InvitationRow[]> {
    return manager.query(
      `SELECT ${COLUMNS} FROM invitations
        WHERE practice_id = $1 AND invited_by = $2
          AND ($3::timestamptz IS NULL OR (created_at, id) < ($3::timestamptz, $4::uuid))
        ORDER BY created_at DESC, id DESC
        LIMIT ${Number(page.limit)}`,
      [practiceId, invitedBy, page.after?.[0] ?? null, page.after?.[1] ?? null],
    );
  }

  /** Revokes the therapist's open invitation; undefined when it is not theirs or not open. */
  async revoke(
    manager: EntityManager,
    practiceId: string,
    invitedBy: string,
    id: string,
  ): Promise<InvitationRow | undefined> {
    const [rows] = await manager.query(
      `UPDATE invitations SET revoked_at = now()
        WHERE id = $1 AND practice_id = $2 AND invited_by = $3 AND accepted_at IS NULL AND revoked_at IS NULL
        RETURNING ${COLUMNS}`,
      [id, practiceId, invitedBy],
    );
    return rows[0];
  }

  async findBy(
    manager: EntityManager,
    practiceId: string,
    invitedBy: string,
    id: string,
  ): Promise<InvitationRow | undefined> {
    const [row] = await manager.query(
      `SELECT ${COLUMNS} FROM invitations WHERE id = $1 AND practice_id = $2 AND invited_by = $3`,
      [id, practiceId, invitedBy],
    );
    return row;
  }

  /** The invitation with this code from an inviter whose account exists; locked when asked. */
  async byCode(
    manager: EntityManager,
    codeHash: Buffer,
    lock: boolean,
  ): Promise<InvitationByCode | undefined> {
    const [row] = await manager.query(
      `SELECT ${columns('i')}, i.practice_id, i.invited_by, p.name AS practice_name, t.name AS inviter_name
         FROM invitations i JOIN practices p ON p.id = i.practice_id JOIN users t ON t.id = i.invited_by
        WHERE i.code_hash = $1 AND t.deleted_at IS NULL
        ${lock ? 'FOR UPDATE OF i' : ''}`,
      [codeHash],
    );
    return row;
  }

  async accept(manager: EntityManager, id: string, acceptedBy: string): Promise<void> {
    await manager.query(
      'UPDATE invitations SET accepted_at = now(), accepted_by = $2 WHERE id = $1',
      [id, acceptedBy],
    );
  }
}
