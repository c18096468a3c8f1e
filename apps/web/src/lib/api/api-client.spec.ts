import { ApiRequestError, apiCall } from './api-client';

describe('apiCall', () => {
  const fetchMock = jest.fn();
  beforeEach(() => {
    fetchMock.mockReset();
    global.fetch = fetchMock as unknown as typeof fetch;
  });

  it('sends the CSRF header and JSON on writes, not on reads', async () => {
    fetchMock.mockImplementation(async () => new Response('{"ok":true}', { status: 200 }));
    await apiCall('POST /auth/login', { body: { email: 'a@b.nl', password: 'p' } });
    const [url, init] = fetchMock.mock.calls[0];
    expect(url).toBe('/api/auth/login');
    expect(init.headers['x-oefenruimte-csrf']).toBe('1');
    expect(init.headers['content-type']).toBe('application/json');
    expect(init.body).toBe('{"email":"a@b.nl","password":"p"}');
    await apiCall('GET /auth/me');
    expect(fetchMock.mock.calls[1][1].headers['x-oefenruimte-csrf']).toBeUndefined();
  });

  it('turns the API error shape into an ApiRequestError with its fields', async () => {
    const body = {
      statusCode: 400,
      code: 'VALIDATION_FAILED',
      message: 'x',
      fields: [{ field: 'password', constraint: 'isLength', message: 'm' }],
    };
    fetchMock.mockResolvedValue(new Response(JSON.stringify(body), { status: 400 }));
    const error = await apiCall('POST /auth/signup', {
      body: { name: '', email: '', practiceName: '' },
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiRequestError);
    expect((error as ApiRequestError).code).toBe('VALIDATION_FAILED');
    expect((error as ApiRequestError).field('password')?.constraint).toBe('isLength');
  });

  it('reports a lost connection as status 0', async () => {
    fetchMock.mockRejectedValue(new TypeError('Failed to fetch'));
    const error = (await apiCall('GET /health').catch((e: unknown) => e)) as ApiRequestError;
    expect(error.status).toBe(0);
    expect(error.code).toBe('NETWORK');
  });

  it('reads Retry-After from a 429, so a screen can say when to try again', async () => {
    const body = { statusCode: 429, code: 'TOO_MANY_REQUESTS', message: 'x' };
    fetchMock.mockResolvedValue(
      new Response(JSON.stringify(body), { status: 429, headers: { 'retry-after': '900' } }),
    );
    const error = (await apiCall('POST /auth/second-factor', { body: { code: '' } }).catch(
      (e: unknown) => e,
    )) as ApiRequestError;
    expect(error.code).toBe('TOO_MANY_REQUESTS');
    expect(error.retryAfterSeconds).toBe(900);
  });

  it('calls a route of the map with its method, encoded path parameters and defined query values', async () => {
    fetchMock.mockImplementation(async () => new Response('[]', { status: 200 }));
    await apiCall('PATCH /clients/:clientId/assignments/:assignmentId', {
      params: { clientId: 'a/b', assignmentId: 'c d' },
      body: { version: 2, status: 'paused' },
    });
    const [url, init] = fetchMock.mock.calls[0];
    expect(url).toBe('/api/clients/a%2Fb/assignments/c%20d');
    expect(init.method).toBe('PATCH');
    expect(init.body).toBe('{"version":2,"status":"paused"}');
    await apiCall('GET /me/access-log', { query: { from: '2026-01-01', own: undefined } });
    expect(fetchMock.mock.calls[1][0]).toBe('/api/me/access-log?from=2026-01-01');
    await apiCall('GET /overview');
    expect(fetchMock.mock.calls[2][0]).toBe('/api/overview');
  });
});

/**
 * What the route map refuses at compile time (`npm run typecheck`; each line fails to compile
 * without its @ts-expect-error, so a route that stopped refusing it makes the typecheck fail).
 */
export function refusedByTheRouteMap(): void {
  // @ts-expect-error a path the map does not hold
  void apiCall('GET /clients/:clientId/checkin');
  // @ts-expect-error another route's body: a check-in for the check-in preferences
  void apiCall('PUT /me/checkin-preferences', { body: { idempotencyKey: 'k', tension: 3 } });
  // @ts-expect-error a route with a path parameter called without it
  void apiCall('GET /clients/:clientId');
  // @ts-expect-error a body for a route that takes none
  void apiCall('GET /overview', { body: {} });
  // @ts-expect-error the answer is the route's own type (here a list of reviews, not one)
  const review: Promise<{ agreements: unknown[] }> = apiCall('GET /me/reviews');
  void review;
}
