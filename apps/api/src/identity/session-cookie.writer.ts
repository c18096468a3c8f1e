import type { FastifyReply } from 'fastify';
import { sessionCookieName, sessionCookieOptions } from '../common/auth/session-cookie';
import type { AppConfig } from '../config/app-config';
import type { NewSession } from './session.service';

export function setSessionCookie(
  reply: FastifyReply,
  config: AppConfig,
  session: NewSession,
): void {
  const maxAge = Math.max(1, Math.floor((session.absoluteExpiresAt.getTime() - Date.now()) / 1000));
  void reply.setCookie(
    sessionCookieName(config),
    session.token,
    sessionCookieOptions(config, maxAge),
  );
}

export function clearSessionCookie(reply: FastifyReply, config: AppConfig): void {
  void reply.clearCookie(sessionCookieName(config), sessionCookieOptions(config, 0));
}
