import { randomUUID } from 'node:crypto';
import pino, { type Logger } from 'pino';
import type { AppConfig } from '../../config/app-config';

/**
 * Paths that must never reach a log line: credentials, and anything a client wrote.
 * Request and response bodies are not logged at all; these catch objects passed by hand.
 */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-csrf-token"]',
  'res.headers["set-cookie"]',
  '*.password',
  '*.newPassword',
  '*.token',
  '*.code',
  '*.note',
  '*.text',
  '*.answers',
  'password',
  'token',
];

export function createLogger(config: Pick<AppConfig, 'logLevel' | 'version'>): Logger {
  return pino({
    level: config.logLevel,
    base: { service: 'oefenruimte-api', version: config.version },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    serializers: {
      // The query string can carry things like a reset token; log the path only.
      req: (req: { id?: string; method?: string; url?: string; ip?: string }) => ({
        method: req.method,
        path: req.url?.split('?')[0],
        ip: req.ip,
      }),
      res: (res: { statusCode?: number }) => ({ statusCode: res.statusCode }),
      err: pino.stdSerializers.err,
    },
  });
}

const INCOMING_ID = /^[A-Za-z0-9_-]{8,64}$/;

/** Keeps a well-formed X-Request-Id from a proxy so lines can be followed across services. */
export function requestIdFor(header: string | string[] | undefined): string {
  return typeof header === 'string' && INCOMING_ID.test(header) ? header : randomUUID();
}
