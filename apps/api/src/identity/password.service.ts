import { type Algorithm, hash, verify } from '@node-rs/argon2';
import { Injectable } from '@nestjs/common';
import { dictionary } from '@zxcvbn-ts/language-common';
import { ValidationFailedException } from '../common/errors/validation-failed.exception';

/** OWASP's argon2id minimum: 19 MiB memory, 2 passes, 1 lane. */
// `Algorithm` is a const enum (not importable as a value here); 2 is its Argon2id.
export const ARGON2_OPTIONS = {
  algorithm: 2 as Algorithm,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
};

/**
 * The most common passwords from breaches: zxcvbn's frequency-ranked list of ~49,000, kept to
 * those long enough to pass the length rule (shorter ones are refused anyway), compared
 * lower-cased. Loaded once per process.
 */
const COMMON_PASSWORDS = new Set(
  (dictionary['passwords-common'] as readonly string[])
    .filter((p) => p.length >= 12)
    .map((p) => p.toLowerCase()),
);

@Injectable()
export class PasswordService {
  /** Verifying against this keeps "unknown e-mail" as slow as "wrong password". */
  private readonly dummyHash = hash('not-a-real-password-for-timing', ARGON2_OPTIONS);

  hash(password: string): Promise<string> {
    return hash(password, ARGON2_OPTIONS);
  }

  async verify(passwordHash: string | null, password: string): Promise<boolean> {
    try {
      const ok = await verify(passwordHash ?? (await this.dummyHash), password);
      return passwordHash !== null && ok;
    } catch {
      return false;
    }
  }

  /** Length is checked by the DTO; this refuses the passwords attackers try first. */
  assertAcceptable(password: string, field = 'password'): void {
    if (COMMON_PASSWORDS.has(password.toLowerCase())) {
      throw new ValidationFailedException([
        { field, constraint: 'notCommon', message: `${field} is one of the most used passwords` },
      ]);
    }
  }

  static isCommon(password: string): boolean {
    return COMMON_PASSWORDS.has(password.toLowerCase());
  }
}
