import 'reflect-metadata';
import { hash } from '@node-rs/argon2';
import autocannon from 'autocannon';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { closeGracefully } from '../app.factory';
import { EmbeddedPostgres } from '../database/embedded-postgres';
import { ARGON2_OPTIONS } from '../identity/password.service';
import { type BareRoute, recordStatements, startBareServer } from './bare-server';
import { BENCH_PASSWORD, loginCookie, startBenchApp } from './bench-app';

/**
 * `npm run bench`: the real app on a throw-away PostgreSQL with production durability (fsync
 * and synchronous commit on), a practice of 40 clients with a year of daily check-ins each,
 * and autocannon against the routes a day leans on — beside a bare Fastify + pg server that
 * runs exactly the statements the app ran for the same request, so the ratio shows what the
 * framework costs. Sweeps 1, 10, 16 and 64 connections. BENCH_GROWTH=10000000 first fills the
 * database with that many check-ins of other practices and measures again.
 * Prints figures; nothing here asserts on time (tests never do). BENCH_CPU_PROF=<dir> writes a
 * CPU profile of each app measurement (not the bare server's) there, one file per route and
 * connection count.
 */
const CLIENTS = 40;
const DAYS = 365;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const CONNECTIONS = (process.env.BENCH_CONNECTIONS ?? '1,10,16,64').split(',').map(Number);
const GROWTH = Number(process.env.BENCH_GROWTH ?? 0);
/** BENCH_AUDIT_ONLY=1: only the audit log's bytes per read (BENCH_AUDIT_READS reads per route). */
const AUDIT_ONLY = process.env.BENCH_AUDIT_ONLY === '1';
const AUDIT_READS = Number(process.env.BENCH_AUDIT_READS ?? 200);
const PROFILE_DIR = process.env.BENCH_CPU_PROF;

interface Seeded {
  readonly therapistEmail: string;
  readonly clientEmails: readonly string[];
  readonly clientId: string;
}

async function seed(dataSource: DataSource): Promise<Seeded> {
  const passwordHash = await hash(BENCH_PASSWORD, ARGON2_OPTIONS);
  const [practice] = await dataSource.query(
    `INSERT INTO practices (name) VALUES ('Benchpraktijk') RETURNING id`,
  );
  const [therapist] = await dataSource.query(
    `INSERT INTO users (practice_id, role, practice_role, email, name, password_hash, is_demo)
     VALUES ($1, 'therapist', 'owner', 'bench@oefenruimte.local', 'Bench Therapeut', $2, true) RETURNING id`,
    [practice.id, passwordHash],
  );
  const clientEmails: string[] = [];
  let clientId = '';
  for (let i = 0; i < CLIENTS; i++) {
    const email = `client${i}@bench.local`;
    const [client] = await dataSource.query(
      `INSERT INTO users (practice_id, role, practice_role, email, name, password_hash)
       VALUES ($1, 'client', 'client', $2, $3, $4) RETURNING id`,
      [practice.id, email, `Cliënt ${String(i).padStart(2, '0')}`, passwordHash],
    );
    clientEmails.push(email);
    clientId = client.id;
    await dataSource.query(
      'INSERT INTO care_relations (practice_id, therapist_id, client_id) VALUES ($1, $2, $3)',
      [practice.id, therapist.id, client.id],
    );
    await insertCheckins(dataSource, practice.id, client.id, DAYS);
  }
  await dataSource.query('ANALYZE');
  return { therapistEmail: 'bench@oefenruimte.local', clientEmails, clientId };
}

function insertCheckins(
  dataSource: DataSource,
  practiceId: string,
  clientId: string,
  days: number,
) {
  return dataSource.query(
    `INSERT INTO checkins (practice_id, client_id, day, tension, mood, energy, sleep, shared, shared_at, danger, discuss, submit_key, submit_hash)
     SELECT $1, $2, current_date - d, d % 11, (d * 7) % 11, (d * 3) % 11, (d * 5) % 11, d % 2 = 0,
            CASE WHEN d % 2 = 0 THEN now() - make_interval(days => d) END, d = 3, d % 13 = 0, 'seed-' || d, '\\x00'
       FROM generate_series(0, $3 - 1) AS d`,
    [practiceId, clientId, days],
  );
}

