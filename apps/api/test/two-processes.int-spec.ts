import { randomInt } from 'node:crypto';
import { request } from 'node:http';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { assertApiBuilt, startHealthyApi } from './support/api-process';
import {
  CSRF,
  as,
  closeDatabase,
  createClientInCare,
  createPractice,
  database,
  login,
} from './support/factories';
import type { TestApp } from './support/test-app';

const LIMIT_PER_MINUTE = 4;

type Process = Awaited<ReturnType<typeof startHealthyApi>>;

/** The built API as `npm start` runs it, on the shared test database. */
const startProcess = (): Promise<Process> =>
  startHealthyApi({ AUTH_RATE_LIMIT_PER_MINUTE: String(LIMIT_PER_MINUTE) });

/**
 * The factories' request helpers over real HTTP to one process, sent from a loopback address
 * of this test's own, so that the per-IP counters are this test's alone.
 */
function overHttp(port: number, localAddress: string): TestApp {
  const inject = (options: InjectOptions): Promise<LightMyRequestResponse> =>
    new Promise((done, fail) => {
      const body = options.payload === undefined ? undefined : JSON.stringify(options.payload);
      const headers: Record<string, string> = {
        ...(options.headers as Record<string, string>),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      };
      const req = request(
        {
          host: '127.0.0.1',
          port,
          localAddress,
          method: options.method,
          path: options.url as string,
          headers,
        },
        (res) => {
          let text = '';
          res.on('data', (chunk: Buffer) => (text += chunk.toString()));
          res.on('end', () =>
            done({
              statusCode: res.statusCode ?? 0,
              headers: res.headers,
              body: text,
              payload: text,
              json: () => JSON.parse(text),
            } as unknown as LightMyRequestResponse),
          );
        },
      );
      req.on('error', fail);
      req.end(body);
    });
  // The processes do their own background work; nothing to wait for from here.
  return {
    inject,
    app: undefined as never,
    close: async () => undefined,
    idle: async () => undefined,
  };
}

describe('two API processes on one database', () => {
  let first: Process;
  let second: Process;
  const localAddress = `127.${randomInt(1, 255)}.${randomInt(0, 256)}.${randomInt(1, 255)}`;

  beforeAll(async () => {
    assertApiBuilt();
    [first, second] = await Promise.all([startProcess(), startProcess()]);
  });
  afterAll(async () => {
    for (const run of [first, second]) run?.child.kill('SIGTERM');
    await Promise.all([first?.exited, second?.exited]);
    await closeDatabase();
  });

  it('accept each other’s sessions', async () => {
    const a = overHttp(first.port, localAddress);
    const b = overHttp(second.port, localAddress);
    const { therapist } = await createPractice();
    const client = await createClientInCare(therapist);
    const session = await login(a, therapist);
    const me = await as(b, session).get('/api/auth/me');
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({ id: therapist.id });
    expect((await as(b, session).get(`/api/clients/${client.id}`)).statusCode).toBe(200);
    expect((await as(b, session).post('/api/auth/logout')).statusCode).toBe(204);
    expect((await as(a, session).get('/api/auth/me')).statusCode).toBe(401);
  });

  it('hold one per-address limit between them', async () => {
    const other = `127.${randomInt(1, 255)}.${randomInt(0, 256)}.${randomInt(1, 255)}`;
    const attempt = (port: number) =>
      overHttp(port, other).inject({
        method: 'POST',
        url: '/api/auth/login',
        headers: CSRF,
        payload: { email: 'niemand@test.oefenruimte.nl', password: 'een verkeerd wachtwoord' },
      });
    const statuses: number[] = [];
    // Alternating between the processes: each sees only half of the attempts.
    for (let i = 0; i < LIMIT_PER_MINUTE + 1; i++)
      statuses.push((await attempt(i % 2 === 0 ? first.port : second.port)).statusCode);
    expect(statuses.slice(0, LIMIT_PER_MINUTE).every((status) => status !== 429)).toBe(true);
    expect(statuses[LIMIT_PER_MINUTE]).toBe(429);
  });

  it('write one intact audit chain when both record at once', async () => {
    const { therapist } = await createPractice();
    const client = await createClientInCare(therapist);
    const session = await login(overHttp(first.port, localAddress), therapist);
    const reads = Array.from({ length: 30 }, (_, i) =>
      as(overHttp(i % 2 === 0 ? first.port : second.port, localAddress), session).get(
        `/api/clients/${client.id}`,
      ),
    );
    expect(new Set((await Promise.all(reads)).map((r) => r.statusCode))).toEqual(new Set([200]));
    const data = await database();
    const [{ count }] = await data.query(
      "SELECT count(*)::int AS count FROM audit_events WHERE subject_id = $1 AND event = 'client.read'",
      [client.id],
    );
    expect(count).toBe(30);
    expect(await data.query('SELECT * FROM audit_chain_breaks()')).toEqual([]);
  });
});
