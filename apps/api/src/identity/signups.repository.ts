import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** A sign-up waiting for its link, as confirming it needs it. */
export interface PendingSignUp {
  id: string;
  email: string;
  name: string;
  practice_name: string;
  expired: boolean;
}

/** The SQL of `signups` (a therapist's request for an account and a practice, before the link). */
@Injectable()
export class SignUpsRepository {
  async insert(
    manager: EntityManager,
    signUp: { email: string; name: string; practiceName: string },
    tokenHash: Buffer,
    validHours: number,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO signups (email, name, practice_name, token_hash, expires_at)
       VALUES ($1, $2, $3, $4, now() + make_interval(hours => $5))`,
      [signUp.email, signUp.name, signUp.practiceName, tokenHash, validHours],
    );
  }

  /** The unconfirmed sign-up with this token, locked until the transaction ends. */
  async lockUnconfirmed(
    manager: EntityManager,
    tokenHash: Buffer,
  ): Promise<PendingSignUp | undefined> {
    const [row] = await manager.query(
      `SELECT id, email, name, practice_name, expires_at < now() AS expired
         FROM signups WHERE token_hash = $1 AND confirmed_at IS NULL FOR UPDATE`,
      [tokenHash],
    );
    return row;
  }

  async confirm(manager: EntityManager, id: string): Promise<void> {
    await manager.query('UPDATE signups SET confirmed_at = now() WHERE id = $1', [id]);
  }
}
