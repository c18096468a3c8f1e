import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { freePort } from '../../src/database/embedded-postgres';
import { TEST_ENCRYPTION_KEY, testDatabaseUrl } from './test-app';

const root = resolve(__dirname, '..', '..', '..', '..');
const main = join(root, 'apps/api/dist/main.js');

/** The built API in a child process of its own. */
export interface ApiProcess {
  readonly child: ChildProcess;
  /** Its exit code, once the process has exited and all of its output has arrived. */
  readonly exited: Promise<number | null>;
  readonly output: () => { stdout: string; stderr: string };
}

/** Fails with what to do when the API has not been built (the child processes run the build). */
export function assertApiBuilt(): void {
  if (!existsSync(main))
    throw new Error(`${main} is missing: run "npm run build" first (npm test does)`);
}

/** Runs the built API the way `npm start` does, with only these variables (and PATH, HOME). */
export function runBuiltApi(env: Record<string, string>): ApiProcess {
  const child = spawn(process.execPath, [main], {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', LOG_LEVEL: 'warn', ...env },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  // 'close', not 'exit': only then has all of the child's output arrived.
  const exited = new Promise<number | null>((done) => child.once('close', (code) => done(code)));
  return { child, exited, output: () => ({ stdout, stderr }) };
}

/**
 * The built API on the shared test database and a free port, once its health answers 200
 * (after start-up work such as the job worker's catching up). `env` adds or overrides.
 */
export async function startHealthyApi(
  env: Record<string, string> = {},
): Promise<ApiProcess & { readonly port: number }> {
  const port = await freePort();
  const run = runBuiltApi({
    NODE_ENV: 'test',
    DATABASE_URL: testDatabaseUrl(),
    PORT: String(port),
    HOST: '127.0.0.1',
    WEB_DIST: '/nonexistent',
    // The key the test factories seal second-factor secrets with.
    ENCRYPTION_KEY: TEST_ENCRYPTION_KEY.toString('hex'),
    ...env,
  });
  for (let attempt = 0; attempt < 240 && run.child.exitCode === null; attempt++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/health`)).status === 200)
        return { ...run, port };
    } catch {
      // not listening yet
    }
    await new Promise((wait) => setTimeout(wait, 250));
  }
  run.child.kill('SIGKILL');
  throw new Error(`API process never became healthy: ${JSON.stringify(run.output())}`);
}
