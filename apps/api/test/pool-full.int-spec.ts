import type { Pool, PoolClient } from 'pg';
import { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { as, closeDatabase, createPractice, createUser, login } from './support/factories';
import { startTestApp, type TestApp } from './support/test-app';

describe('a full connection pool', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(async () => {
    await api.close();
    await closeDatabase();
  });

  it('answers 503 with Retry-After, not 500, and serves again once a connection is free', async () => {
    const client = await createUser((await createPractice()).practiceId, 'client');
    const session = await login(api, client);
    // Take every connection of the app's own pool, as long-running requests under load would.
    const pool = (api.app.get(DataSource).driver as PostgresDriver).master as Pool;
    const held: PoolClient[] = [];
    while (held.length < (pool.options.max ?? 10)) held.push(await pool.connect());
    try {
      const waited = await as(api, session).get('/api/me/checkins');
      expect(waited.statusCode).toBe(503);
      expect(waited.json()).toMatchObject({ statusCode: 503, code: 'SERVICE_UNAVAILABLE' });
      expect(Number(waited.headers['retry-after'])).toBeGreaterThan(0);
    } finally {
      for (const connection of held) connection.release();
    }
    expect((await as(api, session).get('/api/me/checkins')).statusCode).toBe(200);
  });
});
