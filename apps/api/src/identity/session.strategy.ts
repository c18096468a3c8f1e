import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import type { FastifyRequest } from 'fastify';
import { Strategy } from 'passport-custom';
import type { AuthUser } from '../common/auth/auth-user';
import { sessionCookieName } from '../common/auth/session-cookie';
import { CodedHttpException } from '../common/errors/api-error';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { SessionService } from './session.service';

/** Passport strategy `session`: the opaque token in the HttpOnly cookie, looked up by its hash. */
@Injectable()
export class SessionStrategy extends PassportStrategy(Strategy, 'session') {
  constructor(
    private readonly sessions: SessionService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    super();
  }

  async validate(request: FastifyRequest & { passiveSession?: boolean }): Promise<AuthUser> {
    const token = request.cookies[sessionCookieName(this.config)];
    const user = token
      ? await this.sessions.authenticate(token, { touch: !request.passiveSession })
      : null;
    if (!user) throw new CodedHttpException(HttpStatus.UNAUTHORIZED, 'UNAUTHENTICATED');
    return user;
  }
}
