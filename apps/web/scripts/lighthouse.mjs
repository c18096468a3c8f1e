// `npm run lighthouse`: Lighthouse 12.2.3 (mobile preset: a mid-range phone on a slow 4G
// connection, simulated) on the landing, login and check-in pages of the built app, served by
// the built API on a throw-away built-in PostgreSQL in demo mode. Prints performance,
// accessibility and layout shift per page and exits 1 below the goals
// (performance ≥ 90, accessibility 100, CLS < 0.1). Needs `npm run build` first.
// LIGHTHOUSE_REPORTS=<dir> keeps each page's full report there (JSON), to see where time goes.
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(new URL('.', import.meta.url).pathname, '..', '..', '..');
const main = join(root, 'apps/api/dist/main.js');
const GOALS = { performance: 90, accessibility: 100, cls: 0.1 };
const DEMO_CLIENT = { email: 'sanne@demo.oefenruimte.nl', password: 'stap-voor-stap-verder' };

function freePort() {
  return new Promise((done) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => done(port));
    });
  });
}

async function startApi(port, dataDir) {
  const child = spawn(process.execPath, [main], {
    cwd: root,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      MODE: 'demo',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  for (let attempt = 0; attempt < 240; attempt++) {
    if (child.exitCode !== null) throw new Error('the API stopped while starting');
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/health`)).ok) return child;
    } catch {
      // not listening yet
    }
    await new Promise((wait) => setTimeout(wait, 250));
  }
  throw new Error('the API did not become healthy');
}

async function demoClientCookie(base) {
  const response = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-oefenruimte-csrf': '1' },
    body: JSON.stringify(DEMO_CLIENT),
  });
  if (!response.ok) throw new Error(`demo client login failed: ${response.status}`);
  return (response.headers.get('set-cookie') ?? '').split(';')[0];
}

async function audit(name, url, port, cookie) {
  const result = await lighthouse(
    url,
    {
      port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility'],
      extraHeaders: cookie ? { cookie } : undefined,
    },
    undefined,
  );
  if (process.env.LIGHTHOUSE_REPORTS)
    writeFileSync(
      join(process.env.LIGHTHOUSE_REPORTS, `${name.replace(/\W+/g, '-')}.json`),
      JSON.stringify(result.lhr),
    );
  const { categories, audits } = result.lhr;
  return {
    performance: Math.round(categories.performance.score * 100),
    accessibility: Math.round(categories.accessibility.score * 100),
    cls: Number(audits['cumulative-layout-shift'].numericValue.toFixed(3)),
    'LCP s': Number((audits['largest-contentful-paint'].numericValue / 1000).toFixed(1)),
    'TBT ms': Math.round(audits['total-blocking-time'].numericValue),
    failing: Object.values(audits)
      .filter((a) => a.scoreDisplayMode === 'binary' && a.score === 0)
      .map((a) => a.id)
      .join(' '),
  };
}

async function run() {
  if (!existsSync(main)) throw new Error(`${main} is missing: run "npm run build" first`);
  const dataDir = mkdtempSync(join(tmpdir(), 'oefenruimte-lighthouse-'));
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const api = await startApi(port, dataDir);
  const chrome = await launch({
    chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    chromeFlags: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
    ],
  });
  try {
    const cookie = await demoClientCookie(base);
    const pages = [
      ['landing', `${base}/`, undefined],
      ['login', `${base}/inloggen`, undefined],
      ['check-in (client)', `${base}/mijn/check-in`, cookie],
    ];
    const rows = {};
    for (const [name, url, pageCookie] of pages)
      rows[name] = await audit(name, url, chrome.port, pageCookie);
    console.table(rows);
    if (process.env.LIGHTHOUSE_SUMMARY)
      writeFileSync(process.env.LIGHTHOUSE_SUMMARY, JSON.stringify(rows, null, 2));
    const short = Object.entries(rows).filter(
      ([, r]) =>
        r.performance < GOALS.performance ||
        r.accessibility < GOALS.accessibility ||
        r.cls >= GOALS.cls,
    );
    if (short.length > 0) {
      console.error(
        `below the goals (performance ≥ ${GOALS.performance}, accessibility ${GOALS.accessibility}, CLS < ${GOALS.cls}): ${short.map(([n]) => n).join(', ')}`,
      );
      process.exitCode = 1;
    }
  } finally {
    await chrome.kill();
    api.kill('SIGTERM');
    await new Promise((done) => api.once('exit', done));
    rmSync(dataDir, { recursive: true, force: true });
  }
}

run().catch((error) => {
  console.error(`lighthouse: ${error.message}`);
  process.exit(1);
});
