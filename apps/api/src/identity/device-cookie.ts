import { Inject, Injectable } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { sha256 } from '../common/crypto';
import { SecretBox } from '../common/encryption/secret-box';
import { APP_CONFIG, type AppConfig } from '../config/app-config';

const MAX_AGE_SECONDS = 180 * 24 * 3600;

/**
 * The device cookie of OWASP's "slow down online guessing" pattern (ASVS V2.2): after a
 * successful login the browser keeps a signed cookie naming the account. A login that shows
 * it is counted per device, not per account, so an attacker elsewhere who makes the account
 * slow cannot keep its owner out.
 */
@Injectable()
export class DeviceCookies {
  private readonly key: Buffer;

  constructor(
    box: SecretBox,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.key = box.subkey('device-cookie');
  }

  /** The device's id when the request carries a valid cookie for this e-mail address. */
  deviceFor(request: FastifyRequest, email: string): string | null {
    const value = request.cookies[this.name()];
    const [nonce, signature] = value?.split('.') ?? [];
    if (!nonce || !signature) return null;
    const expected = this.sign(nonce, email);
    const given = Buffer.from(signature, 'base64url');
    return given.length === expected.length && timingSafeEqual(given, expected) ? nonce : null;
  }

  /** Keeps the device's id when it has one for this account, else gives it a new one. */
  set(reply: FastifyReply, email: string, nonce: string | null): void {
    const id = nonce ?? randomBytes(16).toString('base64url');
    void reply.setCookie(this.name(), `${id}.${this.sign(id, email).toString('base64url')}`, {
      httpOnly: true,
      secure: this.config.secureCookies,
      sameSite: 'strict',
      path: '/',
      maxAge: MAX_AGE_SECONDS,
    });
  }

  private name(): string {
    return this.config.secureCookies ? '__Host-oefenruimte-device' : 'oefenruimte-device';
  }

  private sign(nonce: string, email: string): Buffer {
    return createHmac('sha256', this.key)
      .update(`${nonce}.${sha256(email).toString('hex')}`)
      .digest();
  }
}
