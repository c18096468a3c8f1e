import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { sha256 } from '../common/crypto';
import { FailedAttemptsRepository } from './failed-attempts.repository';

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
  constructor(private readonly attempts: FailedAttemptsRepository) {}

  /**
   * Seconds until the next attempt for `key` is allowed, or null when it is allowed now.
   * Must run inside a transaction (`manager`); a second caller for the same key at the same
   * moment is asked to retry in a second instead of queueing for a database connection.
   */
  async wait(manager: EntityManager, policy: AttemptPolicy, key: string): Promise<number | null> {
    const keyHash = sha256(`${policy.scope}:${key}`);
    if (!(await this.attempts.tryLock(manager, keyHash))) return 1;
    if (policy.kind === 'window') {
      const wait = await this.attempts.secondsUntilLeaves(
        manager,
        policy.scope,
        keyHash,
        policy.windowMinutes,
        policy.max - 1,
      );
      return wait === null ? null : Math.max(1, Math.ceil(wait));
    }
    const { failures, secondsLeft } = await this.attempts.recent(
      manager,
      policy.scope,
      keyHash,
      policy.windowMinutes,
      (count) => Math.min(policy.maxDelaySeconds, 2 * 2 ** (count - policy.free)),
    );
    if (failures < policy.free) return null;
    return secondsLeft > 0 ? Math.ceil(secondsLeft) : null;
  }

  /**
   * Written in the caller's transaction (the one holding the key's lock), which must then
   * commit before the refusal is thrown (see `transactionRefusingAfterCommit`).
   */
  async fail(manager: EntityManager, policy: AttemptPolicy, key: string): Promise<void> {
    await this.attempts.insert(manager, policy.scope, sha256(`${policy.scope}:${key}`));
  }
}
