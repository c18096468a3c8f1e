import { type ApiError, CSRF_HEADER, type ErrorCode, type FieldError } from '@oefenruimte/shared';

/** A failed API call, carrying the API's error shape so screens can say what went wrong. */
export class ApiRequestError extends Error {
  readonly status: number;
  readonly code: ErrorCode | 'NETWORK';
  readonly fields: readonly FieldError[];
  /** With a 409: what the server has now. */
  readonly current: unknown;
  readonly errorId: string | undefined;
  /** With a 429: after how many seconds the server looks at the next attempt (Retry-After). */
  readonly retryAfterSeconds: number | undefined;

  constructor(status: number, body: Partial<ApiError> | undefined, retryAfter?: string | null) {
    super(body?.message ?? `request failed with ${status}`);
    this.name = 'ApiRequestError';
    this.status = status;
    this.code = body?.code ?? (status === 0 ? 'NETWORK' : 'INTERNAL_ERROR');
    this.fields = body?.fields ?? [];
    this.current = body?.current;
    this.errorId = body?.errorId;
    const seconds = Number(retryAfter);
    this.retryAfterSeconds =
      retryAfter && Number.isFinite(seconds) && seconds > 0 ? seconds : undefined;
  }

  /** The refusal for one field, if any (e.g. `password`). */
  field(name: string): FieldError | undefined {
    return this.fields.find((f) => f.field === name || f.field.startsWith(`${name}.`));
  }
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * The one way the web app talks to the API: same origin, the session cookie, the CSRF header
 * on every write, JSON both ways, and errors as ApiRequestError (status 0 = no connection).
 */
export async function api<T>(
  path: string,
  options: { method?: Method; body?: unknown; signal?: AbortSignal } = {},
): Promise<T> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { accept: 'application/json' };
  if (method !== 'GET') headers[CSRF_HEADER] = '1';
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(`/api${path}`, {
      method,
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new ApiRequestError(0, undefined);
  }
  if (response.status === 204 || response.status === 202) return undefined as T;
  const text = await response.text();
  const body: unknown = text ? JSON.parse(text) : undefined;
  if (!response.ok)
    throw new ApiRequestError(
      response.status,
      body as Partial<ApiError>,
      response.headers.get('retry-after'),
    );
  return body as T;
}
