import 'reflect-metadata';
import autocannon from 'autocannon';
import { execFileSync, fork, type ForkOptions } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { Agent, get } from 'node:http';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { EmbeddedPostgres } from '../database/embedded-postgres';
import { startBenchApp } from './bench-app';

/**
 * `npm run bench:nested`: health-check latency idle, and while two connections keep sending
 * deeply nested JSON bodies without a session (issue 8: it used to get 100× slower). Two
 * attacks: 1 MB bodies (over the body limit) and bodies just under the limit, nested 128,000
 * deep (refused by the depth scan). The app and the attackers each run in a child process,
 * so neither shares an event loop with the health measurement. Prints the figures and the ratio;
 * asserts nothing.
 *
 * On a machine with two or more cores the attackers run on a core of their own (`taskset`),
 * as they would on a network where the attacker is another machine: what is measured is what
 * the attack costs the app, not what the attacking program costs the machine. The app, its
 * PostgreSQL and the health measurement share the other cores, idle and under attack alike.
 * BENCH_PIN=off turns this off.
 */
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const PACE_MS = Number(process.env.BENCH_PACE_MS ?? 20);

/** The last core for the attackers, the others for the rest; null where that cannot be done. */
function cores(): { attackers: string; rest: string } | null {
  const count = availableParallelism();
  if (process.env.BENCH_PIN === 'off' || count < 2) return null;
  try {
    execFileSync('taskset', ['-V'], { stdio: 'ignore' });
  } catch {
    return null;
  }
  return { attackers: String(count - 1), rest: count === 2 ? '0' : `0-${count - 2}` };
}

/** Fork options that start the child on the given cores (through taskset), or as it is. */
function onCores(list: string | undefined): ForkOptions {
  if (!list) return {};
  return { execPath: 'taskset', execArgv: ['-c', list, process.execPath] };
}

function nestedBody(bytes: number): string {
  const depth = Math.floor((bytes - 40) / 2);
  return `{"email":${'['.repeat(depth)}${']'.repeat(depth)},"password":"x"}`;
}

/** The child: the real app on a throw-away PostgreSQL; tells the parent its URL. */
async function serve(): Promise<void> {
  const postgres = new EmbeddedPostgres({
    dataDir: mkdtempSync(join(tmpdir(), 'oefenruimte-bench-nested-')),
    database: 'bench',
    ephemeral: true,
  });
  const databaseUrl = await postgres.start();
  const { app, base } = await startBenchApp(databaseUrl, { LOG_LEVEL: 'warn' });
  process.send?.({ url: base });
  // 'busy?': how much of the time since the last question the app's event loop was working.
  let since = performance.eventLoopUtilization();
  process.on('message', (message) => {
    if (message === 'busy?') {
      const now = performance.eventLoopUtilization();
      process.send?.({ busy: performance.eventLoopUtilization(now, since).utilization });
      since = now;
      return;
    }
    void app
      .close()
      .then(() => postgres.destroy())
      .then(() => process.exit(0));
  });
}

interface Latency {
  readonly mean: number;
  readonly p50: number;
  readonly p99: number;
}

function summary(samples: number[]): Latency {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  const mean = sorted.reduce((sum, ms) => sum + ms, 0) / sorted.length;
  return { mean, p50: at(0.5), p99: at(0.99) };
}

/** One GET of the health check on a kept-alive connection, in milliseconds. */
function timedGet(url: string, agent: Agent): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    get(`${url}/api/health`, { agent }, (response) => {
      response.resume();
      response.once('end', () => resolve(Number(process.hrtime.bigint() - started) / 1e6));
    }).once('error', reject);
  });
}

/**
 * Two ways of asking. `paced`: one check every 20 ms (50 a second), as a load balancer or a
 * person would, which is the latency the issue is about. `back-to-back`: the next right after
 * the last answer, which keeps the app's event loop busy on its own; under attack it then shares
 * that loop with two attacking connections, so it shows the attack's share of the loop as much
 * as any latency.
 */
async function health(url: string, mode: 'paced' | 'back-to-back'): Promise<Latency> {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const samples: number[] = [];
  const end = Date.now() + SECONDS * 1000;
  try {
    while (Date.now() < end) {
      const started = Date.now();
      samples.push(await timedGet(url, agent));
      if (mode === 'paced')
        await new Promise((resolve) =>
          setTimeout(resolve, Math.max(0, PACE_MS - (Date.now() - started))),
        );
    }
  } finally {
    agent.destroy();
  }
  return summary(samples);
}

/** A child of its own: the attackers, so their writes never stall the health measurement. */
async function attack(url: string, bytes: number): Promise<void> {
  const result = await autocannon({
    // A route without a rate limit, answered 401 after the body is read: the body's cost alone.
    url: `${url}/api/me/checkins`,
    method: 'POST',
    connections: 2,
    duration: SECONDS + 1,
    headers: { 'content-type': 'application/json', 'x-oefenruimte-csrf': '1' },
    body: nestedBody(bytes),
  });
  const statuses = Object.entries(result.statusCodeStats ?? {})
    .map(([status, { count }]) => `${status}×${count}`)
    .join(' ');
  process.send?.({ attacks: result.requests.total, statuses }, () => process.exit(0));
}

