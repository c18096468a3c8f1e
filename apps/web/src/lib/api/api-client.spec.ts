import { ApiRequestError, api } from './api-client';

describe('api', () => {
  const fetchMock = jest.fn();
  beforeEach(() => {
    fetchMock.mockReset();
    global.fetch = fetchMock as unknown as typeof fetch;
  });

  it('sends the CSRF header and JSON on writes, not on reads', async () => {
    fetchMock.mockImplementation(async () => new Response('{"ok":true}', { status: 200 }));
    await api('/things', { method: 'POST', body: { a: 1 } });
    const [url, init] = fetchMock.mock.calls[0];
    expect(url).toBe('/api/things');
    expect(init.headers['x-oefenruimte-csrf']).toBe('1');
    expect(init.body).toBe('{"a":1}');
    await api('/things');
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
    const error = await api('/auth/signup', { method: 'POST', body: {} }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiRequestError);
    expect((error as ApiRequestError).code).toBe('VALIDATION_FAILED');
    expect((error as ApiRequestError).field('password')?.constraint).toBe('isLength');
  });

  it('reports a lost connection as status 0', async () => {
    fetchMock.mockRejectedValue(new TypeError('Failed to fetch'));
    const error = (await api('/x').catch((e: unknown) => e)) as ApiRequestError;
    expect(error.status).toBe(0);
    expect(error.code).toBe('NETWORK');
  });

  it('reads Retry-After from a 429, so a screen can say when to try again', async () => {
    const body = { statusCode: 429, code: 'TOO_MANY_REQUESTS', message: 'x' };
    fetchMock.mockResolvedValue(
      new Response(JSON.stringify(body), { status: 429, headers: { 'retry-after': '900' } }),
    );
    const error = (await api('/auth/second-factor', { method: 'POST', body: {} }).catch(
      (e: unknown) => e,
    )) as ApiRequestError;
    expect(error.code).toBe('TOO_MANY_REQUESTS');
    expect(error.retryAfterSeconds).toBe(900);
  });
});
