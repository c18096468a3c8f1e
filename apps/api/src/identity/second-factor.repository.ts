import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** An account's second factor: the sealed secret, since when it is on, the last step used. */
export interface SecondFactorRow {
  totp_secret: string | null;
  totp_enabled_at: Date | null;
  totp_last_step: string | null;
}

/** The SQL of the second factor: the TOTP columns of `users` and the `recovery_codes`. */
@Injectable()
export class SecondFactorRepository {
  /** A new sealed secret, while the factor is not on yet. */
  async storePendingSecret(manager: EntityManager, userId: string, sealed: string): Promise<void> {
    await manager.query(
      'UPDATE users SET totp_secret = $2 WHERE id = $1 AND totp_enabled_at IS NULL',
      [userId, sealed],
    );
  }

  /** The account's factor, locked until the transaction ends. */
  async lock(manager: EntityManager, userId: string): Promise<SecondFactorRow | undefined> {
    const [row] = await manager.query(
      'SELECT totp_secret, totp_enabled_at, totp_last_step FROM users WHERE id = $1 FOR UPDATE',
      [userId],
    );
    return row;
  }

  async enable(manager: EntityManager, userId: string, step: number): Promise<void> {
    await manager.query(
      'UPDATE users SET totp_enabled_at = now(), totp_last_step = $2 WHERE id = $1',
      [userId, step],
    );
  }

  async setLastStep(manager: EntityManager, userId: string, step: number): Promise<void> {
    await manager.query('UPDATE users SET totp_last_step = $2 WHERE id = $1', [userId, step]);
  }

  /** The account's recovery codes are these (hashed) from now on. */
  async replaceRecoveryCodes(
    manager: EntityManager,
    userId: string,
    codeHashes: Buffer[],
  ): Promise<void> {
    await manager.query('DELETE FROM recovery_codes WHERE user_id = $1', [userId]);
    await manager.query(
      'INSERT INTO recovery_codes (user_id, code_hash) SELECT $1, unnest($2::bytea[])',
      [userId, codeHashes],
    );
  }

  /** Uses up the unused recovery code with this hash; false when there is none. */
  async useRecoveryCode(
    manager: EntityManager,
    userId: string,
    codeHash: Buffer,
  ): Promise<boolean> {
    const [, used] = await manager.query(
      'UPDATE recovery_codes SET used_at = now() WHERE user_id = $1 AND code_hash = $2 AND used_at IS NULL',
      [userId, codeHash],
    );
    return used > 0;
  }
}
