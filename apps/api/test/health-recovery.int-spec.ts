import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EmbeddedPostgres } from '../src/database/embedded-postgres';
import { runMigrations } from '../src/database/migrate';
import { startTestApp, type TestApp } from './support/test-app';

/** Polls until the health status is the expected one; the pool needs a moment to notice. */
async function healthBecomes(api: TestApp, status: number): Promise<number> {
  let last = 0;
  for (let attempt = 0; attempt < 40; attempt++) {
    last = (await api.inject({ method: 'GET', url: '/api/health' })).statusCode;
    if (last === status) return last;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return last;
}

describe('health when the database goes away and comes back', () => {
  // A cluster of its own: stopping the shared one would break the other test files. Made in
  // beforeAll, so a filtered run that skips this file leaves no folder behind.
  let postgres: EmbeddedPostgres;
  let api: TestApp | undefined;

  beforeAll(async () => {
    postgres = new EmbeddedPostgres({
      dataDir: mkdtempSync(join(tmpdir(), 'oefenruimte-recovery-')),
      database: 'recovery',
      ephemeral: true,
    });
    const url = await postgres.start();
    await runMigrations(url);
    api = await startTestApp({ databaseUrl: url });
  });
  afterAll(async () => {
    try {
      await api?.close();
    } finally {
      await postgres.destroy();
    }
  });

  it('turns 503 while the database is down and 200 again after, without restarting the API', async () => {
    expect(await healthBecomes(api!, 200)).toBe(200);

    await postgres.stop();
    const down = await api!.inject({ method: 'GET', url: '/api/health' });
    expect(down.statusCode).toBe(503);
    expect(down.json()).toMatchObject({ status: 'unavailable', database: 'down' });

    await postgres.start();
    expect(await healthBecomes(api!, 200)).toBe(200);
  });
});
