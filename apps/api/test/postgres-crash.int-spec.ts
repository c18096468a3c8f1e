import type { LightMyRequestResponse } from 'fastify';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EmbeddedPostgres } from '../src/database/embedded-postgres';
import { runMigrations } from '../src/database/migrate';
import {
  as,
  closeDatabase,
  createPractice,
  createUser,
  database,
  login,
  type Session,
} from './support/factories';
import { startTestApp, type TestApp } from './support/test-app';

const WORKERS = 4;
const today = () =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());

/** Waits (bounded) until `check` holds; returns whether it did. Not a timing assertion. */
async function eventually(check: () => Promise<boolean> | boolean, ms: number): Promise<boolean> {
  for (const end = Date.now() + ms; Date.now() < end;) {
    if (await check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return check();
}

describe('kill -9 of the built-in PostgreSQL under a write load', () => {
  // A durable cluster of its own (fsync and synchronous commit on, as `npm start` runs it): the
  // shared test cluster trades durability for speed, and killing it would break other files.
  let postgres: EmbeddedPostgres;
  let api: TestApp | undefined;
  const sharedTestDatabase = process.env.TEST_DATABASE_URL;
  const postgresLog: { line: string; level: string }[] = [];

  beforeAll(async () => {
    postgres = new EmbeddedPostgres({
      dataDir: mkdtempSync(join(tmpdir(), 'oefenruimte-crash-')),
      database: 'crash',
      onLog: (line, level) => postgresLog.push({ line, level }),
    });
    const url = await postgres.start();
    await runMigrations(url);
    // The factories arrange rows on "the test database": point them at this cluster.
    process.env.TEST_DATABASE_URL = url;
    api = await startTestApp({ databaseUrl: url });
  }, 120_000);

  afterAll(async () => {
    try {
      await closeDatabase();
      await api?.close();
    } finally {
      process.env.TEST_DATABASE_URL = sharedTestDatabase;
      await postgres.destroy();
    }
  });

  it('restarts it, answers 503 with Retry-After in between (never 500), is healthy again without an API restart, and loses no acknowledged write', async () => {
    const client = await createUser((await createPractice()).practiceId, 'client');
    const session: Session = await login(api!, client);

    const acknowledged = new Map<string, string>(); // idempotency key → check-in id
    const refused: string[] = []; // keys answered 503
    const unexpected: { status: number; body: string }[] = [];
    let missingRetryAfter = 0;
    let phase: 'before' | 'after-kill' | 'recovered' = 'before';
    let acknowledgedAfterRecovery = 0;
    let running = true;
    let counter = 0;

    const submit = (key: string): Promise<LightMyRequestResponse> =>
      as(api!, session).post('/api/me/checkins', {
        day: today(),
        idempotencyKey: key,
        tension: counter % 10,
      });
    const worker = async (id: number): Promise<void> => {
      while (running) {
        const key = `crash-${id}-${counter++}`;
        const response = await submit(key);
        if (response.statusCode === 201 || response.statusCode === 200) {
          acknowledged.set(key, response.json().id);
          if (phase === 'recovered') acknowledgedAfterRecovery++;
        } else if (response.statusCode === 503) {
          refused.push(key);
          if (!Number(response.headers['retry-after'])) missingRetryAfter++;
          // A client backs off as Retry-After asks; a short pause keeps the loop from spinning.
          await new Promise((resolve) => setTimeout(resolve, 50));
        } else {
          unexpected.push({ status: response.statusCode, body: response.body });
        }
      }
    };
    const load = Promise.all(Array.from({ length: WORKERS }, (_, id) => worker(id)));

    try {
      expect(await eventually(() => acknowledged.size >= 20, 30_000)).toBe(true);
      const pid = postgres.pid!;
      expect(pid).toBeGreaterThan(0);
      process.kill(pid, 'SIGKILL');
      phase = 'after-kill';

      // Health turns 503 (with Retry-After) and then 200 again, the API never restarted.
      let sawUnhealthy = false;
      const healthy = await eventually(async () => {
        const health = await api!.inject({ method: 'GET', url: '/api/health' });
        if (health.statusCode === 503) {
          sawUnhealthy = true;
          expect(Number(health.headers['retry-after'])).toBeGreaterThan(0);
        }
        return sawUnhealthy && health.statusCode === 200;
      }, 60_000);
      expect({ sawUnhealthy, healthy }).toEqual({ sawUnhealthy: true, healthy: true });
      phase = 'recovered';
      expect(await eventually(() => acknowledgedAfterRecovery >= 10, 30_000)).toBe(true);
    } finally {
      running = false;
      await load;
    }

    expect(unexpected).toEqual([]);
    expect(refused.length).toBeGreaterThan(0);
    expect(missingRetryAfter).toBe(0);

    // A refused write is safe to retry with its key: each lands once, none twice.
    for (const key of refused) {
      const retry = await submit(key);
      expect([200, 201]).toContain(retry.statusCode);
      acknowledged.set(key, retry.json().id);
    }
    const rows: { submit_key: string; id: string }[] = await (
      await database()
    ).query('SELECT submit_key, id FROM checkins WHERE client_id = $1', [client.id]);
    const stored = new Map<string, string[]>();
    for (const row of rows)
      stored.set(row.submit_key, [...(stored.get(row.submit_key) ?? []), row.id]);
    for (const [key, id] of acknowledged)
      expect({ key, ids: stored.get(key) }).toEqual({ key, ids: [id] });

    // The supervisor said why and when it restarted: one line per attempt, then "running again".
    const supervisor = postgresLog.filter((entry) => entry.line.startsWith('built-in PostgreSQL'));
    expect(supervisor[0]).toEqual({
      line: expect.stringMatching(
        /stopped unexpectedly \(killed by SIGKILL\); restart attempt 1 in/,
      ),
      level: 'error',
    });
    expect(supervisor[supervisor.length - 1]?.line).toMatch(
      /is running again \(restart attempt \d+\)/,
    );
  }, 180_000);
});
