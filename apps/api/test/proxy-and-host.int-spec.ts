import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { loadConfig } from '../src/config/app-config';
import {
  CSRF,
  closeDatabase,
  createPractice,
  createUser,
  database,
  type Person,
} from './support/factories';
import { startTestApp, type TestApp } from './support/test-app';

const REAL_CLIENT = '203.0.113.7';

async function auditedAddresses(person: Person): Promise<string[]> {
  const rows: { ip: string | null }[] = await (
    await database()
  ).query('SELECT ip FROM audit_events WHERE actor_id = $1 ORDER BY seq', [person.id]);
  return rows.map((row) => row.ip ?? 'none');
}

function wrongLogin(
  api: TestApp,
  person: Person,
  request: { forwardedFor?: string; remoteAddress?: string },
) {
  return api.inject({
    method: 'POST',
    url: '/api/auth/login',
    remoteAddress: request.remoteAddress,
    headers: {
      ...CSRF,
      ...(request.forwardedFor ? { 'x-forwarded-for': request.forwardedFor } : {}),
    },
    payload: { email: person.email, password: 'niet-het-goede-wachtwoord' },
  });
}

afterAll(() => closeDatabase());

describe('behind one proxy hop (TRUST_PROXY=1, as docker-compose runs it)', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp({ env: { TRUST_PROXY: '1', AUTH_RATE_LIMIT_PER_MINUTE: '3' } });
  });
  afterAll(() => api.close());

  it('does not let a rotating X-Forwarded-For rotate the client address: the limit holds, the audit log has the real one', async () => {
    const client = await createUser((await createPractice()).practiceId, 'client');
    const statuses: number[] = [];
    for (let i = 1; i <= 5; i++) {
      // What a proxy that appends sends on: the client's own (forged) value, then the real peer.
      const response = await wrongLogin(api, client, {
        forwardedFor: `198.51.100.${i}, ${REAL_CLIENT}`,
      });
      statuses.push(response.statusCode);
    }
    expect(statuses).toEqual([401, 401, 401, 429, 429]);
    expect(await auditedAddresses(client)).toEqual([REAL_CLIENT, REAL_CLIENT, REAL_CLIENT]);
  });
});

describe('with the proxy named by address (TRUST_PROXY=127.0.0.1)', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp({ env: { TRUST_PROXY: '127.0.0.1' } });
  });
  afterAll(() => api.close());

  it('reads the client from the proxy, and ignores X-Forwarded-For from anyone else', async () => {
    const client = await createUser((await createPractice()).practiceId, 'client');
    // Through the proxy (the socket peer is 127.0.0.1).
    await wrongLogin(api, client, { forwardedFor: REAL_CLIENT });
    // Straight to the API from another machine, claiming to be someone else.
    await wrongLogin(api, client, { forwardedFor: '10.9.9.9', remoteAddress: '192.0.2.44' });
    expect(await auditedAddresses(client)).toEqual([REAL_CLIENT, '192.0.2.44']);
  });
});

describe('the host names the server answers for', () => {
  let api: TestApp;
  let logged: TestApp;
  const lines: string[] = [];
  beforeAll(async () => {
    api = await startTestApp({
      env: { PUBLIC_URL: 'https://oefenruimte.example.nl', ALLOWED_HOSTS: 'intern.praktijk.nl' },
    });
    logged = await startTestApp({
      env: { LOG_LEVEL: 'info' },
      logStream: new Writable({
        write: (chunk, _encoding, done) => (lines.push(String(chunk)), done()),
      }),
    });
  });
  afterAll(async () => {
    await api.close();
    await logged.close();
  });

  it.each([
    ['the public host name', 'oefenruimte.example.nl'],
    ['an extra allowed host with a port', 'intern.praktijk.nl:8443'],
    ['127.0.0.1 with the port (npm start, health checks)', '127.0.0.1:3000'],
    ['localhost', 'localhost:3000'],
    ['IPv6 loopback', '[::1]:3000'],
    ['upper case', 'OEFENRUIMTE.example.NL'],
  ])('answers for %s', async (_kind, host) => {
    const response = await api.inject({ method: 'GET', url: '/api/health', headers: { host } });
    expect(response.statusCode).toBe(200);
  });

  it.each([
    ['a rebound foreign name on an API route', 'aanvaller.example.com:3000', '/api/health'],
    ['a rebound foreign name on a web path', 'aanvaller.example.com', '/login'],
    ['a foreign name on a session route', 'aanvaller.example.com', '/api/auth/me'],
    ['a name that only ends like ours', 'evil-oefenruimte.example.nl', '/api/health'],
    ['an unknown address', '192.0.2.10:3000', '/'],
  ])('refuses %s with 421 in the error shape', async (_kind, host, url) => {
    const response = await api.inject({ method: 'GET', url, headers: { host } });
    expect(response.statusCode).toBe(421);
    expect(response.json()).toEqual({
      statusCode: 421,
      code: 'MISDIRECTED_REQUEST',
      message: expect.any(String),
    });
  });

  it('gives a 421 its request id, in the answer and in the log', async () => {
    const requestId = 'host-check-0001';
    const response = await logged.inject({
      method: 'GET',
      url: '/api/health',
      headers: { host: 'aanvaller.example.com', 'x-request-id': requestId },
    });
    expect(response.statusCode).toBe(421);
    expect(response.headers['x-request-id']).toBe(requestId);
    const completed = lines
      .map((line) => JSON.parse(line) as { reqId?: string; res?: { statusCode?: number } })
      .filter((line) => line.reqId === requestId && line.res?.statusCode === 421);
    expect(completed).toHaveLength(1);
  });

  it('refuses a write on a foreign host before the route runs', async () => {
    const client = await createUser((await createPractice()).practiceId, 'client');
    const response = await api.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { ...CSRF, host: 'aanvaller.example.com' },
      payload: { email: client.email, password: 'niet-het-goede-wachtwoord' },
    });
    expect(response.statusCode).toBe(421);
    expect(await auditedAddresses(client)).toEqual([]);
  });
});

describe('the production shape', () => {
  const root = join(__dirname, '..', '..', '..');

  it('has nginx overwrite X-Forwarded-For with the peer address, never append to it', () => {
    const nginx = readFileSync(join(root, 'apps/web/nginx.conf'), 'utf8');
    expect(nginx).toMatch(/proxy_set_header X-Forwarded-For \$remote_addr;/);
    expect(nginx).not.toMatch(/\$proxy_add_x_forwarded_for/);
  });

  it('has docker-compose trust exactly one hop, a value the API accepts', () => {
    const compose = readFileSync(join(root, 'docker-compose.yml'), 'utf8');
    const value = /TRUST_PROXY:\s*'?([^'\n]+)'?/.exec(compose)?.[1];
    expect(value).toBe('1');
    expect(loadConfig({ TRUST_PROXY: value }).trustProxy).toBe(1);
  });
});
