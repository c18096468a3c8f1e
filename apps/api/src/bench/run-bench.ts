import 'reflect-metadata';
import { hash } from '@node-rs/argon2';
import autocannon from 'autocannon';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { createApp } from '../app.factory';
import { loadConfig } from '../config/app-config';
import { createLogger } from '../common/logging/logger';
import { EmbeddedPostgres } from '../database/embedded-postgres';
import { runMigrations } from '../database/migrate';
import { ARGON2_OPTIONS } from '../identity/password.service';

/**
 * `npm run bench`: the real app on a throw-away PostgreSQL, a practice of 40 clients with a year
 * of daily check-ins each, and autocannon against the routes a therapist's day leans on.
 * Prints throughput and latency; nothing here asserts on time (tests never do).
 */
const CLIENTS = 40;
const DAYS = 365;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const PASSWORD = 'bench-wachtwoord-lang';

async function seed(dataSource: DataSource): Promise<{ email: string; clientId: string }> {
  const passwordHash = await hash(PASSWORD, ARGON2_OPTIONS);
  const [practice] = await dataSource.query(
    `INSERT INTO practices (name) VALUES ('Benchpraktijk') RETURNING id`,
  );
  const [therapist] = await dataSource.query(
    `INSERT INTO users (practice_id, role, practice_role, email, name, password_hash, is_demo)
     VALUES ($1, 'therapist', 'owner', 'bench@oefenruimte.local', 'Bench Therapeut', $2, true) RETURNING id`,
    [practice.id, passwordHash],
  );
  let clientId = '';
  for (let i = 0; i < CLIENTS; i++) {
    const [client] = await dataSource.query(
      `INSERT INTO users (practice_id, role, practice_role, email, name, password_hash)
       VALUES ($1, 'client', 'client', $2, $3, $4) RETURNING id`,
      [practice.id, `client${i}@bench.local`, `Cliënt ${String(i).padStart(2, '0')}`, passwordHash],
    );
    clientId = client.id;
    await dataSource.query(
      'INSERT INTO care_relations (practice_id, therapist_id, client_id) VALUES ($1, $2, $3)',
      [practice.id, therapist.id, client.id],
    );
    await dataSource.query(
      `INSERT INTO checkins (practice_id, client_id, day, tension, mood, energy, sleep, shared, shared_at, danger, discuss, submit_key, submit_hash)
       SELECT $1, $2, current_date - d, d % 11, (d * 7) % 11, (d * 3) % 11, (d * 5) % 11, d % 2 = 0,
              CASE WHEN d % 2 = 0 THEN now() - make_interval(days => d) END, d = 3, d % 13 = 0, 'seed-' || d, '\\x00'
         FROM generate_series(0, $3 - 1) AS d`,
      [practice.id, client.id, DAYS],
    );
  }
  await dataSource.query('ANALYZE');
  return { email: 'bench@oefenruimte.local', clientId };
}

async function run(
  url: string,
  cookie: string,
  title: string,
): Promise<Record<string, string | number>> {
  const result = await autocannon({
    url,
    connections: 10,
    duration: SECONDS,
    headers: { cookie },
  });
  return {
    route: title,
    'req/s': Math.round(result.requests.average),
    'p50 ms': result.latency.p50,
    'p97.5 ms': result.latency.p97_5,
    'p99 ms': result.latency.p99,
    errors: result.errors + result.non2xx,
  };
}

async function main(): Promise<void> {
  const postgres = new EmbeddedPostgres({
    dataDir: mkdtempSync(join(tmpdir(), 'oefenruimte-bench-')),
    database: 'bench',
    ephemeral: true,
  });
  const databaseUrl = await postgres.start();
  try {
    await runMigrations(databaseUrl);
    const config = {
      ...loadConfig({
        NODE_ENV: 'production',
        LOG_LEVEL: 'warn',
        DATABASE_URL: databaseUrl,
        DEMO_SEED: 'true',
        WEB_DIST: '/nonexistent',
        AUTH_RATE_LIMIT_PER_MINUTE: '1000',
      }),
      databaseUrl,
    };
    const app = await createApp(config, createLogger(config));
    await app.listen({ port: 0, host: '127.0.0.1' });
    const base = await app.getUrl();
    process.stdout.write(`Seeding ${CLIENTS} clients × ${DAYS} days of check-ins…\n`);
    const { email, clientId } = await seed(app.get(DataSource));
    const login = await fetch(`${base}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-oefenruimte-csrf': '1' },
      body: JSON.stringify({ email, password: PASSWORD }),
    });
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
    const rows = [
      await run(`${base}/api/health`, cookie, 'GET /api/health'),
      await run(`${base}/api/overview`, cookie, `GET /api/overview (${CLIENTS} clients)`),
      await run(
        `${base}/api/clients/${clientId}/checkins`,
        cookie,
        'GET /api/clients/:id/checkins (1 year)',
      ),
      await run(`${base}/api/clients?cursor=`, cookie, 'GET /api/clients'),
    ];
    console.table(rows);
    await app.close();
  } finally {
    await postgres.destroy();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench: ${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
