import { randomUUID } from 'node:crypto';
import pino, { type DestinationStream, type Logger } from 'pino';
import pretty from 'pino-pretty';
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

export interface LogOutput {
  /** Readable lines instead of JSON; by default exactly when standard output is a terminal. */
  readonly pretty?: boolean;
  /** Where lines go; standard output by default. */
  readonly destination?: NodeJS.WritableStream;
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
      // The query string can carry things like a reset token; log the path only.
      req: (req: { id?: string; method?: string; url?: string; ip?: string }) => ({
        method: req.method,
        path: req.url?.split('?')[0],
        ip: req.ip,
      }),
      res: (res: { statusCode?: number }) => ({ statusCode: res.statusCode }),
      err: serializeError,
    },
  };
  return destination ? pino(options, destination) : pino(options);
}

/**
 * Errors without their SQL parameters: a failed query carries the values it was given (a note,
 * a check-in score, an answer), and those must never reach a log line. The SQL text stays.
 */
export function serializeError(error: unknown): unknown {
  const serialized = pino.stdSerializers.err(error as Error) as unknown as Record<string, unknown>;
  const scrub = (value: unknown): unknown => {
    if (typeof value !== 'object' || value === null) return value;
    const copy: Record<string, unknown> = { ...(value as Record<string, unknown>) };
    for (const key of ['parameters', 'params', 'values', 'bind'])
      if (key in copy) copy[key] = '[redacted]';
    if ('driverError' in copy) copy.driverError = scrub(copy.driverError);
    if ('cause' in copy) copy.cause = scrub(copy.cause);
    return copy;
  };
  return scrub(serialized);
}

const INCOMING_ID = /^[A-Za-z0-9_-]{8,64}$/;

/** Keeps a well-formed X-Request-Id from a proxy so lines can be followed across services. */
export function requestIdFor(header: string | string[] | undefined): string {
  return typeof header === 'string' && INCOMING_ID.test(header) ? header : randomUUID();
}
