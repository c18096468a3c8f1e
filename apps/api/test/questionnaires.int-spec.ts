import {
  DEMO_ANSWER_SYSTEM,
  type Questionnaire,
  STRESS_CHECK_QUESTIONNAIRE,
} from '@oefenruimte/shared';
import { randomUUID } from 'node:crypto';
import {
  as,
  auditRows,
  closeDatabase,
  createCheckin,
  createClientInCare,
  createPractice,
  login,
} from './support/factories';
import { startTestApp, type TestApp } from './support/test-app';

/** The demo instrument with three faults, each in its own item. */
function brokenQuestionnaire(): Questionnaire {
  const items = STRESS_CHECK_QUESTIONNAIRE.item!.map((item) => ({ ...item }));
  // Item 2 lost the score of its first answer option.
  items[2] = {
    ...items[2]!,
    answerOption: items[2]!.answerOption!.map((option, index) =>
      index === 0 ? { valueCoding: option.valueCoding } : option,
    ),
  };
  // Item 4 takes free text, which we cannot score.
  items[4] = { linkId: 'vrije-tekst', text: 'Vertel', type: 'string' };
  // Item 5 repeats the linkId of item 1.
  items[5] = { ...items[5]!, linkId: 'spanning-lijf' };
  return { ...STRESS_CHECK_QUESTIONNAIRE, item: items };
}