async function underAttack(
  url: string,
  bytes: number,
  mode: 'paced' | 'back-to-back',
): Promise<{ health: Latency; attacks: number; statuses: string }> {
  const attacker = fork(__filename, ['attack', url, String(bytes)], {
    stdio: 'inherit',
    ...onCores(cores()?.attackers),
  });
  const done = new Promise<{ attacks: number; statuses: string }>((resolve) =>
    attacker.once('message', (message) =>
      resolve(message as { attacks: number; statuses: string }),
    ),
  );
  await new Promise((resolve) => setTimeout(resolve, 500)); // let the attack get going
  const measured = await health(url, mode);
  return { health: measured, ...(await done) };
}

async function main(): Promise<void> {
  // BENCH_CPU_PROF=<dir>: a V8 CPU profile of the app process, to see where an attack's time goes.
  const profileDir = process.env.BENCH_CPU_PROF;
  const pinned = cores();
  // This process measures health: on the app's cores, like the app and its PostgreSQL.
  if (pinned)
    execFileSync('taskset', ['-p', '-c', pinned.rest, String(process.pid)], { stdio: 'ignore' });
  const onAppCores = onCores(pinned?.rest);
  const child = fork(__filename, ['serve'], {
    stdio: 'inherit',
    ...onAppCores,
    execArgv: [
      ...(onAppCores.execArgv ?? []),
      ...(profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : []),
    ],
  });
  process.stdout.write(
    pinned
      ? `Cores: the app, its PostgreSQL and the health measurement on ${pinned.rest}, the attackers on ${pinned.attackers}.\n`
      : 'Cores: not pinned (one core, no taskset, or BENCH_PIN=off).\n',
  );
  const url = await new Promise<string>((resolve, reject) => {
    child.once('message', (message) => resolve((message as { url: string }).url));
    child.once('exit', (code) => reject(new Error(`the app exited with ${code}`)));
  });
  const busy = async (): Promise<number> => {
    const answer = new Promise<number>((resolve) =>
      child.once('message', (message) => resolve((message as { busy: number }).busy)),
    );
    child.send('busy?');
    return answer;
  };
  try {
    const ratios: string[] = [];
    for (const mode of ['paced', 'back-to-back'] as const) {
      await busy();
      const idle = { ...(await health(url, mode)), busy: await busy() };
      const big = await underAttack(url, 1024 * 1024, mode);
      const bigBusy = await busy();
      const justUnder = await underAttack(url, 250 * 1024, mode);
      const justUnderBusy = await busy();
      const row = (
        name: string,
        h: Latency,
        loop: number,
        extra: Record<string, string | number> = {},
      ) => ({
        situation: name,
        'app loop busy': `${Math.round(loop * 100)}%`,
        'mean ms': Number(h.mean.toFixed(2)),
        'p50 ms': Number(h.p50.toFixed(2)),
        'p99 ms': Number(h.p99.toFixed(2)),
        'mean ratio': Number((h.mean / idle.mean).toFixed(2)),
        ...extra,
      });
      process.stdout.write(
        mode === 'paced'
          ? 'Health check asked 50 times a second:\n'
          : 'Health check asked back to back (the next right after the answer):\n',
      );
      console.table([
        row('idle', idle, idle.busy),
        row('2 connections × 1 MB nested bodies', big.health, bigBusy, {
          attacks: big.attacks,
          answers: big.statuses,
        }),
        row('2 connections × 250 KB, 128,000 deep', justUnder.health, justUnderBusy, {
          attacks: justUnder.attacks,
          answers: justUnder.statuses,
        }),
      ]);
      const worst = Math.max(big.health.mean, justUnder.health.mean) / idle.mean;
      ratios.push(`${mode} ${worst.toFixed(2)}×`);
    }
    process.stdout.write(
      `Health-check latency under attack, mean, worst of the two attacks: ${ratios.join(', ')} idle (goal: at most 2×).\n`,
    );
  } finally {
    child.send('stop');
    await new Promise((resolve) => child.once('exit', resolve));
  }
}

if (process.argv[2] === 'attack') {
  attack(process.argv[3]!, Number(process.argv[4])).catch((error: unknown) => {
    process.stderr.write(`bench attacker: ${(error as Error).stack ?? String(error)}\n`);
    process.exit(1);
  });
} else if (process.argv[2] === 'serve') {
  serve().catch((error: unknown) => {
    process.stderr.write(`bench app: ${(error as Error).stack ?? String(error)}\n`);
    process.exit(1);
  });
} else {
  main().catch((error: unknown) => {
    process.stderr.write(`bench: ${(error as Error).stack ?? String(error)}\n`);
    process.exit(1);
  });
}
