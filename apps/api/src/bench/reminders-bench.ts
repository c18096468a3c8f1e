import 'reflect-metadata';
import { hash } from '@node-rs/argon2';
import autocannon from 'autocannon';
import { fork } from 'node:child_process';
import { createECDH, randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { closeGracefully, createApp, type RunConfig } from '../app.factory';
import { createLogger } from '../common/logging/logger';
import { loadConfig } from '../config/app-config';
import { EmbeddedPostgres } from '../database/embedded-postgres';
import { ARGON2_OPTIONS } from '../identity/password.service';
import { ReminderScheduler } from '../reminders/reminder-scheduler';
import { BENCH_PASSWORD, loginCookie, startBenchApp } from './bench-app';

/**
 * `npm run bench:reminders`: the real app on a throw-away PostgreSQL (production durability),
 * 10,000 clients in 100 practices whose reminders all fall in the same minute — half by
 * e-mail (into the outbox), half by push to a push service on 127.0.0.1 that answers 201,
 * a quarter of them also a homework reminder with a daily assignment — and one minute's batch
 * run through the scheduler. Reports how long the batch takes, and the p99 of two read routes
 * (a client's own month of check-ins, and the health check, both at a steady rate) before
 * the batch, while it runs and after it, in one run. Prints figures; asserts nothing on time.
 *
 * The batch runs twice: in the API process (as `JOBS=inline`, what `npm start` does) and in a
 * worker process of its own (as `JOBS=worker`, the production shape). The push service and the
 * two read loads run in child processes, so the API's event loop carries only the API's work.
 */
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 10_000);
const PER_PRACTICE = 100;
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const IDLE_SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
/** A steady rate (not as fast as it goes): latency then shows what the batch adds. */
const RATE = Number(process.env.BENCH_RATE ?? 25);

