import { emptyPlanContent, type SafetyPlanContent } from '@oefenruimte/shared';
import {
  as,
  auditRows,
  closeDatabase,
  createClientInCare,
  createPractice,
  login,
  type Session,
} from './support/factories';
import { startTestApp, type TestApp } from './support/test-app';

let keyCounter = 0;
const today = () =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());
const daysBefore = (day: string, n: number) => {
  const date = new Date(`${day}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() - n);
  return date.toISOString().slice(0, 10);
};

/** Orange at tension ≥ 7; red when outside the window of tolerance two days running. */
function planWithRunningRed(): SafetyPlanContent {
  const content = planWith('Mijn kaken staan strak');
  return {
    ...content,
    rood: {
      ...content.rood,
      signals: [
        {
          text: 'Twee dagen buiten mijn raam',
          link: { kind: 'window', state: 'outside', days: 2 },
        },
      ],
    },
  };
}

function planWith(oranjeSignal: string, contact = { name: 'Mijn zus', phone: '06 1234 5678' }) {
  const empty = emptyPlanContent();
  const content: SafetyPlanContent = {
    groen: { ...empty.groen, selfSteps: ['Wandelen met de hond'] },
    oranje: {
      ...empty.oranje,
      signals: [
        {
          text: oranjeSignal,
          link: { kind: 'scale', item: 'tension', comparison: 'atLeast', threshold: 7, days: 1 },
        },
      ],
      selfSteps: ['Koud water over mijn polsen'],
      contacts: [contact],
    },
    rood: { ...empty.rood, otherSteps: ['Blijf bij me, zeg weinig'] },
  };
  return content;
}

describe('signaleringsplan', () => {
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
      client,
      therapistSession: await login(api, therapist),
      clientSession: await login(api, client),
    };
  }

  it('is the client’s own: private until shared, and the share can be taken back', async () => {
    const { client, clientSession, therapistSession } = await pair();
    expect((await as(api, clientSession).get('/api/me/safety-plan')).json()).toEqual({
      plan: null,
    });
    const saved = await as(api, clientSession).put('/api/me/safety-plan', {
      content: planWith('Ik ga harder praten'),
      baseVersion: null,
    });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({ version: 1, shared: false, updatedBy: 'client' });

    const therapistView = () =>
      as(api, therapistSession).get(`/api/clients/${client.id}/safety-plan`);
    const hidden = await therapistView();
    expect(hidden.statusCode).toBe(200);
    expect(hidden.json()).toEqual({ plan: null });
    expect(hidden.body).not.toContain('harder praten');

    const shared = await as(api, clientSession).put('/api/me/safety-plan/sharing', {
      shared: true,
      version: 1,
    });
    expect(shared.json()).toMatchObject({ shared: true, version: 1 });
    expect((await therapistView()).json().plan.content.oranje.signals[0].text).toBe(
      'Ik ga harder praten',
    );

    await as(api, clientSession).put('/api/me/safety-plan/sharing', { shared: false, version: 1 });
    expect((await therapistView()).json()).toEqual({ plan: null });

    // Every look is in the client's log: the therapist's reads and the client's own actions.
    const rows = await auditRows({ subjectId: client.id, event: 'safety-plan.read' });
    expect(rows.filter((row: { basis: string }) => row.basis === 'share')).toHaveLength(3);
  });

  it('keeps every version, and two edits of one version give one 409 that loses nothing', async () => {
    const { clientSession } = await pair();
    const client = as(api, clientSession);
    await client.put('/api/me/safety-plan', { content: planWith('Eerste'), baseVersion: null });
    const [first, second] = await Promise.all([
      client.put('/api/me/safety-plan', { content: planWith('Thuis geschreven'), baseVersion: 1 }),
      client.put('/api/me/safety-plan', { content: planWith('In de sessie'), baseVersion: 1 }),
    ]);
    const statuses = [first.statusCode, second.statusCode].sort();
    expect(statuses).toEqual([200, 409]);
    const won = first.statusCode === 200 ? first : second;
    const lost = first.statusCode === 409 ? first : second;
    // The 409 shows the version that won, so both can be put side by side.
    expect(lost.json()).toMatchObject({ code: 'CONFLICT', current: { version: 2 } });
    expect(lost.json().current.content).toEqual(won.json().content);

    const versions = (await client.get('/api/me/safety-plan/versions')).json();
    expect(versions.map((v: { version: number }) => v.version)).toEqual([2, 1]);
    expect(versions[1].content.oranje.signals[0].text).toBe('Eerste');
  });

  it('names the field and the reason of a bad plan, and stores nothing', async () => {
    const { clientSession } = await pair();
    const content = planWith('Onrustig', { name: 'Huisarts', phone: 'bel maar' });
    const bad = await as(api, clientSession).put('/api/me/safety-plan', {
      content: {
        ...content,
        rood: {
          ...content.rood,
          signals: [
            {
              text: 'Niet slapen',
              link: { kind: 'scale', item: 'sleep', comparison: 'atMost', threshold: 11, days: 1 },
            },
          ],
        },
      },
      baseVersion: null,
    });
    expect(bad.statusCode).toBe(400);
    const fields = bad.json().fields.map((error: { field: string }) => error.field);
    expect(fields).toEqual(
      expect.arrayContaining([
        'content.oranje.contacts.0.phone',
        'content.rood.signals.0.link.threshold',
      ]),
    );
    expect((await as(api, clientSession).get('/api/me/safety-plan')).json()).toEqual({
      plan: null,
    });
    const missingBase = await as(api, clientSession).put('/api/me/safety-plan', {
      content: planWith('x'),
    });
    expect(missingBase.statusCode).toBe(400);
  });

  describe('on the therapist’s overview', () => {
    const checkIn = (session: Session, body: object) =>
      as(api, session).post('/api/me/checkins', {
        day: today(),
        idempotencyKey: `plan-overview-${Date.now()}-${keyCounter++}`,
        ...body,
      });
    const overviewOf = async (session: Session, clientId: string) => {
      const overview = await as(api, session).get('/api/overview');
      expect(overview.statusCode).toBe(200);
      return overview.json().find((row: { clientId: string }) => row.clientId === clientId);
    };
    const savePlan = async (session: Session, share: boolean) => {
      const saved = await as(api, session).put('/api/me/safety-plan', {
        content: planWithRunningRed(),
        baseVersion: null,
      });
      expect(saved.statusCode).toBe(200);
      if (share)
        await as(api, session).put('/api/me/safety-plan/sharing', { shared: true, version: 1 });
    };

    it('shows the phase only while the plan is shared, and drops it when sharing is taken back', async () => {
      const { client, clientSession, therapistSession } = await pair();
      await savePlan(clientSession, false);
      expect((await checkIn(clientSession, { tension: 8, shared: true })).statusCode).toBe(201);
      // A shared check-in, but the plan is the client's own: no phase.
      const before = await overviewOf(therapistSession, client.id);
      expect(before).toMatchObject({ planPhase: null, reasons: ['new-checkins'] });

      await as(api, clientSession).put('/api/me/safety-plan/sharing', { shared: true, version: 1 });
      const shared = await overviewOf(therapistSession, client.id);
      expect(shared.planPhase).toEqual({ phase: 'oranje', day: today() });
      expect(shared.reasons).toEqual(['plan-oranje', 'new-checkins']);

      await as(api, clientSession).put('/api/me/safety-plan/sharing', {
        shared: false,
        version: 1,
      });
      expect(await overviewOf(therapistSession, client.id)).toMatchObject({
        planPhase: null,
        reasons: ['new-checkins'],
      });
    });

    it('never reads it from a private check-in, neither the latest nor a day of a run', async () => {
      const { client, clientSession, therapistSession } = await pair();
      await savePlan(clientSession, true);
      // A private check-in that looks like orange: nothing for the therapist.
      await checkIn(clientSession, { tension: 9, shared: false });
      expect(await overviewOf(therapistSession, client.id)).toMatchObject({
        planPhase: null,
        reasons: [],
      });

      // Red asks for two days running outside the window: yesterday's only one is private.
      const yesterday = daysBefore(today(), 1);
      const privateDay = await checkIn(clientSession, {
        day: yesterday,
        window: 'overprikkeld',
        shared: false,
      });
      await checkIn(clientSession, { window: 'bevroren', tension: 2, shared: true });
      expect((await overviewOf(therapistSession, client.id)).planPhase).toBeNull();

      // Once yesterday's is shared too, the run is there for the therapist, as for the client.
      const patched = await as(api, clientSession).patch(
        `/api/me/checkins/${privateDay.json().id}`,
        { shared: true, version: privateDay.json().version },
      );
      expect(patched.statusCode).toBe(200);
      const red = await overviewOf(therapistSession, client.id);
      expect(red.planPhase).toEqual({ phase: 'rood', day: today() });
      // Red stands with the safety signals, before everything else.
      expect(red.reasons).toEqual(['plan-rood', 'new-checkins']);
    });
  });

  it('is not there for a therapist of another practice, shared or not', async () => {
    const { client, clientSession } = await pair();
    await as(api, clientSession).put('/api/me/safety-plan', {
      content: planWith('Ik trek me terug'),
      baseVersion: null,
    });
    await as(api, clientSession).put('/api/me/safety-plan/sharing', { shared: true, version: 1 });
    const other = await createPractice();
    const stranger = await login(api, other.therapist);
    const refused = await as(api, stranger).get(`/api/clients/${client.id}/safety-plan`);
    expect(refused.statusCode).toBe(404);
    expect(refused.body).not.toContain('terug');
  });
});
