/** Machine-readable error codes. The web app translates them; the API never sends prose to rely on. */
export const ERROR_CODES = [
  'VALIDATION_FAILED',
  'UNSUPPORTED_MEDIA_TYPE',
  'MALFORMED_BODY',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  /** A stale write: someone (another tab, device or person) changed it first. */
  'CONFLICT',
  /** Distinct refusals that are not stale writes, each with its own sentence in the web app. */
  'ASSIGNMENT_PAUSED',
  'ASSIGNMENT_WITHDRAWN',
  'ALREADY_SUBMITTED',
  'NOT_SUBMITTED_YET',
  'MODULE_READ_ONLY',
  'PAYLOAD_TOO_LARGE',
  'TOO_MANY_REQUESTS',
  'SERVICE_UNAVAILABLE',
  'INTERNAL_ERROR',
  'INVALID_CREDENTIALS',
  'SECOND_FACTOR_REQUIRED',
  'INVALID_CODE',
  'TOKEN_INVALID',
  'TOKEN_EXPIRED',
  'EMAIL_TAKEN',
  'CSRF_FAILED',
  'IDEMPOTENCY_KEY_REUSED',
  'MISDIRECTED_REQUEST',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** Why one field was refused. `constraint` is the rule's name, e.g. `isInt` or `maxLength`. */
export interface FieldError {
  readonly field: string;
  readonly constraint: string;
  readonly message: string;
}

/**
 * The one shape every error response has. A 500 carries only `statusCode`, `code`, `message`
 * and `errorId`: details stay in the server log, found by that id.
 */
export interface ApiError {
  readonly statusCode: number;
  readonly code: ErrorCode;
  readonly message: string;
  readonly fields?: readonly FieldError[];
  readonly errorId?: string;
  /** With a 409: what is stored now, so the person can compare and choose. */
  readonly current?: unknown;
}
