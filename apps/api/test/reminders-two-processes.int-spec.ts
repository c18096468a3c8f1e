import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { freePort } from '../src/database/embedded-postgres';
import { closeDatabase, createClientInCare, createPractice, database } from './support/factories';
import { TEST_ENCRYPTION_KEY, testDatabaseUrl } from './support/test-app';

const root = resolve(__dirname, '..', '..', '..');
const main = join(root, 'apps/api/dist/main.js');

/** The built API as `npm start` runs it (jobs in the process), on the shared test database. */
async function startProcess(): Promise<{ child: ChildProcess; exited: Promise<number | null> }> {
  const port = await freePort();
  const child = spawn(process.execPath, [main], {
    cwd: root,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      NODE_ENV: 'test',
      JOBS: 'inline',
      DATABASE_URL: testDatabaseUrl(),
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      WEB_DIST: '/nonexistent',
      ENCRYPTION_KEY: TEST_ENCRYPTION_KEY.toString('hex'),
    },
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  // The worker catches up on what is due before the process listens: healthy means it has.
  for (let attempt = 0; attempt < 240 && child.exitCode === null; attempt++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/health`)).status === 200)
        return { child, exited };
    } catch {
      // not listening yet
    }
    await new Promise((wait) => setTimeout(wait, 250));
  }
  child.kill('SIGKILL');
  throw new Error(`API process never became healthy: ${output}`);
}

describe('reminders with two API processes on one database', () => {
  afterAll(() => closeDatabase());

  it('send a due reminder once, and both stop cleanly', async () => {
    if (!existsSync(main))
      throw new Error(`${main} is missing: run "npm run build" first (npm test does)`);
    const { therapist } = await createPractice();
    const client = await createClientInCare(therapist);
    const data = await database();
    // Due a minute ago: both processes find it when they start.
    await data.query(
      `INSERT INTO reminders (practice_id, client_id, kind, enabled, channel, minute_of_day, days, next_at)
       VALUES ($1, $2, 'checkin', true, 'email', 1200, '{1,2,3,4,5,6,7}', now() - interval '1 minute')`,
      [client.practiceId, client.id],
    );
    const processes = await Promise.all([startProcess(), startProcess()]);
    for (const run of processes) run.child.kill('SIGTERM');
    expect(await Promise.all(processes.map((run) => run.exited))).toEqual([0, 0]);

    const occurrences = await data.query(
      'SELECT outcome FROM reminder_occurrences WHERE client_id = $1',
      [client.id],
    );
    expect(occurrences).toEqual([{ outcome: 'sent' }]);
    const mails = await data.query('SELECT subject FROM outbox_mails WHERE to_address = $1', [
      client.email,
    ]);
    expect(mails).toHaveLength(1);
  });
});
