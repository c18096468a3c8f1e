import {
  type ApiError,
  type ApiRouteKey,
  type ApiRoutes,
  CSRF_HEADER,
  type ErrorCode,
  type FieldError,
} from '@oefenruimte/shared';

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
 * How `apiCall` talks to the API: same origin, the session cookie, the CSRF header on every
 * write, JSON both ways, and errors as ApiRequestError (status 0 = no connection). Not
 * exported: a path typed by hand could drift from the API, a key of the route map cannot.
 */
async function api<T>(
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

type PathOf<K extends ApiRouteKey> = K extends `${string} ${infer Path}` ? Path : never;

/** `{ clientId: string; responseId: string }` for `/clients/:clientId/responses/:responseId`. */
type PathParams<Path extends string> = Path extends `${string}:${infer Name}/${infer Rest}`
  ? { readonly [P in Name]: string } & PathParams<`/${Rest}`>
  : Path extends `${string}:${infer Name}`
    ? { readonly [P in Name]: string }
    : unknown;

type BodyOf<K extends ApiRouteKey> = ApiRoutes[K]['body'];
type QueryOf<K extends ApiRouteKey> = ApiRoutes[K]['query'];

/** What a call of route K needs besides its key: only the parts the route has are allowed. */
export type ApiCallOptions<K extends ApiRouteKey> = {
  readonly signal?: AbortSignal;
} & (PathOf<K> extends `${string}:${string}`
  ? { readonly params: PathParams<PathOf<K>> }
  : { readonly params?: never }) &
  ([BodyOf<K>] extends [void] ? { readonly body?: never } : { readonly body: BodyOf<K> }) &
  ([QueryOf<K>] extends [never] ? { readonly query?: never } : { readonly query?: QueryOf<K> });

type ApiCallArgs<K extends ApiRouteKey> =
  object extends ApiCallOptions<K> ? [options?: ApiCallOptions<K>] : [options: ApiCallOptions<K>];

/**
 * The one way the web app talks to the API, through the route map in shared: the route's key
 * fixes the path, the method, the body's type and the answer's, so a path cannot be paired with
 * another route's types. Path parameters are encoded; query values left undefined are left out.
 */
export function apiCall<K extends ApiRouteKey>(
  route: K,
  ...[options]: ApiCallArgs<K>
): Promise<ApiRoutes[K]['answer']> {
  const { params, body, query, signal } = (options ?? {}) as {
    params?: Record<string, string>;
    body?: unknown;
    query?: Record<string, string | undefined>;
    signal?: AbortSignal;
  };
  const space = route.indexOf(' ');
  const method = route.slice(0, space) as Method;
  const path = route
    .slice(space + 1)
    .replace(/:([A-Za-z]+)/g, (_, name: string) => encodeURIComponent(params?.[name] ?? ''));
  const search = new URLSearchParams(
    Object.entries(query ?? {}).filter(
      (entry): entry is [string, string] => entry[1] !== undefined,
    ),
  ).toString();
  return api(search ? `${path}?${search}` : path, { method, body, signal });
}