/** A push service that takes every message (what FCM or Mozilla's autopush answer: 201). */
async function startPushService(): Promise<{
  url: string;
  received: () => number;
  close(): Promise<void>;
}> {
  let received = 0;
  const server = createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      received++;
      response.writeHead(201).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    received: () => received,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

async function seed(dataSource: DataSource, pushUrl: string): Promise<{ readerEmail: string }> {
  const practices = Math.ceil(CLIENTS / PER_PRACTICE);
  await dataSource.query(
    `INSERT INTO practices (name) SELECT 'Herinneringspraktijk ' || p FROM generate_series(1, $1) AS p`,
    [practices],
  );
  await dataSource.query(
    `INSERT INTO users (practice_id, role, practice_role, email, name, password_hash)
     SELECT id, 'therapist', 'owner', 'therapeut-' || id || '@bench.local', 'Therapeut', 'x'
       FROM practices WHERE name LIKE 'Herinneringspraktijk %'`,
  );
  await dataSource.query(
    `INSERT INTO users (practice_id, role, practice_role, email, name, password_hash)
     SELECT p.id, 'client', 'client', 'herinnering-' || p.rn || '-' || c || '@bench.local', 'Cliënt', 'x'
       FROM (SELECT id, row_number() OVER () AS rn FROM practices WHERE name LIKE 'Herinneringspraktijk %') p,
            generate_series(1, $1) AS c
      WHERE (p.rn - 1) * $1 + c <= $2`,
    [PER_PRACTICE, CLIENTS],
  );
  // Every client: a check-in reminder this minute, half by e-mail and half by push.
  await dataSource.query(
    `INSERT INTO reminders (practice_id, client_id, kind, enabled, channel, minute_of_day, days, next_at)
     SELECT practice_id, id, 'checkin', true,
            CASE WHEN row_number() OVER (ORDER BY id) % 2 = 0 THEN 'email' ELSE 'push' END,
            1200, '{1,2,3,4,5,6,7}', now()
       FROM users WHERE email LIKE 'herinnering-%'`,
  );
  // One device per push client; every device shares one real key pair (the payload is encrypted).
  const ecdh = createECDH('prime256v1');
  ecdh.generateKeys();
  await dataSource.query(
    `INSERT INTO push_devices (practice_id, client_id, endpoint, p256dh, auth, label)
     SELECT r.practice_id, r.client_id, $1 || '/push/' || r.client_id, $2, $3, 'Bench-telefoon'
       FROM reminders r WHERE r.channel = 'push'`,
    [pushUrl, ecdh.getPublicKey().toString('base64url'), randomBytes(16).toString('base64url')],
  );
  // A quarter also has a daily assignment and a homework reminder in the same minute.
  await dataSource.query(
    `INSERT INTO assignments (practice_id, therapist_id, client_id, module_version_id, rhythm)
     SELECT c.practice_id, t.id, c.id,
            (SELECT v.id FROM modules m JOIN module_versions v ON v.module_id = m.id AND v.number = m.published_version
              WHERE m.practice_id IS NULL ORDER BY m.slug LIMIT 1),
            'daily'
       FROM (SELECT id, practice_id, row_number() OVER (ORDER BY id) AS n FROM users
              WHERE email LIKE 'herinnering-%') c
       JOIN users t ON t.practice_id = c.practice_id AND t.role = 'therapist'
      WHERE c.n % 4 = 0`,
  );
  await dataSource.query(
    `INSERT INTO reminders (practice_id, client_id, kind, enabled, channel, minute_of_day, days, next_at)
     SELECT practice_id, client_id, 'homework', true, 'email', 1200, '{1,2,3,4,5,6,7}', now()
       FROM assignments WHERE rhythm = 'daily' AND client_id IN (SELECT id FROM users WHERE email LIKE 'herinnering-%')`,
  );
  // The reader: a client of her own practice with a month of check-ins, who logs in.
  const [practice] = await dataSource.query(
    `INSERT INTO practices (name) VALUES ('Leespraktijk') RETURNING id`,
  );
  const [reader] = await dataSource.query(
    `INSERT INTO users (practice_id, role, practice_role, email, name, password_hash)
     VALUES ($1, 'client', 'client', 'lezer@bench.local', 'Lezer', $2) RETURNING id`,
    [practice.id, await hash(BENCH_PASSWORD, ARGON2_OPTIONS)],
  );
  await dataSource.query(
    `INSERT INTO checkins (practice_id, client_id, day, tension, mood, energy, sleep, shared, danger, discuss, submit_key, submit_hash)
     SELECT $1, $2, current_date - d, d % 11, (d * 7) % 11, (d * 3) % 11, (d * 5) % 11, false, false, false, 'seed-' || d, '\\x00'
       FROM generate_series(0, 29) AS d`,
    [practice.id, reader.id],
  );
  await dataSource.query('ANALYZE');
  return { readerEmail: 'lezer@bench.local' };
}

interface Figures {
  readonly requests: number;
  readonly p50: number;
  readonly p99: number;
  readonly errors: number;
}

/** autocannon on one route for `seconds`, or — with `until` — for exactly as long as it runs. */
function load(
  base: string,
  path: string,
  cookie: string,
  options: { seconds: number } | { until: () => Promise<unknown> },
): Promise<Figures> {
  // In a child of its own: the load's work never shares the API's event loop.
  const child = fork(__filename, [
    'load',
    JSON.stringify({
      url: `${base}${path}`,
      cookie,
      seconds: 'seconds' in options ? options.seconds : 3600,
    }),
  ]);
  if ('until' in options) void options.until().then(() => child.send('stop'));
  return new Promise((resolve, reject) => {
    child.once('message', (figures) => resolve(figures as Figures));
    child.once('exit', (code) => code !== 0 && reject(new Error(`bench load exited with ${code}`)));
  });
}

/** The child's side of `load`: autocannon at the steady rate, its figures sent to the parent. */
function runLoad(options: { url: string; cookie: string; seconds: number }): void {
  const instance = autocannon(
    {
      url: options.url,
      connections: CONNECTIONS,
      overallRate: RATE,
      duration: options.seconds,
      headers: { cookie: options.cookie },
    },
    (error, result) => {
      if (error) throw error;
      const figures: Figures = {
        requests: result.requests.total,
        p50: result.latency.p50,
        p99: result.latency.p99,
        errors: result.errors + result.timeouts + result.non2xx,
      };
      process.send?.(figures, () => process.exit(0));
    },
  );
  process.on('message', () => instance.stop());
}

/** The push service in a child process; `received()` asks it how many messages it took. */
async function pushServiceProcess(): Promise<{
  url: string;
  received: () => Promise<number>;
  close(): Promise<void>;
}> {
  const child = fork(__filename, ['push']);
  const url = await new Promise<string>((resolve) =>
    child.once('message', (message) => resolve((message as { url: string }).url)),
  );
  return {
    url,
    received: () =>
      new Promise((resolve) => {
        child.once('message', (message) => resolve((message as { received: number }).received));
        child.send('received?');
      }),
    close: () =>
      new Promise((resolve) => {
        child.once('exit', () => resolve());
        child.send('stop');
      }),
  };
}

async function runPushService(): Promise<void> {
  const push = await startPushService();
  process.send?.({ url: push.url });
  process.on('message', (message) => {
    if (message === 'received?') process.send?.({ received: push.received() });
    else void push.close().then(() => process.exit(0));
  });
}

/** The worker process (as `JOBS=worker`): the same app, not listening, running one batch on request. */
async function runWorker(config: RunConfig): Promise<void> {
  const app = await createApp(config, createLogger(config));
  await app.init();
  const scheduler = app.get(ReminderScheduler);
  process.send?.('ready');
  process.on('message', (message) => {
    if (message === 'tick') void scheduler.tick().then((claimed) => process.send?.({ claimed }));
    else void closeGracefully(app).then(() => process.exit(0));
  });
}

/** Puts every reminder in the current minute (seeded before the quiet measurement). */
async function dueAgain(dataSource: DataSource): Promise<number> {
  const [, count] = await dataSource.query(`UPDATE reminders SET next_at = now() WHERE enabled`);
  return count;
}

async function main(): Promise<void> {
  const postgres = new EmbeddedPostgres({
    dataDir: mkdtempSync(join(tmpdir(), 'oefenruimte-bench-reminders-')),
    database: 'bench',
    ephemeral: false,
  });
  const push = await pushServiceProcess();
  const databaseUrl = await postgres.start();
  try {
    const env = {
      LOG_LEVEL: 'error',
      DATA_DIR: mkdtempSync(join(tmpdir(), 'oefenruimte-bench-data-')),
      ENCRYPTION_KEY: randomBytes(32).toString('hex'),
      // The batch is run by hand below; no cron tick of its own in between.
      JOBS: 'off',
      AUTH_RATE_LIMIT_PER_MINUTE: '100000',
    };
    const { app, base } = await startBenchApp(databaseUrl, env);
    const dataSource = app.get(DataSource);
    const scheduler = app.get(ReminderScheduler);
    process.stdout.write(`Seeding ${CLIENTS.toLocaleString('en')} clients with reminders…\n`);
    const { readerEmail } = await seed(dataSource, push.url);
    const cookie = await loginCookie(base, readerEmail);
    const [{ reminders }] = await dataSource.query(
      `SELECT count(*)::int AS reminders FROM reminders WHERE enabled`,
    );
    // The worker: the same settings as the app (startBenchApp's production mode included).
    const workerEnv = {
      ...env,
      NODE_ENV: 'production',
      DATABASE_URL: databaseUrl,
      WEB_DIST: '/nonexistent',
    };
    const worker = fork(__filename, ['worker', JSON.stringify(workerEnv)]);
    await new Promise((resolve) => worker.once('message', resolve));

    // Both read routes at once: without the batch, for exactly as long as it runs, and after.
    const routes = [
      { name: 'GET /api/me/checkins (a month of check-ins)', path: '/api/me/checkins', cookie },
      { name: 'GET /api/health', path: '/api/health', cookie: '' },
    ];
    const quiet = () =>
      Promise.all(routes.map((r) => load(base, r.path, r.cookie, { seconds: IDLE_SECONDS })));
    // Warm up (not counted) and write the seeded data out, so "no batch" is not the first minute.
    await Promise.all(routes.map((r) => load(base, r.path, r.cookie, { seconds: 5 })));
    await dataSource.query('CHECKPOINT');

    const where = {
      'in the API process': () => scheduler.tick(),
      'in a worker process': () =>
        new Promise<number>((resolve) => {
          worker.once('message', (message) => resolve((message as { claimed: number }).claimed));
          worker.send('tick');
        }),
    };
    const batches = [];
    const rows = [];
    for (const [place, tick] of Object.entries(where)) {
      const before = await quiet();
      const due = await dueAgain(dataSource);
      const pushedBefore = await push.received();
      let took = 0;
      let claimed = 0;
      const batch = (async () => {
        const started = performance.now();
        claimed = await tick();
        took = performance.now() - started;
      })();
      const busy = await Promise.all(
        routes.map((r) => load(base, r.path, r.cookie, { until: () => batch })),
      );
      const after = await quiet();
      batches.push({
        batch: place,
        'reminders due': due,
        claimed,
        'pushes received': (await push.received()) - pushedBefore,
        'batch s': Number((took / 1000).toFixed(1)),
        'reminders/s': Math.round(claimed / (took / 1000)),
      });
      rows.push(
        ...routes.flatMap((route, i) =>
          [
            ['no batch (before)', before[i]!],
            ['batch running', busy[i]!],
            ['no batch (after)', after[i]!],
          ].map(([when, figures]) => {
            const f = figures as Figures;
            return {
              batch: place,
              route: route.name,
              while: when as string,
              requests: f.requests,
              'p50 ms': f.p50,
              'p99 ms': f.p99,
              errors: f.errors,
            };
          }),
        ),
      );
    }
    const [{ mails }] = await dataSource.query(`SELECT count(*)::int AS mails FROM outbox_mails`);
    const outcomes = await dataSource.query(
      `SELECT outcome, count(*)::int AS n FROM reminder_occurrences GROUP BY outcome ORDER BY outcome`,
    );
    process.stdout.write(
      `\n${CLIENTS.toLocaleString('en')} clients, ${reminders} reminders in one minute, ${RATE} requests/s over ${CONNECTIONS} connections on each read route\n`,
    );
    console.table(batches);
    console.table(rows);
    process.stdout.write(
      `Mails in the outbox: ${mails}; occurrences: ${outcomes.map((o: { outcome: string; n: number }) => `${o.outcome} ${o.n}`).join(', ')}\n`,
    );
    worker.send('stop');
    await new Promise((resolve) => worker.once('exit', resolve));
    await closeGracefully(app);
  } finally {
    await push.close();
    await postgres.destroy();
  }
}

const fail = (error: unknown) => {
  process.stderr.write(
    `bench ${process.argv[2] ?? ''}: ${(error as Error).stack ?? String(error)}\n`,
  );
  process.exit(1);
};
if (process.argv[2] === 'load') runLoad(JSON.parse(process.argv[3]!));
else if (process.argv[2] === 'push') runPushService().catch(fail);
else if (process.argv[2] === 'worker') {
  const env = JSON.parse(process.argv[3]!) as Record<string, string>;
  runWorker({ ...loadConfig(env), databaseUrl: env.DATABASE_URL! }).catch(fail);
} else main().catch(fail);
