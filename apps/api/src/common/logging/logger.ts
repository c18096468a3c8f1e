import { randomUUID } from 'node:crypto';
import { CSRF_HEADER } from '@oefenruimte/shared';
import pino, { type DestinationStream, type Logger } from 'pino';
import pretty from 'pino-pretty';
import { QueryFailedError } from 'typeorm';
import type { AppConfig } from '../../config/app-config';

/**
 * Paths that must never reach a log line: credentials, and anything a client wrote.
 * Request and response bodies are not logged at all; these catch objects passed by hand.
 */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  `req.headers["${CSRF_HEADER}"]`,
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

export interface LogOutput {
  /** Readable lines instead of JSON; by default exactly when standard output is a terminal. */
  readonly pretty?: boolean;
  /** Where lines go; standard output by default. */
  readonly destination?: DestinationStream;
}

/**
 * One JSON line per event for log collectors, readable lines for a person at a terminal
 * (`npm start`). Redaction and the serializers run before either, so both hide the same.
 */
export function createLogger(
  config: Pick<AppConfig, 'logLevel' | 'version'>,
  output: LogOutput = {},
): Logger {
  const readable = output.pretty ?? process.stdout.isTTY === true;
  const destination: DestinationStream | undefined = readable
    ? pretty({
        destination: output.destination ?? 1,
        sync: true,
        singleLine: true,
        translateTime: 'SYS:HH:MM:ss',
        ignore: 'pid,hostname,service,version',
      })
    : (output.destination as DestinationStream | undefined);
  const options: pino.LoggerOptions = {
    level: config.logLevel,
    base: { service: 'oefenruimte-api', version: config.version },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    serializers: {
      // The query string can carry things like a reset token, a path what someone typed into
      // it: log the route's pattern (`/api/clients/:clientId`); when none matched, only the
      // first two parts of the path (`/api/clients/…`).
      req: (req: {
        method?: string;
        url?: string;
        ip?: string;
        routeOptions?: { url?: string };
      }) => ({
        method: req.method,
        path: req.routeOptions?.url ?? unmatchedPath(req.url),
        ip: req.ip,
      }),
      res: (res: { statusCode?: number }) => ({ statusCode: res.statusCode }),
      err: (error: unknown) => serializeError(error),
    },
  };
  return destination ? pino(options, destination) : pino(options);
}

/** The start of a path no route matched: enough to see where it went, not what was typed. */
function unmatchedPath(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  const parts = url.split('?')[0]!.split('/').slice(1);
  const kept = parts.slice(0, 2).map((part) => (/^[a-z0-9._-]{1,40}$/.test(part) ? part : '…'));
  return `/${kept.join('/')}${parts.length > 2 ? '/…' : ''}`;
}

/** Fields of a database error that name things of the schema, never a value (`code` is the SQLSTATE). */
const SAFE_DB_FIELDS = [
  'severity',
  'constraint',
  'table',
  'column',
  'schema',
  'dataType',
  'routine',
] as const;

/** Quoted or bracketed text in a message: where PostgreSQL and V8 quote the value they refused. */
const QUOTED = /"[^"]*"|'[^']*'|`[^`]*`|\([^()]*\)|\[[^[\]]*\]|<[^<>]*>/g;

/** A message with everything quoted or bracketed in it replaced: the value it quoted is gone. */
export const withoutQuotes = (text: string): string => text.replace(QUOTED, '[…]');

const isDatabaseError = (error: Record<string, unknown>): boolean =>
  error instanceof QueryFailedError ||
  'driverError' in error ||
  (typeof error.code === 'string' && /^[0-9A-Z]{5}$/.test(error.code) && 'severity' in error);

/**
 * An error as it may be logged: what kind it was, where it was thrown and which part of the
 * schema it concerned, never a value. A database error's message, `detail`, `where` and
 * parameters quote what was sent (a note, an answer, an address), so they are left out; the
 * SQL text is kept (every query is parameterised, so it holds no values). Other errors keep
 * their message with anything quoted in it replaced, and their stack frames without it.
 */
export function serializeError(error: unknown, depth = 0): unknown {
  if (typeof error !== 'object' || error === null) return { type: typeof error };
  const source = error as Record<string, unknown>;
  const type = (error as Error).constructor?.name ?? 'Object';
  const frames =
    typeof source.stack === 'string'
      ? source.stack
          .split('\n')
          .filter((line) => line.startsWith('    at '))
          .join('\n')
      : undefined;
  const out: Record<string, unknown> = { type, stack: frames };
  if (isDatabaseError(source)) {
    const driver = (source.driverError ?? source) as Record<string, unknown>;
    // Logged as `sqlState`: `*.code` is redacted, as it may be a second-factor code.
    const code = source.code ?? driver.code;
    if (typeof code === 'string') out.sqlState = code;
    for (const key of SAFE_DB_FIELDS) {
      const value = source[key] ?? driver[key];
      if (typeof value === 'string') out[key] = value;
    }
    if (typeof source.query === 'string') out.query = source.query.slice(0, 2000);
    out.message = '[database error; see code]';
  } else {
    if (typeof source.message === 'string')
      out.message = withoutQuotes(source.message).slice(0, 500);
    if (typeof source.code === 'string') out.errorCode = withoutQuotes(source.code).slice(0, 100);
    if (typeof source.statusCode === 'number') out.statusCode = source.statusCode;
  }
  if (source.cause !== undefined && depth < 3) out.cause = serializeError(source.cause, depth + 1);
  return out;
}

const INCOMING_ID = /^[A-Za-z0-9_-]{8,64}$/;

/** Keeps a well-formed X-Request-Id from a proxy so lines can be followed across services. */
export function requestIdFor(header: string | string[] | undefined): string {
  return typeof header === 'string' && INCOMING_ID.test(header) ? header : randomUUID();
}
