import {
  as,
  assignedThroughApi,
  auditRows,
  builtInModule,
  closeDatabase,
  createClientInCare,
  createPractice,
  database,
  login,
  type Session,
} from './support/factories';
import { BuiltInModulesSync } from '../src/library/built-in-modules.sync';
import { startTestApp, type TestApp } from './support/test-app';

const FEITEN_ENTRY = {
  id: 'entry-0001',
  fields: {
    'wat-gebeurde-er': 'Hij las mijn berichten zonder te vragen.',
    'hoe-voelde-het': 'Klein en bang.',
  },
};

describe('homework: assigning, doing, sharing, feedback', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(async () => {
    await api.close();
    await closeDatabase();
  });

  const setup = () =>
    assignedThroughApi(api, { note: 'Kijk vooral naar stap 2, in je eigen tempo.' });

  async function startDraft(session: Session, assignmentId: string) {
    const started = await as(api, session).post(`/api/me/assignments/${assignmentId}/responses`);
    expect(started.statusCode).toBe(200);
    return started.json() as { id: string; version: number };
  }

  it('shows the client the assignment with the note, the module version and an empty draft', async () => {
    const { clientSession, assignmentId } = await setup();
    const list = await as(api, clientSession).get('/api/me/assignments');
    expect(list.json()).toEqual([
      expect.objectContaining({
        id: assignmentId,
        note: 'Kijk vooral naar stap 2, in je eigen tempo.',
        rhythm: 'daily',
        state: 'open',
      }),
    ]);
    const draft = await startDraft(clientSession, assignmentId);
    const again = await startDraft(clientSession, assignmentId);
    expect(again.id).toBe(draft.id);
    const detail = await as(api, clientSession).get(`/api/me/assignments/${assignmentId}`);
    expect(detail.json().content.slug).toBe('ontwennen');
    expect(detail.json().draft.id).toBe(draft.id);
  });

  it('autosaves changed steps, keeps the place, and refuses answers that do not fit, naming the field', async () => {
    const { clientSession, assignmentId } = await setup();
    const draft = await startDraft(clientSession, assignmentId);
    const saved = await as(api, clientSession).patch(`/api/me/responses/${draft.id}`, {
      answers: { 'mijn-gedachten': 'Misschien overdrijf ik.' },
      position: 'wanneer-trekt-het',
      version: draft.version,
    });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({
      version: draft.version + 1,
      position: 'wanneer-trekt-het',
      answers: { 'mijn-gedachten': 'Misschien overdrijf ik.' },
    });

    const client = as(api, clientSession);
    const bad = async (answers: object) =>
      (
        await client.patch(`/api/me/responses/${draft.id}`, { answers, version: draft.version + 1 })
      ).json();
    expect(
      (await bad({ 'wanneer-trekt-het': { selected: ['onbekend'] } })).fields[0].field,
    ).toMatch(/^answers\.wanneer-trekt-het/);
    expect((await bad({ 'bestaat-niet': 'x' })).fields).toEqual([
      expect.objectContaining({ field: 'answers.bestaat-niet', constraint: 'knownStep' }),
    ]);
    expect((await bad({ 'mijn-gedachten': 'x'.repeat(2001) })).fields[0].field).toBe(
      'answers.mijn-gedachten',
    );
    expect((await bad({ spiegel: { 'zorgen-om-vriend': 7 } })).fields[0].field).toMatch(
      /^answers\.spiegel/,
    );
    // Nothing of a refused save was stored.
    const stored = (await client.get(`/api/me/responses/${draft.id}`)).json();
    expect(stored.version).toBe(draft.version + 1);
    expect(Object.keys(stored.answers)).toEqual(['mijn-gedachten']);
  });

  it('gives one of two concurrent saves on the same version a 409 with what is stored; nothing is lost silently', async () => {
    const { clientSession, assignmentId } = await setup();
    const draft = await startDraft(clientSession, assignmentId);
    const url = `/api/me/responses/${draft.id}`;
    const [a, b] = await Promise.all([
      as(api, clientSession).patch(url, {
        answers: { 'mijn-gedachten': 'uit tab A' },
        version: draft.version,
      }),
      as(api, clientSession).patch(url, {
        answers: { 'mijn-gedachten': 'uit tab B' },
        version: draft.version,
      }),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
    const [winner, loser] = a.statusCode === 200 ? [a, b] : [b, a];
    expect(loser.json()).toMatchObject({
      code: 'CONFLICT',
      current: { version: draft.version + 1, answers: winner.json().answers },
    });
    // The loser can choose and save again on the current version.
    const retry = await as(api, clientSession).patch(url, {
      answers: { 'mijn-gedachten': 'gekozen' },
      version: loser.json().current.version,
    });
    expect(retry.statusCode).toBe(200);
  });

  it('submits idempotently, shares only what was chosen, and lets the client take a share back', async () => {
    const { client, clientSession, therapistSession, assignmentId } = await setup();
    const draft = await startDraft(clientSession, assignmentId);
    const filled = await as(api, clientSession).patch(`/api/me/responses/${draft.id}`, {
      answers: {
        'mijn-gedachten': 'ANTWOORD-geheim-42',
        feiten: [FEITEN_ENTRY],
        'wanneer-trekt-het': { selected: ['leegte'] },
      },
      version: draft.version,
    });
    const body = {
      idempotencyKey: 'submit-key-0001',
      version: filled.json().version,
      share: ['mijn-gedachten', 'wanneer-trekt-het'],
      discuss: ['wanneer-trekt-het'],
    };
    const first = await as(api, clientSession).post(`/api/me/responses/${draft.id}/submit`, body);
    const retry = await as(api, clientSession).post(`/api/me/responses/${draft.id}/submit`, body);
    expect(first.statusCode).toBe(200);
    expect(retry.statusCode).toBe(200);
    expect(retry.json().submittedAt).toBe(first.json().submittedAt);
    const other = await as(api, clientSession).post(`/api/me/responses/${draft.id}/submit`, {
      ...body,
      share: ['feiten'],
    });
    expect(other.statusCode).toBe(422);
    const [{ count }] = await (
      await database()
    ).query(
      'SELECT count(*)::int FROM responses WHERE assignment_id = $1 AND submitted_at IS NOT NULL',
      [assignmentId],
    );
    expect(count).toBe(1);

    const therapist = as(api, therapistSession);
    const list = await therapist.get(`/api/clients/${client.id}/responses`);
    expect(list.json()).toEqual([
      expect.objectContaining({ id: draft.id, sharedSteps: 2, discussSteps: 1 }),
    ]);
    const seen = await therapist.get(`/api/clients/${client.id}/responses/${draft.id}`);
    expect(seen.json().steps.map((s: { stepId: string }) => s.stepId)).toEqual([
      'mijn-gedachten',
      'wanneer-trekt-het',
    ]);
    expect(seen.body).not.toContain('Hij las mijn berichten');
    expect(seen.json().steps[1].discuss).toBe(true);

    const unshared = await as(api, clientSession).put(`/api/me/responses/${draft.id}/marks`, {
      share: ['wanneer-trekt-het'],
      discuss: [],
    });
    expect(unshared.statusCode).toBe(200);
    const after = await therapist.get(`/api/clients/${client.id}/responses/${draft.id}`);
    expect(after.body).not.toContain('ANTWOORD-geheim-42');
    expect(after.json().steps.map((s: { stepId: string }) => s.stepId)).toEqual([
      'wanneer-trekt-het',
    ]);

    await as(api, clientSession).put(`/api/me/responses/${draft.id}/marks`, {
      share: [],
      discuss: [],
    });
    expect(
      (await therapist.get(`/api/clients/${client.id}/responses/${draft.id}`)).statusCode,
    ).toBe(404);
    expect((await therapist.get(`/api/clients/${client.id}/responses`)).json()).toEqual([]);
  });

  it('lets the therapist give feedback on a shared answer, which the client sees with it', async () => {
    const { client, clientSession, therapistSession, assignmentId } = await setup();
    const draft = await startDraft(clientSession, assignmentId);
    const filled = await as(api, clientSession).patch(`/api/me/responses/${draft.id}`, {
      answers: { 'mijn-gedachten': 'Het trekt vooral s avonds.' },
      version: draft.version,
    });
    await as(api, clientSession).post(`/api/me/responses/${draft.id}/submit`, {
      idempotencyKey: 'submit-key-0002',
      version: filled.json().version,
      share: ['mijn-gedachten'],
      discuss: [],
    });
    const url = `/api/clients/${client.id}/responses/${draft.id}/feedback`;
    const feedback = await as(api, therapistSession).post(url, {
      stepId: 'mijn-gedachten',
      text: 'Goed dat je dit opmerkt.',
    });
    expect(feedback.statusCode).toBe(201);
    const onPrivate = await as(api, therapistSession).post(url, { stepId: 'feiten', text: 'x' });
    expect(onPrivate.statusCode).toBe(400);
    expect(onPrivate.json().fields[0].field).toBe('stepId');

    const detail = await as(api, clientSession).get(`/api/me/assignments/${assignmentId}`);
    expect(detail.json().submitted[0].feedback).toEqual([
      expect.objectContaining({ stepId: 'mijn-gedachten', text: 'Goed dat je dit opmerkt.' }),
    ]);
    expect(await auditRows({ subjectId: client.id, event: 'feedback.create' })).toHaveLength(1);
  });

  it('shows the therapist the state of each assignment, and lets them pause it (with a stale write refused)', async () => {
    const { client, clientSession, therapistSession, assignmentId } = await setup();
    const therapist = as(api, therapistSession);
    expect((await therapist.get(`/api/clients/${client.id}/assignments`)).json()[0].state).toBe(
      'open',
    );
    await startDraft(clientSession, assignmentId);
    expect((await therapist.get(`/api/clients/${client.id}/assignments`)).json()[0].state).toBe(
      'in-progress',
    );
    const paused = await therapist.patch(`/api/clients/${client.id}/assignments/${assignmentId}`, {
      status: 'paused',
      version: 1,
    });
    expect(paused.json().state).toBe('paused');
    const stale = await therapist.patch(`/api/clients/${client.id}/assignments/${assignmentId}`, {
      status: 'active',
      version: 1,
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().current.status).toBe('paused');
    const withdrawn = await therapist.patch(
      `/api/clients/${client.id}/assignments/${assignmentId}`,
      { status: 'withdrawn', version: 2 },
    );
    expect(withdrawn.statusCode).toBe(200);
    expect((await as(api, clientSession).get('/api/me/assignments')).json()).toEqual([]);
  });

  it("does not let another client reach someone else's draft", async () => {
    const { therapist, clientSession, assignmentId } = await setup();
    const other = await login(api, await createClientInCare(therapist));
    const draft = await startDraft(clientSession, assignmentId);
    expect((await as(api, other).get(`/api/me/responses/${draft.id}`)).statusCode).toBe(404);
    expect(
      (await as(api, other).patch(`/api/me/responses/${draft.id}`, { answers: {}, version: 1 }))
        .statusCode,
    ).toBe(404);
    expect((await as(api, other).get(`/api/me/assignments/${assignmentId}`)).statusCode).toBe(404);
  });
});

describe('module library', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(async () => {
    await api.close();
    await closeDatabase();
  });

  it('lists the six built-in modules for every practice, searchable', async () => {
    const session = await login(api, (await createPractice()).therapist);
    const all = (await as(api, session).get('/api/library/modules')).json();
    expect(
      all
        .filter((m: { builtIn: boolean }) => m.builtIn)
        .map((m: { slug: string }) => m.slug)
        .sort(),
    ).toEqual([
      'aantrekken-en-afstoten',
      'duivelse-dialogen',
      'grensoefeningen',
      'grenzen-stellen',
      'ontwennen',
      'verbindingsstijlen',
    ]);
    const found = (await as(api, session).get('/api/library/modules?q=ontwen')).json();
    expect(found.map((m: { slug: string }) => m.slug)).toEqual(['ontwennen']);
  });

  it('does not make a new version of a built-in module when the app starts again', async () => {
    const before = await (await database()).query('SELECT count(*)::int AS n FROM module_versions');
    // Run the start-up sync again on the running app (a second app in this process would take
    // over passport's strategy registry).
    await api.app.get(BuiltInModulesSync).onApplicationBootstrap();
    const after = await (await database()).query('SELECT count(*)::int AS n FROM module_versions');
    expect(after[0].n).toBe(before[0].n);
  });

  it('copies a module, edits and publishes it; an assignment keeps the version it was given', async () => {
    const { therapist } = await createPractice();
    const client = await createClientInCare(therapist);
    const session = await login(api, therapist);
    const therapistApi = as(api, session);
    const { moduleId } = await builtInModule('grenzen-stellen');
    const copy = (await therapistApi.post('/api/library/modules', { copyFrom: moduleId })).json();
    expect(copy).toMatchObject({
      slug: 'grenzen-stellen-kopie',
      builtIn: false,
      status: 'draft',
      publishedVersion: null,
    });

    const edited = { ...copy.draft, title: 'Grenzen stellen, mijn versie' };
    const saved = await therapistApi.put(`/api/library/modules/${copy.id}/draft`, {
      content: edited,
      version: copy.version,
    });
    expect(saved.statusCode).toBe(200);
    const stale = await therapistApi.put(`/api/library/modules/${copy.id}/draft`, {
      content: edited,
      version: copy.version,
    });
    expect(stale.statusCode).toBe(409);

    const v1 = (
      await therapistApi.post(`/api/library/modules/${copy.id}/publish`, {
        version: saved.json().version,
      })
    ).json();
    expect(v1.publishedVersion).toBe(1);
    const assignment = (
      await therapistApi.post(`/api/clients/${client.id}/assignments`, {
        moduleId: copy.id,
        rhythm: 'once',
      })
    ).json();

    const second = await therapistApi.put(`/api/library/modules/${copy.id}/draft`, {
      content: { ...edited, title: 'Tweede versie' },
      version: v1.version,
    });
    await therapistApi.post(`/api/library/modules/${copy.id}/publish`, {
      version: second.json().version,
    });

    const clientSession = await login(api, client);
    const detail = (
      await as(api, clientSession).get(`/api/me/assignments/${assignment.id}`)
    ).json();
    expect(detail.content.title).toBe('Grenzen stellen, mijn versie');
    expect(detail.assignment.moduleVersion).toBe(1);
  });

  it('refuses content that breaks the schema, naming the field, and stores nothing', async () => {
    const session = await login(api, (await createPractice()).therapist);
    const created = (await as(api, session).post('/api/library/modules', {})).json();
    const broken = {
      ...created.draft,
      steps: [
        {
          id: 'schaal',
          kind: 'scale',
          prompt: 'Hoe gespannen?',
          min: 10,
          max: 0,
          minLabel: 'rustig',
          maxLabel: 'erg',
        },
      ],
    };
    const response = await as(api, session).put(`/api/library/modules/${created.id}/draft`, {
      content: broken,
      version: created.version,
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().fields.map((f: { field: string }) => f.field)).toContain(
      'content.steps.0.max',
    );
    const stored = (await as(api, session).get(`/api/library/modules/${created.id}`)).json();
    expect(stored.version).toBe(created.version);
    expect(stored.draft.steps[0].kind).toBe('explanation');
  });

  it("keeps a practice's own modules to that practice, and built-ins read-only", async () => {
    const mine = await login(api, (await createPractice()).therapist);
    const theirs = await login(api, (await createPractice()).therapist);
    const created = (await as(api, mine).post('/api/library/modules', {})).json();
    expect((await as(api, theirs).get(`/api/library/modules/${created.id}`)).statusCode).toBe(404);
    expect((await as(api, theirs).get('/api/library/modules')).body).not.toContain(created.id);
    const { moduleId } = await builtInModule('ontwennen');
    const builtIn = (await as(api, mine).get(`/api/library/modules/${moduleId}`)).json();
    const edit = await as(api, mine).put(`/api/library/modules/${moduleId}/draft`, {
      content: builtIn.draft,
      version: builtIn.version,
    });
    expect(edit.statusCode).toBe(403);
  });
});
