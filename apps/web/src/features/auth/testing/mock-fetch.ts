/** One canned answer: a status and a JSON body (none for 204). */
export interface CannedResponse {
  readonly status: number;
  readonly body?: unknown;
  readonly headers?: Record<string, string>;
}

type Route = CannedResponse | ((body: unknown) => CannedResponse);

/**
 * Replaces fetch with canned answers keyed by "METHOD /api/path" (query string ignored).
 * Unknown calls answer 404, so a test never reaches a network. Returns the mock to inspect calls.
 */
export function mockFetch(routes: Record<string, Route>): jest.Mock {
  const fn = jest.fn(async (url: string, init: RequestInit = {}) => {
    const key = `${init.method ?? 'GET'} ${url.split('?')[0]}`;
    const route = routes[key];
    const body = typeof init.body === 'string' ? JSON.parse(init.body) : undefined;
    const answer =
      typeof route === 'function'
        ? route(body)
        : (route ?? { status: 404, body: { statusCode: 404, code: 'NOT_FOUND', message: key } });
    return new Response(answer.body === undefined ? null : JSON.stringify(answer.body), {
      status: answer.status,
      headers: answer.headers,
    });
  });
  global.fetch = fn as unknown as typeof fetch;
  return fn;
}

/** The calls made to one "METHOD /api/path". */
export function callsTo(fn: jest.Mock, key: string): unknown[][] {
  return fn.mock.calls.filter(
    ([url, init]: [string, RequestInit | undefined]) =>
      `${init?.method ?? 'GET'} ${url.split('?')[0]}` === key,
  );
}
