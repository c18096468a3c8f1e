import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/**
 * The SQL of `failed_attempts` (no practice data: a scope and a hashed key per row). Every
 * method runs in the caller's transaction, which holds the key's advisory lock.
 */
@Injectable()
export class FailedAttemptsRepository {
  /** The key's lock for the rest of the transaction, or false when another one holds it. */
  async tryLock(manager: EntityManager, keyHash: Buffer): Promise<boolean> {
    const [{ locked }] = await manager.query(
      'SELECT pg_try_advisory_xact_lock(hashtextextended($1, 0)) AS locked',
      [keyHash.toString('hex')],
    );
    return locked === true;
  }

  /** Seconds until the `offset`-th newest failure in the window leaves it, or null. */
  async secondsUntilLeaves(
    manager: EntityManager,
    scope: string,
    keyHash: Buffer,
    windowMinutes: number,
    offset: number,
  ): Promise<number | null> {
    const [row] = await manager.query(
      `SELECT extract(epoch FROM at + make_interval(mins => $3) - now()) AS wait
         FROM failed_attempts
        WHERE scope = $1 AND key_hash = $2 AND at > now() - make_interval(mins => $3)
        ORDER BY at DESC OFFSET $4 LIMIT 1`,
      [scope, keyHash, windowMinutes, offset],
    );
    return row ? Number(row.wait) : null;
  }

  /** How many failures in the window, and the seconds from now until `delay` after the last. */
  async recent(
    manager: EntityManager,
    scope: string,
    keyHash: Buffer,
    windowMinutes: number,
    delaySeconds: (failures: number) => number,
  ): Promise<{ failures: number; secondsLeft: number }> {
    const [{ failures, last }] = await manager.query(
      `SELECT count(*)::int AS failures, max(at) AS last FROM failed_attempts
        WHERE scope = $1 AND key_hash = $2 AND at > now() - make_interval(mins => $3)`,
      [scope, keyHash, windowMinutes],
    );
    if (last === null) return { failures, secondsLeft: 0 };
    const [{ wait }] = await manager.query(
      'SELECT extract(epoch FROM $1::timestamptz + make_interval(secs => $2) - now()) AS wait',
      [last, delaySeconds(failures)],
    );
    return { failures, secondsLeft: Number(wait) };
  }

  async insert(manager: EntityManager, scope: string, keyHash: Buffer): Promise<void> {
    await manager.query('INSERT INTO failed_attempts (scope, key_hash) VALUES ($1, $2)', [
      scope,
      keyHash,
    ]);
  }
}
