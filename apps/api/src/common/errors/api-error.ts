import { HttpException, HttpStatus } from '@nestjs/common';
import type { ApiError, ErrorCode } from '@oefenruimte/shared';
import { randomUUID } from 'node:crypto';
import { DATABASE_RETRY_AFTER_SECONDS, isDatabaseUnavailable } from './database-unavailable';
import { ValidationFailedException } from './validation-failed.exception';

const CODE_BY_STATUS: Record<number, ErrorCode> = {
  400: 'MALFORMED_BODY',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  422: 'IDEMPOTENCY_KEY_REUSED',
  429: 'TOO_MANY_REQUESTS',
  503: 'SERVICE_UNAVAILABLE',
};

const MESSAGE_BY_CODE: Record<ErrorCode, string> = {
  VALIDATION_FAILED: 'The request has fields that are missing or not valid.',
  MALFORMED_BODY: 'The request body could not be read.',
  UNSUPPORTED_MEDIA_TYPE: 'Send the request body as application/json.',
  UNAUTHENTICATED: 'Log in to continue.',
  FORBIDDEN: 'This request is not allowed.',
  NOT_FOUND: 'Not found.',
  CONFLICT: 'This was changed in the meantime.',
  ASSIGNMENT_PAUSED: 'This assignment is paused.',
  ASSIGNMENT_WITHDRAWN: 'A withdrawn assignment stays withdrawn.',
  ALREADY_SUBMITTED: 'This response was submitted already.',
  NOT_SUBMITTED_YET: 'Submit first, then choose what to share.',
  MODULE_READ_ONLY: 'Built-in modules are not edited: copy it first.',
  PAYLOAD_TOO_LARGE: 'The request body is too large.',
  TOO_MANY_REQUESTS: 'Too many attempts. Wait a while and try again.',
  SERVICE_UNAVAILABLE: 'The service is unavailable right now.',
  INTERNAL_ERROR: 'Something went wrong on our side.',
  INVALID_CREDENTIALS: 'The e-mail address or password is not right.',
  SECOND_FACTOR_REQUIRED: 'Confirm with the code from your authenticator app first.',
  INVALID_CODE: 'That code is not right, or was used already.',
  TOKEN_INVALID: 'This link or code is not valid (any more).',
  TOKEN_EXPIRED: 'This link or code has expired.',
  EMAIL_TAKEN: 'There is already an account with this e-mail address.',
  CSRF_FAILED: 'This request came from outside the app and was refused.',
  IDEMPOTENCY_KEY_REUSED: 'This idempotency key was used for a different request.',
  MISDIRECTED_REQUEST: 'This server does not answer for this host name.',
};

/** A typed error a capability throws when it has its own code; the filter keeps the code. */
export class CodedHttpException extends HttpException {
  constructor(
    status: HttpStatus,
    readonly code: ErrorCode,
    message: string = MESSAGE_BY_CODE[code],
  ) {
    super(message, status);
  }
}

/**
 * 429 for a limit on guessing (passwords, second-factor codes): the answer says, in a
 * Retry-After header, after how many seconds the next attempt is looked at.
 */
export class TooManyAttemptsException extends CodedHttpException {
  constructor(readonly retryAfterSeconds: number) {
    super(HttpStatus.TOO_MANY_REQUESTS, 'TOO_MANY_REQUESTS');
  }
}

/** A stale write: 409, with what is stored now so the client can show both and let the person choose. */
export class StaleWriteException extends CodedHttpException {
  constructor(readonly current: unknown) {
    super(HttpStatus.CONFLICT, 'CONFLICT');
  }
}

export interface ErrorOutcome {
  readonly body: ApiError;
  /** Set for 500s: the error that must be logged with the id the client sees. */
  readonly unexpected?: unknown;
  /** Set for a 503 the client can retry: sent as the Retry-After header. */
  readonly retryAfterSeconds?: number;
}

/** Fastify's own errors (body parsing, limits) carry a status and an FST_ code. */
function fastifyStatus(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const { statusCode, code } = error as { statusCode?: unknown; code?: unknown };
  const fromFastify = typeof code === 'string' && code.startsWith('FST_');
  const isJsonSyntax = error instanceof SyntaxError;
  if (
    typeof statusCode === 'number' &&
    statusCode >= 400 &&
    statusCode < 500 &&
    (fromFastify || isJsonSyntax)
  ) {
    return statusCode;
  }
  return undefined;
}

/**
 * SQLSTATEs of two writes that met: a unique key taken between check and insert (23505), or a
 * transaction that lost to a concurrent one (40001 serialization, 40P01 deadlock). The other
 * write won; trying again sees it. A conflict, never a server error.
 */
const WRITE_RACE_CODES = new Set(['23505', '40001', '40P01']);

function isWriteRace(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, driverError } = error as { code?: unknown; driverError?: { code?: unknown } };
  return WRITE_RACE_CODES.has(String(code ?? driverError?.code));
}

/** Turns anything thrown into the one error shape; only the status and a fixed text leak out. */
export function toApiError(error: unknown): ErrorOutcome {
  if (error instanceof ValidationFailedException) {
    return {
      body: {
        statusCode: 400,
        code: 'VALIDATION_FAILED',
        message: MESSAGE_BY_CODE.VALIDATION_FAILED,
        fields: error.fields,
      },
    };
  }
  if (error instanceof HttpException && error.getStatus() < 500) {
    const statusCode = error.getStatus();
    const code =
      error instanceof CodedHttpException
        ? error.code
        : (CODE_BY_STATUS[statusCode] ?? 'MALFORMED_BODY');
    const message = error instanceof CodedHttpException ? error.message : MESSAGE_BY_CODE[code];
    if (error instanceof StaleWriteException)
      return { body: { statusCode, code, message, current: error.current } };
    return { body: { statusCode, code, message } };
  }
  if (error instanceof HttpException && error.getStatus() === 503) {
    return {
      body: {
        statusCode: 503,
        code: 'SERVICE_UNAVAILABLE',
        message: MESSAGE_BY_CODE.SERVICE_UNAVAILABLE,
      },
    };
  }
  if (isDatabaseUnavailable(error)) {
    return {
      body: {
        statusCode: 503,
        code: 'SERVICE_UNAVAILABLE',
        message: MESSAGE_BY_CODE.SERVICE_UNAVAILABLE,
      },
      retryAfterSeconds: DATABASE_RETRY_AFTER_SECONDS,
    };
  }
  if (isWriteRace(error)) {
    return { body: { statusCode: 409, code: 'CONFLICT', message: MESSAGE_BY_CODE.CONFLICT } };
  }
  const status = fastifyStatus(error);
  if (status !== undefined) {
    const code = CODE_BY_STATUS[status] ?? 'MALFORMED_BODY';
    return { body: { statusCode: status, code, message: MESSAGE_BY_CODE[code] } };
  }
  return {
    body: {
      statusCode: 500,
      code: 'INTERNAL_ERROR',
      message: MESSAGE_BY_CODE.INTERNAL_ERROR,
      errorId: randomUUID(),
    },
    unexpected: error,
  };
}
