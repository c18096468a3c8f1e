import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { PracticeRole, Role } from '@oefenruimte/shared';

/** Who is calling, as established by the session guard. */
export interface AuthUser {
  readonly id: string;
  readonly practiceId: string;
  readonly practiceName: string;
  readonly role: Role;
  readonly practiceRole: PracticeRole;
  readonly name: string;
  readonly email: string;
  readonly locale: 'nl' | 'en';
  readonly sessionId: string;
  readonly secondFactorEnrolled: boolean;
  readonly secondFactorVerified: boolean;
  readonly secondFactorRequired: boolean;
  readonly lastSeenAt: Date;
  readonly absoluteExpiresAt: Date;
}

/** Where the request came from, for the audit log. */
export interface RequestMeta {
  readonly ip: string;
  readonly requestId: string;
  readonly userAgent: string | null;
}

export const CurrentUser = createParamDecorator(
  (_data: unknown, context: ExecutionContext): AuthUser => {
    const user = context.switchToHttp().getRequest<{ user?: AuthUser }>().user;
    if (!user) throw new Error('CurrentUser used on a route without a session');
    return user;
  },
);

/** The audit metadata of a request (also used by the guard, before any parameter decorator). */
export function requestMeta(request: {
  ip: string;
  id: string;
  headers: Record<string, unknown>;
}): RequestMeta {
  const agent = request.headers['user-agent'];
  return {
    ip: request.ip,
    requestId: request.id,
    userAgent: typeof agent === 'string' ? agent.slice(0, 300) : null,
  };
}

export const Meta = createParamDecorator((_data: unknown, context: ExecutionContext): RequestMeta =>
  requestMeta(context.switchToHttp().getRequest()),
);