/** Other practices' history: `total` check-ins over practices of 100 clients. */
async function grow(dataSource: DataSource, total: number): Promise<void> {
  const perClient = 1000;
  const clients = Math.ceil(total / perClient);
  const practices = Math.ceil(clients / 100);
  process.stdout.write(
    `Growing the database by ${total.toLocaleString('en')} check-ins of ${practices} other practices…\n`,
  );
  await dataSource.query(
    `INSERT INTO practices (name) SELECT 'Andere praktijk ' || p FROM generate_series(1, $1) AS p`,
    [practices],
  );
  await dataSource.query(
    `INSERT INTO users (practice_id, role, practice_role, email, name, password_hash)
     SELECT p.id, 'client', 'client', 'groei-' || p.rn || '-' || c || '@bench.local', 'Cliënt', 'x'
       FROM (SELECT id, row_number() OVER () AS rn FROM practices WHERE name LIKE 'Andere praktijk %') p,
            generate_series(1, 100) AS c`,
  );
  await dataSource.query(
    `INSERT INTO checkins (practice_id, client_id, day, tension, shared, shared_at, danger, submit_key, submit_hash)
     SELECT u.practice_id, u.id, current_date - d, d % 11, d % 2 = 0,
            CASE WHEN d % 2 = 0 THEN now() END, d % 97 = 0, 'groei-' || d, '\\x00'
       FROM users u, generate_series(0, $1 - 1) AS d
      WHERE u.email LIKE 'groei-%'`,
    [perClient],
  );
  await dataSource.query('ANALYZE');
}

const submitBody = () => ({
  day: new Date().toISOString().slice(0, 10),
  tension: 4,
  mood: 6,
  energy: 5,
  sleep: 7,
  window: 'binnen-raam',
  bodySignals: ['hoofdpijn'],
  idempotencyKey: `bench-${randomUUID()}`,
});

interface Route {
  readonly name: string;
  readonly method: 'GET' | 'POST';
  readonly path: string;
  /** Cookies to rotate over; one per request in turn. */
  readonly cookies: readonly string[];
  readonly submit?: boolean;
}

interface Figures {
  readonly rps: number;
  readonly p50: number;
  readonly p99: number;
  readonly errors: number;
  readonly fivexx: number;
}

async function measure(base: string, route: Route, connections: number): Promise<Figures> {
  let turn = 0;
  const result = await autocannon({
    url: base,
    connections,
    duration: SECONDS,
    requests: [
      {
        method: route.method,
        path: route.path,
        setupRequest: (request) => {
          const cookie = route.cookies[turn++ % route.cookies.length]!;
          return {
            ...request,
            headers: {
              ...request.headers,
              cookie,
              'x-oefenruimte-csrf': '1',
              ...(route.submit ? { 'content-type': 'application/json' } : {}),
            },
            ...(route.submit ? { body: JSON.stringify(submitBody()) } : {}),
          };
        },
      },
    ],
  });
  const statusCodes = result.statusCodeStats as Record<string, { count: number }> | undefined;
  const fivexx = Object.entries(statusCodes ?? {})
    .filter(([code]) => code.startsWith('5'))
    .reduce((sum, [, stats]) => sum + stats.count, 0);
  return {
    rps: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    fivexx,
  };
}

/** Records what the app runs for one request of the route, for the bare server to replay. */
async function bareRouteFor(
  dataSource: DataSource,
  base: string,
  route: Route,
): Promise<BareRoute> {
  const body = submitBody();
  const statements = await recordStatements(dataSource, async () => {
    const response = await fetch(`${base}${route.path}`, {
      method: route.method,
      headers: {
        cookie: route.cookies[0]!,
        'x-oefenruimte-csrf': '1',
        ...(route.submit ? { 'content-type': 'application/json' } : {}),
      },
      body: route.submit ? JSON.stringify(body) : undefined,
    });
    if (!response.ok) throw new Error(`${route.name} answered ${response.status}`);
    await response.arrayBuffer();
  });
  return {
    method: route.method,
    path: route.path.split('?')[0]!,
    statements,
    fresh: route.submit ? [body.idempotencyKey] : [],
  };
}

/** How much the audit log (table, indexes, TOAST) and its row count grow per read of a route. */
async function auditGrowthPerRead(dataSource: DataSource, base: string, route: Route) {
  const size = async () => {
    const [row] = await dataSource.query(
      `SELECT pg_total_relation_size('audit_events')::text AS bytes, count(*)::text AS rows FROM audit_events`,
    );
    return { bytes: Number(row.bytes), rows: Number(row.rows) };
  };
  const before = await size();
  for (let i = 0; i < AUDIT_READS; i++) {
    const response = await fetch(`${base}${route.path}`, {
      headers: { cookie: route.cookies[0]! },
    });
    if (!response.ok) throw new Error(`${route.name} answered ${response.status}`);
    await response.arrayBuffer();
  }
  const after = await size();
  return {
    bytes: Math.round((after.bytes - before.bytes) / AUDIT_READS),
    rows: (after.rows - before.rows) / AUDIT_READS,
  };
}

/** Runs `fn` under the CPU profiler when BENCH_CPU_PROF names a folder; else just runs it. */
async function profiled<T>(name: string, fn: () => Promise<T>): Promise<T> {
  if (!PROFILE_DIR) return fn();
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
  try {
    return await fn();
  } finally {
    const { profile } = await session.post('Profiler.stop');
    const file = `${name.replace(/[^a-z0-9]+/gi, '-')}.cpuprofile`;
    writeFileSync(join(PROFILE_DIR, file), JSON.stringify(profile));
    session.disconnect();
  }
}

