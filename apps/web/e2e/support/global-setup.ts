import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(__dirname, '..', '..', '..', '..');

/**
 * Starts the built app exactly as `npm start` runs it (embedded PostgreSQL, migrations, demo
 * seed, API + web on one port), in a throw-away data folder, for the browser journeys.
 */
export default async function globalSetup(): Promise<void> {
  const main = join(root, 'apps/api/dist/main.js');
  // E2E_WEB_DIST lets two people test different web builds side by side.
  const webDist = process.env.E2E_WEB_DIST ?? join(root, 'apps/web/dist');
  for (const built of [main, join(webDist, 'index.html')]) {
    if (!existsSync(built))
      throw new Error(`${built} is missing: run "npm run build" first (npm test does).`);
  }
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'oefenruimte-e2e-'));
  const child = spawn(process.execPath, [main], {
    cwd: root,
    env: {
      ...process.env,
      WEB_DIST: webDist,
      // Every journey logs in from 127.0.0.1 against this one server.
      AUTH_RATE_LIMIT_PER_MINUTE: '1000',
      PORT: String(port),
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      HOST: '127.0.0.1',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitForHealth(baseUrl, child);
  process.env.E2E_BASE_URL = baseUrl;
  // The journeys read mail from the outbox table, as the person reads their own mailbox.
  process.env.E2E_DATA_DIR = dataDir;
  Object.assign(globalThis, { __E2E__: { child, dataDir } });
}

async function waitForHealth(baseUrl: string, child: ReturnType<typeof spawn>): Promise<void> {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`the app exited during start (code ${child.exitCode})`);
    try {
      const response = await fetch(`${baseUrl}/api/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('the app did not become healthy within 90 s');
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address
          ? resolvePort(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}
