import { type ExecutionContext, HttpStatus, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import { CSRF_HEADER } from '@oefenruimte/shared';
import type { FastifyRequest } from 'fastify';
import { RefusalService } from '../../audit/refusal.service';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { CodedHttpException } from '../errors/api-error';
import { ACCESS_RULE, type AccessRule } from './access.decorator';
import { type AuthUser, requestMeta } from './auth-user';
import { IS_CSRF_EXEMPT } from './csrf-exempt.decorator';
import { IS_PUBLIC } from './public.decorator';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * The global guard. Fails closed: a route with neither @Public() nor @Access() is refused,
 * a state-changing request must carry the CSRF header and come from our own origin, and
 * everything else needs a live session (checked by the passport `session` strategy).
 */
@Injectable()
export class SessionGuard extends AuthGuard('session') {
  constructor(
    private readonly reflector: Reflector,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly refusals: RefusalService,
  ) {
    super();
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context
      .switchToHttp()
      .getRequest<FastifyRequest & { user?: AuthUser; passiveSession?: boolean }>();
    const targets = [context.getHandler(), context.getClass()];
    if (!this.reflector.get<boolean>(IS_CSRF_EXEMPT, context.getHandler())) this.checkCsrf(request);
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_RULE, targets);
    // A route nobody wrote an access rule for is a mistake: refuse it (a test lists them).
    if (!rule) throw new CodedHttpException(HttpStatus.FORBIDDEN, 'FORBIDDEN');

    request.passiveSession = rule.passive === true;
    await super.canActivate(context); // 401 without a live session
    const user = request.user as AuthUser;

    if (user.secondFactorEnrolled && !user.secondFactorVerified && !rule.beforeSecondFactor) {
      throw new CodedHttpException(HttpStatus.UNAUTHORIZED, 'SECOND_FACTOR_REQUIRED');
    }
    if (!rule.roles.includes(user.role)) {
      // Someone else's route: a refused attempt, in the log of the client it names (if any).
      await this.refusals.record(
        user,
        request.params as Record<string, unknown>,
        requestMeta(request),
      );
      throw new CodedHttpException(HttpStatus.NOT_FOUND, 'NOT_FOUND');
    }
    if (rule.clientData && user.secondFactorRequired && !user.secondFactorVerified) {
      await this.refusals.record(
        user,
        request.params as Record<string, unknown>,
        requestMeta(request),
      );
      throw new CodedHttpException(HttpStatus.FORBIDDEN, 'SECOND_FACTOR_REQUIRED');
    }
    return true;
  }

  private checkCsrf(request: FastifyRequest): void {
    if (SAFE_METHODS.has(request.method)) return;
    if (request.headers[CSRF_HEADER] !== '1')
      throw new CodedHttpException(HttpStatus.FORBIDDEN, 'CSRF_FAILED');
    const origin = request.headers.origin;
    if (origin === undefined) return; // same-origin requests from older browsers and non-browser clients
    const own = `${request.protocol}://${request.headers.host}`;
    if (
      origin !== own &&
      origin !== this.config.publicUrl &&
      !this.config.corsOrigins.includes(origin)
    ) {
      throw new CodedHttpException(HttpStatus.FORBIDDEN, 'CSRF_FAILED');
    }
  }
}
