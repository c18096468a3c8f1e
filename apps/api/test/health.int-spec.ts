import { startTestApp, type TestApp } from './support/test-app';

describe('GET /api/health', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());

  it('is public and reports the database as up', async () => {
    const response = await api.inject({ method: 'GET', url: '/api/health' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok', database: 'up', version: expect.any(String) });
  });

  it('sends the security headers', async () => {
    const { headers } = await api.inject({ method: 'GET', url: '/api/health' });
    const csp = String(headers['content-security-policy']);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(csp).toContain("object-src 'none'");
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('no-referrer');
    expect(headers['strict-transport-security']).toMatch(/max-age=\d+/);
    expect(headers['x-frame-options']).toBe('DENY');
    expect(headers['cache-control']).toBe('no-store');
  });

  it('keeps a well-formed request id from a proxy and replaces a malformed one', async () => {
    const kept = await api.inject({
      method: 'GET',
      url: '/api/health',
      headers: { 'x-request-id': 'proxy-1234-abcd' },
    });
    expect(kept.headers['x-request-id']).toBe('proxy-1234-abcd');
    const replaced = await api.inject({
      method: 'GET',
      url: '/api/health',
      headers: { 'x-request-id': 'bad id\n{}' },
    });
    expect(replaced.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('serves the OpenAPI document', async () => {
    const response = await api.inject({ method: 'GET', url: '/api/docs-json' });
    expect(response.statusCode).toBe(200);
    expect(response.json().paths).toHaveProperty(['/api/health']);
  });
});
