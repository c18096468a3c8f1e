import { emptyPlanContent } from '@oefenruimte/shared';
import { DataSource } from 'typeorm';
import {
  as,
  closeDatabase,
  createAssignment,
  createCheckin,
  createClientInCare,
  createPractice,
  createSafetyPlan,
  database,
  login,
  type Session,
} from './support/factories';
import { countQueries } from './support/query-counter';
import { startTestApp, type TestApp } from './support/test-app';

let keyCounter = 0;
const key = () => `checkin-key-${Date.now()}-${keyCounter++}`;
const today = () =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());

describe('daily check-ins', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(async () => {
    await api.close();
    await closeDatabase();
  });

  async function pair() {
    const { therapist } = await createPractice();
    const client = await createClientInCare(therapist);
    return {
      therapist,
      client,
      therapistSession: await login(api, therapist),
      clientSession: await login(api, client),
    };
  }
  const checkIn = (session: Session, body: object) =>
    as(api, session).post('/api/me/checkins', { day: today(), idempotencyKey: key(), ...body });

  it('keeps a check-in private by default, and shares it only when chosen', async () => {
    const { client, clientSession, therapistSession } = await pair();
    const privateOne = await checkIn(clientSession, { tension: 3, mood: 6, note: 'Rustige dag.' });
    expect(privateOne.statusCode).toBe(201);
    expect(privateOne.json()).toMatchObject({ shared: false, danger: false, tension: 3 });
    const sharedOne = await checkIn(clientSession, {
      tension: 5,
      shared: true,
      discuss: true,
      window: 'overprikkeld',
    });
    expect(sharedOne.json().shared).toBe(true);

    const seen = (await as(api, therapistSession).get(`/api/clients/${client.id}/checkins`)).json();
    expect(seen.items.map((c: { id: string }) => c.id)).toEqual([sharedOne.json().id]);
    expect(seen.privateCount).toBeNull();
    expect(JSON.stringify(seen)).not.toContain('Rustige dag');
  });

  it('tells the private count only when the client allows it, and follows the default share setting', async () => {
    const { client, clientSession, therapistSession } = await pair();
    await as(api, clientSession).put('/api/me/checkin-preferences', {
      shareByDefault: true,
      showPrivateCount: true,
    });
    expect((await checkIn(clientSession, { tension: 2 })).json().shared).toBe(true);
    await checkIn(clientSession, { tension: 2, shared: false });
    const seen = (await as(api, therapistSession).get(`/api/clients/${client.id}/checkins`)).json();
    expect(seen.items).toHaveLength(1);
    expect(seen.privateCount).toBe(1);
  });

  it('takes a share back from the next request on', async () => {
    const { client, clientSession, therapistSession } = await pair();
    const created = (await checkIn(clientSession, { tension: 4, shared: true })).json();
    const unshared = await as(api, clientSession).patch(`/api/me/checkins/${created.id}`, {
      shared: false,
      version: created.version,
    });
    expect(unshared.json().shared).toBe(false);
    expect(
      (await as(api, therapistSession).get(`/api/clients/${client.id}/checkins`)).json().items,
    ).toEqual([]);
  });

  it('submits idempotently: a retry makes one row, the same key with another body gets 422', async () => {
    const { clientSession } = await pair();
    const body = { day: today(), idempotencyKey: key(), tension: 6 };
    const first = await as(api, clientSession).post('/api/me/checkins', body);
    const retry = await as(api, clientSession).post('/api/me/checkins', body);
    expect(retry.json().id).toBe(first.json().id);
    const other = await as(api, clientSession).post('/api/me/checkins', { ...body, tension: 7 });
    expect(other.statusCode).toBe(422);
    expect((await as(api, clientSession).get('/api/me/checkins')).json()).toHaveLength(1);
  });

  it.each([
    ['a value off the scale', { tension: 11 }, 'tension'],
    ['an unknown field', { clientId: '00000000-0000-0000-0000-000000000000' }, 'clientId'],
    ['an oversized note', { note: 'x'.repeat(2001) }, 'note'],
    ['a date in the future', { day: '2999-01-01' }, 'day'],
    ['an unknown window', { window: 'ergens' }, 'window'],
    ['an off-scale module item', { items: { urge: -1 } }, 'items.urge'],
  ])('refuses %s, naming the field, and stores nothing', async (_kind, body, field) => {
    const { clientSession } = await pair();
    const response = await checkIn(clientSession, body);
    expect(response.statusCode).toBe(400);
    expect(response.json().fields.map((f: { field: string }) => f.field)).toContain(field);
    expect((await as(api, clientSession).get('/api/me/checkins')).json()).toEqual([]);
  });

  it('refuses a stale edit with 409 and the current version', async () => {
    const { clientSession } = await pair();
    const created = (await checkIn(clientSession, { tension: 4 })).json();
    await as(api, clientSession).patch(`/api/me/checkins/${created.id}`, {
      tension: 5,
      version: created.version,
    });
    const stale = await as(api, clientSession).patch(`/api/me/checkins/${created.id}`, {
      tension: 6,
      version: created.version,
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().current).toMatchObject({ tension: 5, version: created.version + 1 });
  });

  it('flags danger for the safety question or tension at the top, and puts a shared one first in the overview until seen', async () => {
    const { therapist } = await createPractice();
    const calm = await createClientInCare(therapist);
    const worried = await createClientInCare(therapist);
    const therapistSession = await login(api, therapist);
    await createCheckin(calm, { shared: true, tension: 3 });
    const worriedSession = await login(api, worried);
    const yes = (await checkIn(worriedSession, { safetyConcern: true, shared: true })).json();
    expect(yes.danger).toBe(true);
    expect((await checkIn(worriedSession, { tension: 10 })).json().danger).toBe(true);

    const overview = (await as(api, therapistSession).get('/api/overview')).json();
    expect(overview[0]).toMatchObject({
      clientId: worried.id,
      reasons: expect.arrayContaining(['safety']),
    });
    expect(overview[0].unseenSafety).toEqual([expect.objectContaining({ checkinId: yes.id })]);

    const seen = await as(api, therapistSession).post(
      `/api/clients/${worried.id}/checkins/${yes.id}/seen`,
    );
    expect(seen.statusCode).toBe(204);
    const after = (await as(api, therapistSession).get('/api/overview')).json();
    expect(
      after.find((c: { clientId: string }) => c.clientId === worried.id).reasons,
    ).not.toContain('safety');
  });

  it('orders the overview by need: rising tension, overdue homework and items to discuss show up', async () => {
    const { therapist } = await createPractice();
    const rising = await createClientInCare(therapist);
    const overdue = await createClientInCare(therapist);
    const quiet = await createClientInCare(therapist);
    const day = (offset: number) =>
      new Date(Date.now() - offset * 86_400_000).toISOString().slice(0, 10);
    for (const offset of [10, 9, 8]) await createCheckin(rising, { day: day(offset), tension: 3 });
    for (const offset of [3, 2, 1])
      await createCheckin(rising, { day: day(offset), tension: 7, discuss: offset === 1 });
    const assignmentId = await createAssignment(therapist, overdue);
    await (
      await database()
    ).query('UPDATE assignments SET due_date = current_date - 2 WHERE id = $1', [assignmentId]);
    await createCheckin(quiet, { shared: false, tension: 9 });

    const overview = (await as(api, await login(api, therapist)).get('/api/overview')).json();
    const byId = new Map(overview.map((o: { clientId: string }) => [o.clientId, o]));
    expect(byId.get(rising.id)).toMatchObject({
      tensionRecent: 7,
      tensionBefore: 3,
      reasons: expect.arrayContaining(['rising-tension', 'discuss']),
    });
    expect(byId.get(overdue.id)).toMatchObject({ overdueAssignments: 1, reasons: ['overdue'] });
    // A private check-in leaves no trace in the overview, not even a count.
    expect(byId.get(quiet.id)).toMatchObject({ reasons: [], newCheckins: 0, tensionRecent: null });
    expect(overview[overview.length - 1].clientId).toBe(quiet.id);
  });

  it('answers the overview with a fixed number of queries, whether 2 or 40 clients with a year of check-ins and shared plans', async () => {
    const dataSource = api.app.get(DataSource);
    const empty = emptyPlanContent();
    // Each client shares a signaleringsplan whose orange phase the latest shared check-in (tension 0) matches.
    const plan = {
      ...empty,
      oranje: {
        ...empty.oranje,
        signals: [
          {
            text: 'Ik voel bijna niets',
            link: { kind: 'scale', item: 'tension', comparison: 'atMost', threshold: 3, days: 1 },
          },
        ],
      },
    };
    const measure = async (clients: number, days: number) => {
      const { therapist } = await createPractice();
      const data = await database();
      for (let i = 0; i < clients; i++) {
        const client = await createClientInCare(therapist);
        await createSafetyPlan(client, plan);
        await data.query(
          `INSERT INTO checkins (practice_id, client_id, day, tension, shared, shared_at, danger, submit_key, submit_hash)
           SELECT $1, $2, current_date - d, (d % 11), d % 3 = 0, CASE WHEN d % 3 = 0 THEN now() END, d = 5, 'bulk-' || d, '\\x00'
             FROM generate_series(0, $3 - 1) AS d`,
          [therapist.practiceId, client.id, days],
        );
      }
      const session = await login(api, therapist);
      const { result, queries } = await countQueries(dataSource, () =>
        as(api, session).get('/api/overview'),
      );
      expect(result.json()).toHaveLength(clients);
      expect(
        result.json().map((row: { planPhase: { phase: string } | null }) => row.planPhase?.phase),
      ).toEqual(Array(clients).fill('oranje'));
      return queries.length;
    };
    const small = await measure(2, 30);
    const large = await measure(40, 365);
    // The counter sees the session lookup, the overview's own queries and the audit insert.
    expect(small).toBeGreaterThanOrEqual(5);
    expect(large).toBe(small);
    expect(large).toBeLessThanOrEqual(10);
  });
});
