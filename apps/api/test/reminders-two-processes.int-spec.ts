import { assertApiBuilt, startHealthyApi } from './support/api-process';
import { closeDatabase, createClientInCare, createPractice, database } from './support/factories';

/** The built API as `npm start` runs it (jobs in the process), on the shared test database. */
const startProcess = () => startHealthyApi({ JOBS: 'inline' });

describe('reminders with two API processes on one database', () => {
  afterAll(() => closeDatabase());

  it('send a due reminder once, and both stop cleanly', async () => {
    assertApiBuilt();
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
