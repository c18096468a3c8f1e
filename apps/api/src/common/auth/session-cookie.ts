import type { AppConfig } from '../../config/app-config';

/**
 * Over https the cookie gets the __Host- prefix: Secure, path /, no Domain, so no other
 * host or path can set or read it.
 */
export function sessionCookieName(config: Pick<AppConfig, 'secureCookies'>): string {
  return config.secureCookies ? '__Host-oefenruimte-session' : 'oefenruimte-session';
}

export function sessionCookieOptions(
  config: Pick<AppConfig, 'secureCookies'>,
  maxAgeSeconds: number,
) {
  return {
    httpOnly: true,
    secure: config.secureCookies,
    sameSite: 'strict' as const,
    path: '/',
    maxAge: maxAgeSeconds,
  };
}
