import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { sha256 } from '../common/crypto';

/**
 * How many wrong attempts at a secret are allowed. `window`: after `max` failures within
 * `windowMinutes`, every attempt (the right one too) is refused until the oldest of them
 * leaves the window. `growing`: the first `free` failures cost nothing; after that each next
 * attempt waits twice as long as the one before (2 s, 4 s, 8 s, … up to `maxDelaySeconds`).
 */
export type AttemptPolicy =
  | {
      readonly scope: string;
      readonly kind: 'window';
      readonly max: number;
      readonly windowMinutes: number;
    }
  | {
      readonly scope: string;
      readonly kind: 'growing';
      readonly free: number;
      readonly windowMinutes: number;
      readonly maxDelaySeconds: number;
    };

/** Second-factor codes (TOTP and recovery codes), per account. */
export const SECOND_FACTOR_POLICY: AttemptPolicy = {
  scope: 'second-factor',
  kind: 'window',
  max: 5,
  windowMinutes: 15,
};

/** Passwords tried for one account from a browser without its device cookie. */
export const LOGIN_ACCOUNT_POLICY: AttemptPolicy = {
  scope: 'login',
  kind: 'growing',
  free: 5,
  windowMinutes: 60,
  maxDelaySeconds: 15 * 60,
};

/** Passwords tried with one device cookie; past it, the device counts as unknown. */
export const LOGIN_DEVICE_POLICY: AttemptPolicy = {
  scope: 'login-device',
  kind: 'window',
  max: 10,
  windowMinutes: 60,
};

/**
 * Counts failed attempts in PostgreSQL, so every API process sees the same numbers. The
 * check takes a per-key advisory lock for the caller's transaction: parallel guesses at one
 * key are looked at one after the other, never all against the same count.
 */
@Injectable()
export class AttemptLimiter {
  /**
   * Seconds until the next attempt for `key` is allowed, or null when it is allowed now.
   * Must run inside a transaction (`manager`); a second caller for the same key at the same
   * moment is asked to retry in a second instead of queueing for a database connection.
   */
  async wait(manager: EntityManager, policy: AttemptPolicy, key: string): Promise<number | null> {
    const keyHash = sha256(`${policy.scope}:${key}`);
    const [{ locked }] = await manager.query(
      'SELECT pg_try_advisory_xact_lock(hashtextextended($1, 0)) AS locked',
      [keyHash.toString('hex')],
    );
    if (!locked) return 1;
    if (policy.kind === 'window') {
      const [row] = await manager.query(
        `SELECT extract(epoch FROM at + make_interval(mins => $3) - now()) AS wait
           FROM failed_attempts
          WHERE scope = $1 AND key_hash = $2 AND at > now() - make_interval(mins => $3)
          ORDER BY at DESC OFFSET $4 LIMIT 1`,
        [policy.scope, keyHash, policy.windowMinutes, policy.max - 1],
      );
      return row ? Math.max(1, Math.ceil(Number(row.wait))) : null;
    }
    const [{ failures, last }] = await manager.query(
      `SELECT count(*)::int AS failures, max(at) AS last FROM failed_attempts
        WHERE scope = $1 AND key_hash = $2 AND at > now() - make_interval(mins => $3)`,
      [policy.scope, keyHash, policy.windowMinutes],
    );
    if (failures < policy.free) return null;
    const delay = Math.min(policy.maxDelaySeconds, 2 * 2 ** (failures - policy.free));
    const [{ wait }] = await manager.query(
      'SELECT extract(epoch FROM $1::timestamptz + make_interval(secs => $2) - now()) AS wait',
      [last, delay],
    );
    return Number(wait) > 0 ? Math.ceil(Number(wait)) : null;
  }

  /**
   * Written in the caller's transaction (the one holding the key's lock), which must then
   * commit before the refusal is thrown (see `transactionRefusingAfterCommit`).
   */
  async fail(manager: EntityManager, policy: AttemptPolicy, key: string): Promise<void> {
    await manager.query('INSERT INTO failed_attempts (scope, key_hash) VALUES ($1, $2)', [
      policy.scope,
      sha256(`${policy.scope}:${key}`),
    ]);
  }
}