async function sweep(
  label: string,
  routes: readonly Route[],
  appBase: string,
  bareBase: string,
  settle: () => Promise<void>,
): Promise<void> {
  const rows: Record<string, string | number>[] = [];
  for (const route of routes) {
    for (const connections of CONNECTIONS) {
      // Interleaved: the app and the bare server take turns on the same database.
      const app = await profiled(`${route.name}-${connections}`, () =>
        measure(appBase, route, connections),
      );
      await settle();
      const bare = await measure(bareBase, route, connections);
      await settle();
      rows.push({
        route: route.name,
        conns: connections,
        'app req/s': app.rps,
        'bare req/s': bare.rps,
        'app ÷ bare': Number((app.rps / Math.max(bare.rps, 1)).toFixed(2)),
        'app p50 ms': app.p50,
        'app p99 ms': app.p99,
        'bare p99 ms': bare.p99,
        'app 5xx': app.fivexx,
        'app errors': app.errors,
      });
    }
  }
  process.stdout.write(`\n${label}\n`);
  console.table(rows);
}

/** Waits (at most 30 s) until no other statement is running on the database. */
async function drain(dataSource: DataSource): Promise<void> {
  for (let attempt = 0; attempt < 300; attempt++) {
    const [{ busy }] = await dataSource.query(
      `SELECT count(*)::int AS busy FROM pg_stat_activity
        WHERE datname = current_database() AND pid <> pg_backend_pid() AND state NOT IN ('idle')`,
    );
    if (busy === 0) return;
    await new Promise((wait) => setTimeout(wait, 100));
  }
}

async function main(): Promise<void> {
  const postgres = new EmbeddedPostgres({
    dataDir: mkdtempSync(join(tmpdir(), 'oefenruimte-bench-')),
    database: 'bench',
    // Production durability: fsync and synchronous commit stay on.
    ephemeral: false,
  });
  const databaseUrl = await postgres.start();
  try {
    const { app, base } = await startBenchApp(databaseUrl, {
      LOG_LEVEL: 'warn',
      DEMO_SEED: 'true',
      AUTH_RATE_LIMIT_PER_MINUTE: '100000',
    });
    const dataSource = app.get(DataSource);
    process.stdout.write(`Seeding ${CLIENTS} clients × ${DAYS} days of check-ins…\n`);
    const seeded = await seed(dataSource);
    const therapist = [await loginCookie(base, seeded.therapistEmail)];
    const clients: string[] = [];
    for (const email of seeded.clientEmails.slice(0, 10))
      clients.push(await loginCookie(base, email));

    const routes: Route[] = [
      { name: 'GET /api/overview', method: 'GET', path: '/api/overview', cookies: therapist },
      {
        name: 'GET /api/clients/:id/checkins',
        method: 'GET',
        path: `/api/clients/${seeded.clientId}/checkins`,
        cookies: therapist,
      },
      {
        name: 'POST /api/me/checkins',
        method: 'POST',
        path: '/api/me/checkins',
        cookies: clients,
        submit: true,
      },
      { name: 'GET /api/clients', method: 'GET', path: '/api/clients', cookies: therapist },
    ];
    for (const route of [routes[0]!, routes[3]!, routes[1]!]) {
      const growth = await auditGrowthPerRead(dataSource, base, route);
      process.stdout.write(
        `Audit log growth per ${route.name} read (${CLIENTS} clients, ${AUDIT_READS} reads): ${growth.bytes} bytes in ${growth.rows} rows\n`,
      );
    }
    if (AUDIT_ONLY) {
      await drain(dataSource);
      await closeGracefully(app);
      return;
    }
    const bareRoutes = [];
    for (const route of routes) {
      const bareRoute = await bareRouteFor(dataSource, base, route);
      bareRoutes.push(bareRoute);
      process.stdout.write(`${route.name}: ${bareRoute.statements.length} SQL statements\n`);
      if (process.env.BENCH_SHOW_SQL === '1')
        for (const { text } of bareRoute.statements)
          process.stdout.write(`  ${text.replace(/\s+/g, ' ').slice(0, 160)}\n`);
    }
    const bare = await startBareServer(databaseUrl, bareRoutes);

    const health = await measure(
      base,
      { name: 'health', method: 'GET', path: '/api/health', cookies: [''] },
      10,
    );
    process.stdout.write(
      `\nGET /api/health at 10 connections: ${health.rps} req/s, p99 ${health.p99} ms\n`,
    );
    await sweep(
      `${CLIENTS} clients × ${DAYS} days, production durability`,
      routes,
      base,
      bare.url,
      () => drain(dataSource),
    );
    if (GROWTH > 0) {
      await grow(dataSource, GROWTH);
      await sweep(
        `after ${GROWTH.toLocaleString('en')} check-ins of other practices`,
        routes,
        base,
        bare.url,
        () => drain(dataSource),
      );
    }
    // autocannon stops at its deadline with requests still in flight: let them finish before
    // the pool closes, so the run ends without "Connection terminated".
    await drain(dataSource);
    await bare.close();
    await closeGracefully(app);
  } finally {
    await postgres.destroy();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench: ${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
