import { ALL_DAYS } from '@oefenruimte/shared';
import { Clock } from '../src/jobs/clock';
import { ReminderScheduler } from '../src/reminders/reminder-scheduler';
import {
  as,
  builtInModule,
  closeDatabase,
  createClientInCare,
  createPractice,
  database,
  login,
  type Person,
  type Session,
} from './support/factories';
import { startTestApp, type TestApp } from './support/test-app';

const AMS = 'Europe/Amsterdam';

/** Homework and afspraak reminders, and a therapist's suggestion that waits for the client. */
describe('reminders per kind', () => {
  let api: TestApp;
  /** The time the scheduler sees: set by each test, never waited for. */
  let now = new Date('2026-12-14T12:00:00Z');
  const tick = () => api.app.get(ReminderScheduler).tick();

  beforeAll(async () => {
    api = await startTestApp();
    jest.spyOn(api.app.get(Clock), 'now').mockImplementation(() => now);
  });
  afterAll(async () => {
    await api.close();
    await closeDatabase();
  });

  async function newClient() {
    const { therapist } = await createPractice();
    const client = await createClientInCare(therapist);
    return {
      therapist,
      client,
      session: await login(api, client),
      therapistSession: await login(api, therapist),
    };
  }

  function settings(...reminders: object[]) {
    return {
      paused: false,
      timeZone: AMS,
      quietStart: null,
      quietEnd: null,
      showDetails: false,
      reminders: reminders.map((r) => ({ enabled: true, channel: 'email', days: ALL_DAYS, ...r })),
    };
  }

  async function assign(therapistSession: Session, client: Person, body: object) {
    const { moduleId } = await builtInModule('ontwennen');
    const response = await as(api, therapistSession).post(`/api/clients/${client.id}/assignments`, {
      moduleId,
      ...body,
    });
    expect(response.statusCode).toBe(201);
    return response.json().id as string;
  }

  async function occurrences(client: Person, kind: string) {
    const rows: { occurrence_at: Date; outcome: string }[] = await (
      await database()
    ).query(
      `SELECT o.occurrence_at, o.outcome FROM reminder_occurrences o JOIN reminders r ON r.id = o.reminder_id
        WHERE o.client_id = $1 AND r.kind = $2 ORDER BY o.occurrence_at`,
      [client.id, kind],
    );
    return rows.map((r) => ({ at: r.occurrence_at.toISOString(), outcome: r.outcome }));
  }

  async function mails(client: Person) {
    await api.idle();
    const rows: { text: string }[] = await (
      await database()
    ).query('SELECT text FROM outbox_mails WHERE to_address = $1 ORDER BY created_at', [
      client.email,
    ]);
    return rows.map((r) => r.text);
  }

  async function ticksAt(...instants: string[]) {
    for (const at of instants) {
      now = new Date(at);
      await tick();
    }
  }

  it('reminds of homework with a due date the day before and on the day, not before or after', async () => {
    now = new Date('2026-12-14T12:00:00Z'); // Monday
    const { client, session, therapistSession } = await newClient();
    await assign(therapistSession, client, { rhythm: 'once', dueDate: '2026-12-17' });
    const saved = await as(api, session).put(
      '/api/me/reminders',
      settings({ kind: 'homework', time: '09:00' }),
    );
    expect(saved.statusCode).toBe(200);
    // 09:00 in Amsterdam is 08:00 UTC in winter.
    await ticksAt(
      '2026-12-15T08:00:00Z',
      '2026-12-16T08:00:00Z',
      '2026-12-17T08:00:00Z',
      '2026-12-18T08:00:00Z',
    );
    expect(await occurrences(client, 'homework')).toEqual([
      { at: '2026-12-15T08:00:00.000Z', outcome: 'skipped-nothing' },
      { at: '2026-12-16T08:00:00.000Z', outcome: 'sent' },
      { at: '2026-12-17T08:00:00.000Z', outcome: 'sent' },
      { at: '2026-12-18T08:00:00.000Z', outcome: 'skipped-nothing' },
    ]);
    const sent = await mails(client);
    expect(sent).toHaveLength(2);
    expect(sent.every((text) => text.includes('oefening voor je klaar'))).toBe(true);
  });

  it('reminds of homework on its rhythm, and not once it is handed in for that day', async () => {
    now = new Date('2026-12-14T12:00:00Z'); // Monday
    const { client, session, therapistSession } = await newClient();
    const assignmentId = await assign(therapistSession, client, {
      rhythm: 'weekdays',
      weekdays: [2, 4],
    });
    await as(api, session).put('/api/me/reminders', settings({ kind: 'homework', time: '19:00' }));
    await ticksAt('2026-12-14T18:00:00Z', '2026-12-15T18:00:00Z');
    // Handed in on Thursday morning: Thursday's reminder stays quiet.
    await (
      await database()
    ).query(
      `INSERT INTO responses (practice_id, assignment_id, client_id, answers, submitted_at)
       VALUES ($1, $2, $3, '{}', '2026-12-17T08:00:00Z')`,
      [client.practiceId, assignmentId, client.id],
    );
    await ticksAt('2026-12-16T18:00:00Z', '2026-12-17T18:00:00Z');
    expect((await occurrences(client, 'homework')).map((o) => o.outcome)).toEqual([
      'skipped-nothing', // Monday: not one of its days
      'sent', // Tuesday
      'skipped-nothing', // Wednesday
      'skipped-nothing', // Thursday, done already
    ]);
    expect(await mails(client)).toHaveLength(1);
  });

  it('reminds of the afspraken in the week after the review that made them', async () => {
    now = new Date('2026-12-14T12:00:00Z');
    const { therapist, client, session } = await newClient();
    const data = await database();
    const [review] = await data.query(
      `INSERT INTO reviews (practice_id, client_id, therapist_id, period_start, period_end, created_at)
       VALUES ($1, $2, $3, '2026-12-01', '2026-12-14', '2026-12-14T10:00:00Z') RETURNING id`,
      [client.practiceId, client.id, therapist.id],
    );
    await data.query(
      `INSERT INTO agreements (review_id, practice_id, client_id, text) VALUES ($1, $2, $3, 'Elke avond even wandelen')`,
      [review.id, client.practiceId, client.id],
    );
    const saved = await as(api, session).put(
      '/api/me/reminders',
      settings({ kind: 'agreement', time: '19:00', days: [2, 7] }),
    );
    expect(saved.statusCode).toBe(200);
    expect(
      saved.json().reminders.find((r: { kind: string }) => r.kind === 'agreement').nextAt,
    ).toBe('2026-12-15T18:00:00.000Z');
    await ticksAt('2026-12-15T18:00:00Z', '2026-12-20T18:00:00Z', '2026-12-22T18:00:00Z');
    expect(await occurrences(client, 'agreement')).toEqual([
      { at: '2026-12-15T18:00:00.000Z', outcome: 'sent' },
      { at: '2026-12-20T18:00:00.000Z', outcome: 'sent' },
      { at: '2026-12-22T18:00:00.000Z', outcome: 'skipped-nothing' },
    ]);
    const sent = await mails(client);
    expect(sent).toHaveLength(2);
    expect(sent.join('\n')).not.toContain('wandelen');
  });

  it('keeps a suggested reminder from firing until the client accepts it', async () => {
    now = new Date('2026-12-14T12:00:00Z');
    const { client, session, therapistSession } = await newClient();
    const assignmentId = await assign(therapistSession, client, {
      rhythm: 'daily',
      reminder: { time: '18:30', days: ALL_DAYS },
    });
    const before = (await as(api, session).get('/api/me/reminders')).json();
    expect(before.reminders.every((r: { enabled: boolean }) => !r.enabled)).toBe(true);
    expect(before.suggestions).toEqual([
      expect.objectContaining({ assignmentId, time: '18:30', days: [...ALL_DAYS] }),
    ]);
    const [suggestion] = before.suggestions;

    await ticksAt('2026-12-14T17:30:00Z');
    expect(await occurrences(client, 'homework')).toEqual([]);
    expect(await mails(client)).toEqual([]);

    // Only the client it was made for can answer it.
    const other = await newClient();
    expect(
      (
        await as(api, other.session).post(`/api/me/reminders/suggestions/${suggestion.id}/accept`, {
          channel: 'email',
        })
      ).statusCode,
    ).toBe(404);
    const badChannel = await as(api, session).post(
      `/api/me/reminders/suggestions/${suggestion.id}/accept`,
      { channel: 'pigeon' },
    );
    expect(badChannel.statusCode).toBe(400);
    expect(JSON.stringify(badChannel.json())).toContain('channel');

    const accepted = await as(api, session).post(
      `/api/me/reminders/suggestions/${suggestion.id}/accept`,
      { channel: 'email' },
    );
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json().suggestions).toEqual([]);
    expect(
      accepted.json().reminders.find((r: { kind: string }) => r.kind === 'homework'),
    ).toMatchObject({
      enabled: true,
      time: '18:30',
      channel: 'email',
      nextAt: '2026-12-15T17:30:00.000Z',
    });
    // Answered once: a second answer is stale.
    expect(
      (await as(api, session).post(`/api/me/reminders/suggestions/${suggestion.id}/decline`))
        .statusCode,
    ).toBe(409);

    await ticksAt('2026-12-15T17:30:00Z');
    expect(await occurrences(client, 'homework')).toEqual([
      { at: '2026-12-15T17:30:00.000Z', outcome: 'sent' },
    ]);
    expect(await mails(client)).toHaveLength(1);
  });

  it('drops a declined suggestion and changes nothing else', async () => {
    now = new Date('2026-12-14T12:00:00Z');
    const { client, session, therapistSession } = await newClient();
    await assign(therapistSession, client, {
      rhythm: 'daily',
      reminder: { time: '08:00', days: [1, 2, 3] },
    });
    const [suggestion] = (await as(api, session).get('/api/me/reminders')).json().suggestions;
    const declined = await as(api, session).post(
      `/api/me/reminders/suggestions/${suggestion.id}/decline`,
    );
    expect(declined.statusCode).toBe(200);
    expect(declined.json().suggestions).toEqual([]);
    expect(declined.json().reminders.every((r: { enabled: boolean }) => !r.enabled)).toBe(true);
    await ticksAt('2026-12-15T07:00:00Z');
    expect(await occurrences(client, 'homework')).toEqual([]);
  });

  it('refuses a suggestion without days or with a time that is no time, naming the field', async () => {
    const { client, therapistSession } = await newClient();
    const { moduleId } = await builtInModule('ontwennen');
    for (const reminder of [
      { time: '18:30', days: [] },
      { time: '7 uur', days: [1] },
    ]) {
      const response = await as(api, therapistSession).post(
        `/api/clients/${client.id}/assignments`,
        { moduleId, rhythm: 'daily', reminder },
      );
      expect(response.statusCode).toBe(400);
      expect(JSON.stringify(response.json())).toMatch(/reminder\.(days|time)/);
    }
  });
});
