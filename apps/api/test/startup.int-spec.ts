import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../src/database/embedded-postgres';
import { type ApiProcess, assertApiBuilt, runBuiltApi } from './support/api-process';
import { testDatabaseUrl } from './support/test-app';

/** Runs the built API the way `npm start` does. */
const runMain = (env: Record<string, string>): ApiProcess =>
  runBuiltApi({
    // Never the repository's own .data (an encryption key written there would outlive the test).
    DATA_DIR: mkdtempSync(join(tmpdir(), 'oefenruimte-startup-')),
    ...env,
  });

function listen(port: number): Promise<Server> {
  return new Promise((resolveServer) => {
    const server = createServer();
    server.listen(port, '127.0.0.1', () => resolveServer(server));
  });
}

async function waitForHealth(port: number, run: ApiProcess): Promise<number> {
  for (let attempt = 0; attempt < 240; attempt++) {
    if (run.child.exitCode !== null) break;
    try {
      return (await fetch(`http://127.0.0.1:${port}/api/health`)).status;
    } catch {
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  throw new Error(`never answered: ${JSON.stringify(run.output())}`);
}

/** What the operator sees on the terminal: no blank lines, no JSON log lines. */
function lines(text: string): string[] {
  return text.split('\n').filter((line) => line.trim() !== '' && !line.startsWith('{'));
}

describe('starting the built API', () => {
  beforeAll(() => {
    assertApiBuilt();
  });

  it('stops with one clear line when DATABASE_URL points nowhere, without the password', async () => {
    const run = runMain({
      DATABASE_URL: 'postgres://someone:s3cret@127.0.0.1:1/oefenruimte',
      PORT: String(await freePort()),
    });
    expect(await run.exited).toBe(1);
    const { stderr } = run.output();
    expect(lines(stderr)).toEqual([
      expect.stringMatching(
        /Cannot use the database at 127\.0\.0\.1:1\/oefenruimte: nothing answers there/,
      ),
    ]);
    expect(stderr).not.toContain('s3cret');
  });

  it('will not start in production without an ENCRYPTION_KEY from the configuration', async () => {
    const run = runMain({
      NODE_ENV: 'production',
      DATABASE_URL: testDatabaseUrl(),
      PORT: String(await freePort()),
    });
    expect(await run.exited).toBe(1);
    expect(lines(run.output().stderr)).toEqual([
      expect.stringMatching(/ENCRYPTION_KEY is required in production/),
    ]);
  });

  it('stops with one clear line naming a malformed variable', async () => {
    const run = runMain({ PORT: 'drie' });
    expect(await run.exited).toBe(1);
    expect(lines(run.output().stderr)).toEqual([
      expect.stringMatching(/invalid configuration: PORT must be a whole number/),
    ]);
  });

  it('stops with one clear line when the port is taken', async () => {
    const blocker = await listen(await freePort());
    const { port } = blocker.address() as { port: number };
    try {
      // Jobs off: this case is about the port alone, not the background worker.
      const run = runMain({ DATABASE_URL: testDatabaseUrl(), PORT: String(port), JOBS: 'off' });
      expect(await run.exited).toBe(1);
      expect(lines(run.output().stderr)).toEqual([
        expect.stringMatching(new RegExp(`Port ${port} is already in use`)),
      ]);
    } finally {
      await new Promise((r) => blocker.close(r));
    }
  });

  it('starts its own PostgreSQL, serves health, and leaves nothing running after Ctrl-C; the next start works', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'oefenruimte-start-'));
    try {
      for (const start of ['first', 'second']) {
        const port = await freePort();
        const run = runMain({ DATA_DIR: dataDir, PORT: String(port), DEMO_SEED: 'true' });
        // `start` is in the expectation so a failure says which of the two starts broke.
        expect({ start, status: await waitForHealth(port, run) }).toEqual({ start, status: 200 });
        expect(run.output().stdout).toContain(`http://127.0.0.1:${port}`);
        run.child.kill('SIGINT');
        expect(await run.exited).toBe(0);
        // PostgreSQL removes its pid file only when it has shut down.
        expect(existsSync(join(dataDir, 'postgres', 'postmaster.pid'))).toBe(false);
      }
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 120_000);

  it('runs a real practice on the built-in PostgreSQL: says so, prints a one-time setup code, keeps the key in DATA_DIR', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'oefenruimte-practice-'));
    try {
      const port = await freePort();
      const run = runMain({ DATA_DIR: dataDir, PORT: String(port), MODE: 'practice' });
      expect(await waitForHealth(port, run)).toBe(200);
      const { stdout } = run.output();
      expect(stdout).toContain('Mode: practice');
      expect(stdout).not.toContain('Demo logins');
      const code = /setup code[^:]*: ([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4})/s.exec(stdout)?.[1];
      expect(code).toBeDefined();
      expect(statSync(join(dataDir, 'encryption.key')).mode & 0o777).toBe(0o600);
      const owner = await fetch(`http://127.0.0.1:${port}/api/auth/setup`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-oefenruimte-csrf': '1' },
        body: JSON.stringify({
          setupCode: code,
          name: 'Praktijkhouder',
          email: 'houder@praktijk.example',
          password: 'een eigen praktijk op eigen grond',
          practiceName: 'Praktijk Eigen Grond',
        }),
      });
      expect(owner.status).toBe(201);
      // No demo practice, and the demo mailbox does not exist.
      expect((await fetch(`http://127.0.0.1:${port}/api/demo/outbox`)).status).toBe(404);
      run.child.kill('SIGINT');
      expect(await run.exited).toBe(0);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 120_000);
});