describe('questionnaires (ROM)', () => {
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

  /** Imports the demo instrument and assigns it; returns the assignment id. */
  async function assigned(
    p: Awaited<ReturnType<typeof pair>>,
    everyDays: number | null = null,
  ): Promise<string> {
    const therapist = as(api, p.therapistSession);
    let imported = await therapist.post('/api/questionnaires', {
      questionnaire: STRESS_CHECK_QUESTIONNAIRE,
    });
    if (imported.statusCode === 409)
      imported = { ...imported, json: () => imported.json().current };
    else expect(imported.statusCode).toBe(201);
    const assignment = await therapist.post(`/api/clients/${p.client.id}/questionnaires`, {
      questionnaireId: imported.json().id,
      everyDays,
    });
    expect(assignment.statusCode).toBe(201);
    return assignment.json().id;
  }

  it('refuses a Questionnaire it cannot score, with a reason per item, and stores nothing', async () => {
    const { therapistSession } = await pair();
    const therapist = as(api, therapistSession);
    const refused = await therapist.post('/api/questionnaires', {
      questionnaire: brokenQuestionnaire(),
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().code).toBe('VALIDATION_FAILED');
    const fields = refused.json().fields as { field: string; constraint: string }[];
    expect(fields).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'item.piekeren', constraint: 'ORDINAL_MISSING' }),
        expect.objectContaining({ field: 'item.vrije-tekst', constraint: 'TYPE_UNSUPPORTED' }),
        expect.objectContaining({ field: 'item.spanning-lijf', constraint: 'LINK_ID_DUPLICATE' }),
      ]),
    );
    // Not a Questionnaire at all, or no object: a 400 naming the field, never a 500.
    const notOne = await therapist.post('/api/questionnaires', {
      questionnaire: { resourceType: 'Patient' },
    });
    expect(notOne.json().fields).toEqual([
      expect.objectContaining({ field: 'questionnaire', constraint: 'NOT_A_QUESTIONNAIRE' }),
    ]);
    const noObject = await therapist.post('/api/questionnaires', { questionnaire: 'tekst' });
    expect(noObject.statusCode).toBe(400);
    expect(noObject.json().fields[0].field).toBe('questionnaire');
    expect((await therapist.get('/api/questionnaires')).json()).toEqual([]);
  });

  it('imports once per url and version, and the library is the practice’s own', async () => {
    const { therapistSession } = await pair();
    const therapist = as(api, therapistSession);
    const first = await therapist.post('/api/questionnaires', {
      questionnaire: STRESS_CHECK_QUESTIONNAIRE,
    });
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({ profileId: 'stress-check', itemCount: 6 });
    const again = await therapist.post('/api/questionnaires', {
      questionnaire: STRESS_CHECK_QUESTIONNAIRE,
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().current.id).toBe(first.json().id);
    const other = await pair();
    expect((await as(api, other.therapistSession).get('/api/questionnaires')).json()).toEqual([]);
    // A questionnaire of another practice cannot be assigned.
    const foreign = await as(api, other.therapistSession).post(
      `/api/clients/${other.client.id}/questionnaires`,
      { questionnaireId: first.json().id, everyDays: null },
    );
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().fields[0].field).toBe('questionnaireId');
  });

  it('pauses and resumes a draft, 409s a stale one, submits once per key and scores it', async () => {
    const p = await pair();
    const assignmentId = await assigned(p);
    const client = as(api, p.clientSession);

    const list = (await client.get('/api/me/questionnaires')).json();
    expect(list).toEqual([
      expect.objectContaining({
        due: true,
        draft: null,
        assignment: expect.objectContaining({ id: assignmentId, title: 'Stress-check' }),
      }),
    ]);
    const detail = (await client.get(`/api/me/questionnaires/${assignmentId}`)).json();
    expect(detail.questionnaire.url).toBe(STRESS_CHECK_QUESTIONNAIRE.url);

    const draftUrl = `/api/me/questionnaires/${assignmentId}/draft`;
    const first = await client.put(draftUrl, { answers: [3, null], version: null });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ status: 'in-progress', version: 1, score: null });
    const second = await client.put(draftUrl, { answers: [3, 2, 1], version: 1 });
    expect(second.json().version).toBe(2);
    // Another device still holding version 1: a 409 with what is stored, nothing lost.
    const stale = await client.put(draftUrl, { answers: [0], version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({
      code: 'CONFLICT',
      current: { version: 2, answers: [3, 2, 1, null, null, null] },
    });
    const resumed = (await client.get(`/api/me/questionnaires/${assignmentId}`)).json();
    expect(resumed.draftAnswers).toEqual([3, 2, 1, null, null, null]);
    expect(resumed.draft).toMatchObject({ version: 2, answered: 3 });

    // Bad answers name the item and the reason.
    const bad = await client.put(draftUrl, { answers: [3, 2, 9], version: 2 });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().fields).toEqual([expect.objectContaining({ field: 'answers.2' })]);
    const notNumbers = await client.put(draftUrl, { answers: ['veel'], version: 2 });
    expect(notNumbers.statusCode).toBe(400);
    expect(notNumbers.json().fields[0].field).toBe('answers');

    // Item 5 skipped: 3 + 2 + (4 − 1) + 2 + 0 = 10 over five items, prorated to 10/5 × 6 = 12.
    const body = { answers: [3, 2, 1, 2, null, 0], version: 2, idempotencyKey: randomUUID() };
    const submitUrl = `/api/me/questionnaires/${assignmentId}/submit`;
    const sent = await client.post(submitUrl, body);
    expect(sent.statusCode).toBe(201);
    const total = sent.json().score.scales[0];
    expect(total).toMatchObject({ score: 12, answered: 5, missing: 1, prorated: true });
    expect(total.band.label).toBe('Wat stress');
    expect(sent.json()).toMatchObject({ status: 'completed', shared: false });
    expect(sent.json().score.safety).toBe(false);

    const retry = await client.post(submitUrl, body);
    expect(retry.statusCode).toBe(201);
    expect(retry.json().id).toBe(sent.json().id);
    const reused = await client.post(submitUrl, { ...body, answers: [0, 0, 0, 0, 0, 0] });
    expect(reused.statusCode).toBe(422);
    expect(reused.json().code).toBe('IDEMPOTENCY_KEY_REUSED');
    // A one-off is done once sent.
    const twice = await client.post(submitUrl, {
      ...body,
      version: null,
      idempotencyKey: randomUUID(),
    });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().code).toBe('ALREADY_SUBMITTED');
    expect((await client.get('/api/me/questionnaires')).json()[0]).toMatchObject({
      due: false,
      draft: null,
    });

    const results = (await client.get('/api/me/questionnaire-results')).json();
    expect(results.map((r: { id: string }) => r.id)).toEqual([sent.json().id]);
  });

  it('keeps a private result from the therapist until the client shares it', async () => {
    const p = await pair();
    const assignmentId = await assigned(p);
    const sent = await as(api, p.clientSession).post(
      `/api/me/questionnaires/${assignmentId}/submit`,
      { answers: [1, 1, 3, 1, 1, 0], version: null, idempotencyKey: randomUUID() },
    );
    const id = sent.json().id as string;
    const therapistView = () =>
      as(api, p.therapistSession).get(`/api/clients/${p.client.id}/questionnaires`);
    const hidden = await therapistView();
    expect(hidden.statusCode).toBe(200);
    expect(hidden.json().results).toEqual([]);
    expect(hidden.body).not.toContain(id);
    expect(hidden.json().assignments[0].id).toBe(assignmentId);
    // The instrument comes along, so each shared answer can be shown with its question.
    const instruments = hidden.json().instruments as Record<string, { url: string }>;
    expect(Object.values(instruments).map((q) => q.url)).toEqual([STRESS_CHECK_QUESTIONNAIRE.url]);

    const shared = await as(api, p.clientSession).put(
      `/api/me/questionnaire-results/${id}/sharing`,
      {
        shared: true,
      },
    );
    expect(shared.json()).toMatchObject({ id, shared: true });
    const visible = (await therapistView()).json().results;
    expect(visible).toEqual([expect.objectContaining({ id, shared: true })]);
    // 1 + 1 + (4 − 3) + 1 + 1 + 0 = 5: "Weinig stress".
    expect(visible[0].score.scales[0]).toMatchObject({
      score: 5,
      band: { label: 'Weinig stress' },
    });

    await as(api, p.clientSession).put(`/api/me/questionnaire-results/${id}/sharing`, {
      shared: false,
    });
    expect((await therapistView()).json().results).toEqual([]);
    const reads = await auditRows({ subjectId: p.client.id, event: 'questionnaire.read' });
    expect(reads).toHaveLength(3);
    expect(reads.every((r: { basis: string }) => r.basis === 'share')).toBe(true);
  });

  it('makes a critical answer a safety signal, on the overview only once shared', async () => {
    const p = await pair();
    // A second client with new check-ins, so the overview has something to order.
    const other = await createClientInCare(p.therapist);
    await createCheckin(other, { shared: true });
    const assignmentId = await assigned(p, 28);
    // Item 6 (thoughts of hurting oneself) answered 2: 4+4+(4−0)+4+4+2 = 22, "Veel stress".
    const sent = await as(api, p.clientSession).post(
      `/api/me/questionnaires/${assignmentId}/submit`,
      { answers: [4, 4, 0, 4, 4, 2], version: null, idempotencyKey: randomUUID() },
    );
    expect(sent.json().score).toMatchObject({ safety: true, criticalItems: [6] });
    expect(sent.json().score.scales[0]).toMatchObject({
      score: 22,
      band: { label: 'Veel stress' },
    });

    const overview = async () =>
      (await as(api, p.therapistSession).get('/api/overview')).json() as {
        clientId: string;
        reasons: string[];
        questionnaireSafety: number;
      }[];
    const before = await overview();
    expect(before.find((o) => o.clientId === p.client.id)).toMatchObject({
      reasons: [],
      questionnaireSafety: 0,
    });
    expect(before[0]!.clientId).toBe(other.id);

    await as(api, p.clientSession).put(`/api/me/questionnaire-results/${sent.json().id}/sharing`, {
      shared: true,
    });
    const after = await overview();
    expect(after[0]).toMatchObject({
      clientId: p.client.id,
      reasons: ['questionnaire-safety'],
      questionnaireSafety: 1,
    });

    // The rhythm moved on four weeks; a later result shows a reliable change (22 → 4: RCI −7.1).
    const assignment = (await as(api, p.clientSession).get('/api/me/questionnaires')).json()[0];
    expect(assignment.due).toBe(false);
    expect(assignment.assignment.everyDays).toBe(28);
    const later = await as(api, p.clientSession).post(
      `/api/me/questionnaires/${assignmentId}/submit`,
      { answers: [1, 1, 3, 1, 0, 0], version: null, idempotencyKey: randomUUID() },
    );
    expect(later.json().changes).toEqual([
      { scaleId: 'total', previous: 22, current: 4, verdict: 'better' },
    ]);
  });

  it('answers a therapist of another practice with a 404 and a refused row in the client’s log', async () => {
    const p = await pair();
    const assignmentId = await assigned(p);
    const { therapist: foreign } = await createPractice();
    const foreignSession = await login(api, foreign);
    const read = await as(api, foreignSession).get(`/api/clients/${p.client.id}/questionnaires`);
    expect(read.statusCode).toBe(404);
    const stop = await as(api, foreignSession).post(
      `/api/clients/${p.client.id}/questionnaires/${assignmentId}/stop`,
    );
    expect(stop.statusCode).toBe(404);
    const refused = (await auditRows({ actorId: foreign.id })).filter(
      (r: { outcome: string }) => r.outcome === 'refused',
    );
    expect(refused).toEqual([
      expect.objectContaining({
        subject_id: p.client.id,
        basis: 'none',
        event: 'questionnaire.read',
      }),
      expect.objectContaining({
        subject_id: p.client.id,
        basis: 'none',
        event: 'questionnaire.stop',
      }),
    ]);
  });

  it('puts every response in the export, also as a FHIR QuestionnaireResponse', async () => {
    const p = await pair();
    const assignmentId = await assigned(p, 28);
    await as(api, p.clientSession).post(`/api/me/questionnaires/${assignmentId}/submit`, {
      answers: [2, null, 2, 2, 2, 0],
      version: null,
      idempotencyKey: randomUUID(),
    });
    const exported = (await as(api, p.clientSession).get('/api/me/export')).json();
    const [response] = exported.questionnaires.responses;
    expect(response).toMatchObject({ title: 'Stress-check', status: 'completed', shared: false });
    expect(response.questionnaireResponse).toMatchObject({
      resourceType: 'QuestionnaireResponse',
      questionnaire: STRESS_CHECK_QUESTIONNAIRE.url,
      status: 'completed',
    });
    // The skipped item is left out, as FHIR wants; the others carry their coding.
    const items = response.questionnaireResponse.item as { linkId: string; answer: unknown[] }[];
    expect(items.map((i) => i.linkId)).toEqual([
      'spanning-lijf',
      'tot-rust',
      'van-slag',
      'te-veel',
      'mezelf-pijn',
    ]);
    expect(items[0]!.answer).toEqual([{ valueCoding: { system: DEMO_ANSWER_SYSTEM, code: '2' } }]);
    const html = (await as(api, p.clientSession).get('/api/me/export.html')).body;
    expect(html).toContain('Vragenlijsten (1)');
    expect(html).toContain('Stress-check');
  });
});
