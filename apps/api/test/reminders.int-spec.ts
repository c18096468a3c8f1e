import { ALL_DAYS, LOCK_SCREEN_BODY, LOCK_SCREEN_TITLE } from '@oefenruimte/shared';
import { Clock } from '../src/jobs/clock';
import { localTime } from '../src/reminders/occurrence';
import { ReminderScheduler } from '../src/reminders/reminder-scheduler';
import {
  as,
  closeDatabase,
  createClientInCare,
  createPractice,
  database,
  login,
  type Person,
  type Session,
} from './support/factories';
import { decryptPush, newSubscriber, startPushService } from './support/push-service';
import { startTestApp, type TestApp } from './support/test-app';

const AMS = 'Europe/Amsterdam';

describe('reminders the client owns', () => {
  let api: TestApp;
  /** The time the scheduler sees: set by each test, never waited for. */
  let now = new Date('2026-03-27T12:00:00Z');
  let push: Awaited<ReturnType<typeof startPushService>>;

  async function start(): Promise<TestApp> {
    const app = await startTestApp();
    jest.spyOn(app.app.get(Clock), 'now').mockImplementation(() => now);
    return app;
  }
  const tick = () => api.app.get(ReminderScheduler).tick();

  beforeAll(async () => {
    api = await start();
    push = await startPushService();
  });
  afterAll(async () => {
    await api.close();
    await push.close();
    await closeDatabase();
  });

  async function newClient(): Promise<{ client: Person; session: Session }> {
    const { therapist } = await createPractice();
    const client = await createClientInCare(therapist);
    return { client, session: await login(api, client) };
  }

  function settings(overrides: Record<string, unknown> = {}, reminder: object = {}) {
    return {
      paused: false,
      timeZone: AMS,
      quietStart: null,
      quietEnd: null,
      showDetails: false,
      reminders: [
        {
          kind: 'checkin',
          enabled: true,
          channel: 'email',
          time: '20:00',
          days: ALL_DAYS,
          ...reminder,
        },
      ],
      ...overrides,
    };
  }

  async function occurrences(client: Person) {
    const rows: { occurrence_at: Date; outcome: string }[] = await (
      await database()
    ).query(
      'SELECT occurrence_at, outcome FROM reminder_occurrences WHERE client_id = $1 ORDER BY occurrence_at',
      [client.id],
    );
    return rows.map((r) => ({ at: r.occurrence_at.toISOString(), outcome: r.outcome }));
  }

  async function mails(client: Person) {
    await api.idle();
    return (await database()).query(
      'SELECT subject, text, headers FROM outbox_mails WHERE to_address = $1 ORDER BY created_at',
      [client.email],
    );
  }

  it('has nothing on by default', async () => {
    const { session } = await newClient();
    const response = await as(api, session).get('/api/me/reminders');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ paused: false, timeZone: AMS, showDetails: false });
    expect(response.json().reminders.every((r: { enabled: boolean }) => !r.enabled)).toBe(true);
  });

  it('refuses a time that is not a time and a zone that is not a zone, naming the field', async () => {
    const { session } = await newClient();
    const badTime = await as(api, session).put(
      '/api/me/reminders',
      settings({}, { time: '25:00' }),
    );
    expect(badTime.statusCode).toBe(400);
    expect(JSON.stringify(badTime.json())).toContain('time');
    const badZone = await as(api, session).put(
      '/api/me/reminders',
      settings({ timeZone: 'Mars/Olympus' }),
    );
    expect(badZone.statusCode).toBe(400);
    expect(JSON.stringify(badZone.json())).toContain('timeZone');
  });

  for (const [change, from, expected] of [
    [
      'summer time (last Sunday of March)',
      '2026-03-27T12:00:00Z',
      [
        '2026-03-27T19:00:00.000Z',
        '2026-03-28T19:00:00.000Z',
        '2026-03-29T18:00:00.000Z',
        '2026-03-30T18:00:00.000Z',
      ],
    ],
    [
      'winter time (last Sunday of October)',
      '2026-10-23T12:00:00Z',
      [
        '2026-10-23T18:00:00.000Z',
        '2026-10-24T18:00:00.000Z',
        '2026-10-25T19:00:00.000Z',
        '2026-10-26T19:00:00.000Z',
      ],
    ],
  ] as const) {
    it(`sends a 20:00 reminder at 20:00 Amsterdam time on both sides of ${change}`, async () => {
      now = new Date(from);
      const { client, session } = await newClient();
      const saved = await as(api, session).put('/api/me/reminders', settings());
      expect(saved.statusCode).toBe(200);
      expect(saved.json().reminders[0].nextAt).toBe(expected[0]);
      for (const at of expected) {
        now = new Date(new Date(at).getTime() - 60_000);
        await tick();
        expect((await occurrences(client)).map((o) => o.at)).not.toContain(at);
        now = new Date(at);
        await tick();
      }
      const sent = await occurrences(client);
      expect(sent).toEqual(expected.map((at) => ({ at, outcome: 'sent' })));
      expect(sent.map((o) => localTime(new Date(o.at), AMS).minute)).toEqual([
        1200, 1200, 1200, 1200,
      ]);
      expect(await mails(client)).toHaveLength(4);
    });
  }

  it('holds a reminder back in quiet hours and while paused ("even niets")', async () => {
    now = new Date('2026-12-07T12:00:00Z'); // Monday; 20:00 Amsterdam is 19:00 UTC
    const quiet = await newClient();
    await as(api, quiet.session).put(
      '/api/me/reminders',
      settings({ quietStart: '19:30', quietEnd: '07:00' }),
    );
    const paused = await newClient();
    await as(api, paused.session).put('/api/me/reminders', settings({ paused: true }));
    expect(
      (await as(api, paused.session).get('/api/me/reminders')).json().reminders[0].nextAt,
    ).toBeNull();

    now = new Date('2026-12-07T19:00:00Z');
    await tick();
    expect(await occurrences(quiet.client)).toEqual([
      { at: '2026-12-07T19:00:00.000Z', outcome: 'held-quiet' },
    ]);
    expect(await occurrences(paused.client)).toEqual([
      { at: '2026-12-07T19:00:00.000Z', outcome: 'held-paused' },
    ]);
    expect(await mails(quiet.client)).toHaveLength(0);
    expect(await mails(paused.client)).toHaveLength(0);

    // Unpaused, the next evening goes again.
    await as(api, paused.session).put('/api/me/reminders', settings());
    now = new Date('2026-12-08T19:00:00Z');
    await tick();
    expect((await occurrences(paused.client)).at(-1)).toEqual({
      at: '2026-12-08T19:00:00.000Z',
      outcome: 'sent',
    });
    expect(await mails(paused.client)).toHaveLength(1);
  });

  it('sends an occurrence once across a restart, even when the restart finds it due again', async () => {
    now = new Date('2026-12-09T12:00:00Z');
    const { client, session } = await newClient();
    await as(api, session).put('/api/me/reminders', settings());
    now = new Date('2026-12-09T19:00:30Z');
    await tick();
    await api.close();
    api = await start();
    await tick();
    // As if the process had stopped after sending but before moving the reminder on.
    await (
      await database()
    ).query("UPDATE reminders SET next_at = '2026-12-09T19:00:00Z' WHERE client_id = $1", [
      client.id,
    ]);
    await tick();
    expect(await occurrences(client)).toEqual([
      { at: '2026-12-09T19:00:00.000Z', outcome: 'sent' },
    ]);
    expect(await mails(client)).toHaveLength(1);
  });

  it('sends a check-in reminder missed while down if under two hours late, skips it after', async () => {
    now = new Date('2026-12-10T12:00:00Z');
    const late = await newClient();
    const tooLate = await newClient();
    await as(api, late.session).put('/api/me/reminders', settings());
    await as(api, tooLate.session).put('/api/me/reminders', settings());
    // Only the first is due at 20:00 + 90 minutes (the second's row is held past it).
    await (
      await database()
    ).query("UPDATE reminders SET next_at = '2026-12-10T18:00:00Z' WHERE client_id = $1", [
      tooLate.client.id,
    ]);
    now = new Date('2026-12-10T20:30:00Z');
    await tick();
    expect(await occurrences(late.client)).toEqual([
      { at: '2026-12-10T19:00:00.000Z', outcome: 'sent' },
    ]);
    expect(await occurrences(tooLate.client)).toEqual([
      { at: '2026-12-10T18:00:00.000Z', outcome: 'skipped-late' },
    ]);
    expect(await mails(late.client)).toHaveLength(1);
    expect(await mails(tooLate.client)).toHaveLength(0);
    // Both move on to tomorrow at 20:00.
    const [{ next_at }] = await (
      await database()
    ).query('SELECT next_at FROM reminders WHERE client_id = $1', [tooLate.client.id]);
    expect(next_at.toISOString()).toBe('2026-12-11T19:00:00.000Z');
  });

  it('pushes an encrypted payload that holds no client data, and drops a subscription that is gone', async () => {
    now = new Date('2026-12-14T12:00:00Z');
    const { client, session } = await newClient();
    const key = await as(api, session).get('/api/reminders/vapid-public-key');
    expect(key.statusCode).toBe(200);
    expect(key.json().publicKey).toMatch(/^[A-Za-z0-9_-]{80,}$/);
    const phone = newSubscriber();
    const old = newSubscriber();
    const added = await as(api, session).post('/api/me/push-devices', {
      endpoint: push.url(`/ok/${client.id}`),
      keys: phone.keys,
      label: 'telefoon',
    });
    expect(added.statusCode).toBe(201);
    const gone = await as(api, session).post('/api/me/push-devices', {
      endpoint: push.url(`/gone/${client.id}`),
      keys: old.keys,
    });
    expect(gone.statusCode).toBe(201);
    await as(api, session).put('/api/me/reminders', settings({}, { channel: 'push' }));

    now = new Date('2026-12-14T19:00:00Z');
    await tick();
    const received = push.received.filter((r) => r.path === `/ok/${client.id}`);
    expect(received).toHaveLength(1);
    const [request] = received;
    expect(request!.headers['content-encoding']).toBe('aes128gcm');
    expect(String(request!.headers.authorization)).toMatch(/^vapid t=.+, k=.+/);
    const plain = decryptPush(request!.body, phone);
    expect(request!.body.includes(Buffer.from(LOCK_SCREEN_BODY))).toBe(false);
    expect(JSON.parse(plain)).toMatchObject({ title: LOCK_SCREEN_TITLE, body: LOCK_SCREEN_BODY });
    for (const secret of [client.name, client.email, client.id, 'check-in', 'Check-in'])
      expect(plain).not.toContain(secret);

    const history = (await as(api, session).get('/api/me/reminders/history')).json();
    expect(history.devices.map((d: { label: string }) => d.label)).toEqual(['telefoon']);
    expect(history.lastSentAt).not.toBeNull();
    expect(history.items.map((i: { outcome: string }) => i.outcome).sort()).toEqual([
      'removed',
      'sent',
    ]);
  });

  it('shows a device that keeps failing to the client, and removes one on request', async () => {
    const { client, session } = await newClient();
    const device = (
      await as(api, session).post('/api/me/push-devices', {
        endpoint: push.url(`/busy/${client.id}`),
        keys: newSubscriber().keys,
      })
    ).json();
    for (let i = 0; i < 3; i++) {
      const test = await as(api, session).post('/api/me/reminders/test', { deviceId: device.id });
      expect(test.statusCode).toBe(200);
      expect(test.json().outcome).not.toBe('sent');
    }
    const history = (await as(api, session).get('/api/me/reminders/history')).json();
    expect(history.devices).toEqual([
      expect.objectContaining({ id: device.id, failing: true, failures: 3 }),
    ]);

    const other = await newClient();
    expect(
      (await as(api, other.session).delete(`/api/me/push-devices/${device.id}`)).statusCode,
    ).toBe(404);
    expect((await as(api, session).delete(`/api/me/push-devices/${device.id}`)).statusCode).toBe(
      204,
    );
    expect((await as(api, session).get('/api/me/reminders/history')).json().devices).toEqual([]);
  });

  it('mails with a one-click unsubscribe that stops that reminder without a login, and nothing else', async () => {
    now = new Date('2026-12-15T12:00:00Z');
    const { client, session } = await newClient();
    await as(api, session).put('/api/me/reminders', {
      ...settings(),
      reminders: [
        { kind: 'checkin', enabled: true, channel: 'email', time: '20:00', days: ALL_DAYS },
        { kind: 'homework', enabled: true, channel: 'email', time: '09:00', days: ALL_DAYS },
      ],
    });
    now = new Date('2026-12-15T19:00:00Z');
    await tick();
    const [mail] = await mails(client);
    expect(mail.headers['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');
    const link = /^<(.+)>$/.exec(mail.headers['List-Unsubscribe'])![1]!;
    expect(mail.text).toContain(link);
    expect(mail.text).not.toContain(client.name);
    const path = new URL(link).pathname;
    const signature = path.split('/').at(-1)!;

    // Opening the link (or a mail scanner following it) changes nothing.
    const opened = await api.inject({ method: 'GET', url: path });
    expect([opened.statusCode, opened.body]).toEqual([200, expect.stringContaining('<form')]);
    expect((await as(api, session).get('/api/me/reminders')).json().reminders[0].enabled).toBe(
      true,
    );
    // A changed token opens nothing.
    const forged = `${path.slice(0, -3)}${signature.endsWith('AAA') ? 'BBB' : 'AAA'}`;
    expect((await api.inject({ method: 'POST', url: forged })).statusCode).toBe(404);
    // Nor does the signature of one reminder on another (the homework reminder of the same client).
    const [{ id: homeworkId }] = await (
      await database()
    ).query("SELECT id FROM reminders WHERE client_id = $1 AND kind = 'homework'", [client.id]);
    const parts = path.split('/');
    parts[parts.length - 2] = homeworkId;
    expect((await api.inject({ method: 'POST', url: parts.join('/') })).statusCode).toBe(404);
    // The token is no session: it does not reach the client's data.
    expect(
      (
        await api.inject({
          method: 'GET',
          url: '/api/me/reminders',
          headers: { cookie: `session=${signature}` },
        })
      ).statusCode,
    ).toBe(401);

    // The mail program's one-click POST (RFC 8058): no login, no CSRF header, a form body.
    const stop = await api.inject({
      method: 'POST',
      url: path,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'List-Unsubscribe=One-Click',
    });
    expect(stop.statusCode).toBe(200);
    const after = (await as(api, session).get('/api/me/reminders')).json();
    expect(after.reminders.find((r: { kind: string }) => r.kind === 'checkin').enabled).toBe(false);
    expect(after.reminders.find((r: { kind: string }) => r.kind === 'homework').enabled).toBe(true);

    now = new Date('2026-12-16T19:00:00Z');
    await tick();
    expect(
      (await mails(client)).filter((m: { text: string }) => m.text.includes('stilstaan')),
    ).toHaveLength(1);
  });

  it('audits reading and changing the settings as the client’s own data', async () => {
    const { client, session } = await newClient();
    await as(api, session).get('/api/me/reminders');
    await as(api, session).put('/api/me/reminders', settings());
    const rows = await (
      await database()
    ).query(
      "SELECT event FROM audit_events WHERE subject_id = $1 AND event LIKE 'reminders.%' ORDER BY seq",
      [client.id],
    );
    expect(rows.map((r: { event: string }) => r.event)).toEqual([
      'reminders.read',
      'reminders.update',
    ]);
  });
});
