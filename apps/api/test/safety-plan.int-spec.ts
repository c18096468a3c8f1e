import { emptyPlanContent, type SafetyPlan, type SafetyPlanContent } from '@oefenruimte/shared';
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
    expect(hidden.json()).toEqual({ plan: null, suggestions: [] });
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
    expect((await therapistView()).json()).toEqual({ plan: null, suggestions: [] });

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

  describe('suggestions from the therapist', () => {
    async function sharedPlan() {
      const people = await pair();
      await as(api, people.clientSession).put('/api/me/safety-plan', {
        content: planWith('Ik ga harder praten'),
        baseVersion: null,
      });
      await as(api, people.clientSession).put('/api/me/safety-plan/sharing', {
        shared: true,
        version: 1,
      });
      const suggest = (content: SafetyPlanContent, baseVersion = 1, note?: string) =>
        as(api, people.therapistSession).post(
          `/api/clients/${people.client.id}/safety-plan/suggestions`,
          { content, baseVersion, note },
        );
      const therapistView = async () =>
        (
          await as(api, people.therapistSession).get(`/api/clients/${people.client.id}/safety-plan`)
        ).json();
      return { ...people, suggest, therapistView };
    }

    it('never change the plan by themselves: the client accepts, and the therapist sees it', async () => {
      const { client, clientSession, suggest, therapistView } = await sharedPlan();
      const suggested = await suggest(
        planWith('Ik ga harder praten en slaap slecht'),
        1,
        ' Zoals we dinsdag bespraken. ',
      );
      expect(suggested.statusCode).toBe(201);
      expect(suggested.json()).toMatchObject({
        status: 'open',
        baseVersion: 1,
        note: 'Zoals we dinsdag bespraken.',
      });
      // The plan is as the client left it; the suggestion waits beside it.
      const mine = (await as(api, clientSession).get('/api/me/safety-plan')).json().plan;
      expect(mine).toMatchObject({ version: 1 });
      expect(mine.content.oranje.signals[0].text).toBe('Ik ga harder praten');
      const waiting = (await as(api, clientSession).get('/api/me/safety-plan/suggestions')).json();
      expect(waiting).toEqual([
        expect.objectContaining({ id: suggested.json().id, status: 'open' }),
      ]);

      const accepted = await as(api, clientSession).post(
        `/api/me/safety-plan/suggestions/${suggested.json().id}/accept`,
        { planVersion: 1 },
      );
      expect(accepted.statusCode).toBe(200);
      expect(accepted.json()).toMatchObject({ version: 2, updatedBy: 'therapist-suggestion' });
      expect(accepted.json().content.oranje.signals[0].text).toBe(
        'Ik ga harder praten en slaap slecht',
      );
      const seen = await therapistView();
      expect(seen.plan.version).toBe(2);
      expect(seen.suggestions).toEqual([
        expect.objectContaining({ status: 'accepted', acceptedVersion: 2 }),
      ]);
      // Decided is decided: a second accept is a 409, not a third version.
      const again = await as(api, clientSession).post(
        `/api/me/safety-plan/suggestions/${suggested.json().id}/accept`,
        { planVersion: 2 },
      );
      expect(again.statusCode).toBe(409);
      const versions = (await as(api, clientSession).get('/api/me/safety-plan/versions')).json();
      expect(versions.map((v: { version: number }) => v.version)).toEqual([2, 1]);
      const rows = await auditRows({ subjectId: client.id, event: 'safety-plan.suggest' });
      expect(rows).toEqual([expect.objectContaining({ basis: 'share', outcome: 'success' })]);
    });

    it('can be declined: the plan stays, the therapist sees no; a newer one replaces an open one', async () => {
      const { clientSession, suggest, therapistView } = await sharedPlan();
      const first = (await suggest(planWith('Eerste voorstel'))).json();
      const second = (await suggest(planWith('Tweede voorstel'))).json();
      const declined = await as(api, clientSession).post(
        `/api/me/safety-plan/suggestions/${second.id}/decline`,
      );
      expect(declined.statusCode).toBe(200);
      expect(declined.json()).toMatchObject({ status: 'declined' });
      expect((await as(api, clientSession).get('/api/me/safety-plan')).json().plan.version).toBe(1);
      const seen = await therapistView();
      expect(seen.suggestions.map((s: { id: string; status: string }) => [s.id, s.status])).toEqual(
        [
          [second.id, 'declined'],
          [first.id, 'replaced'],
        ],
      );
    });

    it('only while the plan is shared, from the version the therapist read', async () => {
      const { client, clientSession, suggest, therapistView } = await sharedPlan();
      const stale = await suggest(planWith('Oud'), 2);
      expect(stale.statusCode).toBe(409);
      expect(stale.json()).toMatchObject({ code: 'CONFLICT', current: { version: 1 } });
      const bad = await suggest(planWith('Goed', { name: 'Huisarts', phone: 'bel maar' }));
      expect(bad.statusCode).toBe(400);
      const fields = bad.json().fields.map((f: { field: string }) => f.field);
      expect([...new Set(fields)]).toEqual(['content.oranje.contacts.0.phone']);
      await suggest(planWith('Een voorstel'));

      await as(api, clientSession).put('/api/me/safety-plan/sharing', {
        shared: false,
        version: 1,
      });
      expect(await therapistView()).toEqual({ plan: null, suggestions: [] });
      const refused = await suggest(planWith('Nog een voorstel'));
      expect(refused.statusCode).toBe(404);
      // The client still has what was suggested while it was shared, and only that.
      const mine = (await as(api, clientSession).get('/api/me/safety-plan/suggestions')).json();
      expect(
        mine.map((s: { content: SafetyPlanContent }) => s.content.oranje.signals[0]!.text),
      ).toEqual(['Een voorstel']);

      const stranger = await login(api, (await createPractice()).therapist);
      const foreign = await as(api, stranger).post(
        `/api/clients/${client.id}/safety-plan/suggestions`,
        { content: planWith('Van buiten'), baseVersion: 1 },
      );
      expect(foreign.statusCode).toBe(404);
    });

    it('accepted after the plan moved on: 409 showing both, and nothing is lost', async () => {
      const { clientSession, suggest } = await sharedPlan();
      const suggestion = (await suggest(planWith('Voorstel van de therapeut'))).json();
      const edited = await as(api, clientSession).put('/api/me/safety-plan', {
        content: planWith('Zelf aangepast'),
        baseVersion: 1,
      });
      expect(edited.json().version).toBe(2);

      const accept = (planVersion: number) =>
        as(api, clientSession).post(`/api/me/safety-plan/suggestions/${suggestion.id}/accept`, {
          planVersion,
        });
      const conflict = await accept(1);
      expect(conflict.statusCode).toBe(409);
      const { plan, suggestion: shown } = conflict.json().current;
      expect(plan).toMatchObject({ version: 2 });
      expect(plan.content.oranje.signals[0].text).toBe('Zelf aangepast');
      expect(shown).toMatchObject({ id: suggestion.id, status: 'open', baseVersion: 1 });
      expect(shown.content.oranje.signals[0].text).toBe('Voorstel van de therapeut');

      // Having seen both, the client may still take it: a new version, the others kept.
      const taken = await accept(2);
      expect(taken.statusCode).toBe(200);
      expect(taken.json().version).toBe(3);
      const versions = (await as(api, clientSession).get('/api/me/safety-plan/versions')).json();
      expect(
        versions.map((v: SafetyPlan) => [v.version, v.content.oranje.signals[0]!.text]),
      ).toEqual([
        [3, 'Voorstel van de therapeut'],
        [2, 'Zelf aangepast'],
        [1, 'Ik ga harder praten'],
      ]);
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
