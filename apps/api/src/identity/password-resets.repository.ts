import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AuthUser } from '../common/auth/auth-user';

/** An unused reset with its account, as setting the new password needs it. */
export interface PendingReset {
  id: string;
  user_id: string;
  kind: 'link' | 'code';
  expired: boolean;
  practice_id: string;
  role: AuthUser['role'];
}

/** The SQL of `password_resets`: mailed links and the owner's hand-over codes, stored hashed. */
@Injectable()
export class PasswordResetsRepository {
  async insertLink(
    manager: EntityManager,
    userId: string,
    tokenHash: Buffer,
    validMinutes: number,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO password_resets (user_id, token_hash, expires_at)
       VALUES ($1, $2, now() + make_interval(mins => $3))`,
      [userId, tokenHash, validMinutes],
    );
  }

  /** A new code for the account, ending its unused older ones; when it expires. */
  async replaceCode(
    manager: EntityManager,
    userId: string,
    codeHash: Buffer,
    validMinutes: number,
    createdBy: string,
  ): Promise<Date> {
    await manager.query(
      `UPDATE password_resets SET used_at = now() WHERE user_id = $1 AND kind = 'code' AND used_at IS NULL`,
      [userId],
    );
    const [row] = await manager.query(
      `INSERT INTO password_resets (user_id, token_hash, expires_at, kind, created_by)
       VALUES ($1, $2, now() + make_interval(mins => $3), 'code', $4) RETURNING expires_at`,
      [userId, codeHash, validMinutes, createdBy],
    );
    return row.expires_at as Date;
  }

  /**
   * The unused link with `linkHash` or code with `codeHash` of an account that exists (a demo
   * account's only when asked to), locked until the transaction ends.
   */
  async lockUnused(
    manager: EntityManager,
    hashes: { link: Buffer; code: Buffer },
    includeDemo: boolean,
  ): Promise<PendingReset | undefined> {
    const [row] = await manager.query(
      `SELECT r.id, r.user_id, r.kind, r.expires_at < now() AS expired, u.practice_id, u.role
         FROM password_resets r JOIN users u ON u.id = r.user_id
        WHERE ((r.kind = 'link' AND r.token_hash = $1) OR (r.kind = 'code' AND r.token_hash = $2))
          AND r.used_at IS NULL AND u.deleted_at IS NULL AND (NOT u.is_demo OR $3)
        FOR UPDATE OF r`,
      [hashes.link, hashes.code, includeDemo],
    );
    return row;
  }

  async use(manager: EntityManager, id: string): Promise<void> {
    await manager.query('UPDATE password_resets SET used_at = now() WHERE id = $1', [id]);
  }
}
