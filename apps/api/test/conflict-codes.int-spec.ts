import {
  as,
  assignedThroughApi,
  builtInModule,
  closeDatabase,
  createPractice,
  login,
} from './support/factories';
import { startTestApp, type TestApp } from './support/test-app';

/**
 * A refusal that is not a stale write has its own code, so the client reads what really
 * happened instead of "changed somewhere else"; a real version conflict keeps CONFLICT.
 */
describe('distinct conflict codes', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(async () => {
    await api.close();
    await closeDatabase();
  });

  async function assigned() {
    const { client, therapistSession, clientSession, assignmentId } = await assignedThroughApi(api);
    return {
      therapist: as(api, therapistSession),
      client: as(api, clientSession),
      assignmentId,
      assignmentUrl: `/api/clients/${client.id}/assignments/${assignmentId}`,
    };
  }

  it('says a paused assignment is paused', async () => {
    const { therapist, client, assignmentId, assignmentUrl } = await assigned();
    expect(
      (await therapist.patch(assignmentUrl, { status: 'paused', version: 1 })).statusCode,
    ).toBe(200);
    const start = await client.post(`/api/me/assignments/${assignmentId}/responses`);
    expect(start.statusCode).toBe(409);
    expect(start.json()).toMatchObject({ code: 'ASSIGNMENT_PAUSED' });
  });

  it('says a withdrawn assignment stays withdrawn, and keeps CONFLICT for a stale version', async () => {
    const { therapist, assignmentUrl } = await assigned();
    const stale = await therapist.patch(assignmentUrl, { status: 'paused', version: 99 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: 'CONFLICT', current: { version: 1 } });
    expect(
      (await therapist.patch(assignmentUrl, { status: 'withdrawn', version: 1 })).statusCode,
    ).toBe(200);
    const again = await therapist.patch(assignmentUrl, { status: 'active', version: 2 });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'ASSIGNMENT_WITHDRAWN' });
  });

  it('says a response was submitted already, and that sharing waits for the submit', async () => {
    const { client, assignmentId } = await assigned();
    const draft = (await client.post(`/api/me/assignments/${assignmentId}/responses`)).json();
    const marks = await client.put(`/api/me/responses/${draft.id}/marks`, {
      share: [],
      discuss: [],
    });
    expect(marks.statusCode).toBe(409);
    expect(marks.json()).toMatchObject({ code: 'NOT_SUBMITTED_YET' });

    const submitted = await client.post(`/api/me/responses/${draft.id}/submit`, {
      idempotencyKey: 'conflict-codes-0001',
      version: draft.version,
      share: [],
      discuss: [],
    });
    expect(submitted.statusCode).toBe(200);
    const save = await client.patch(`/api/me/responses/${draft.id}`, {
      answers: { 'mijn-gedachten': 'Nog iets erbij.' },
      version: submitted.json().version,
    });
    expect(save.statusCode).toBe(409);
    expect(save.json()).toMatchObject({ code: 'ALREADY_SUBMITTED' });
    const twice = await client.post(`/api/me/responses/${draft.id}/submit`, {
      idempotencyKey: 'conflict-codes-0002',
      version: submitted.json().version,
      share: [],
      discuss: [],
    });
    expect(twice.statusCode).toBe(409);
    expect(twice.json()).toMatchObject({ code: 'ALREADY_SUBMITTED' });
  });

  it('says a built-in module is read-only', async () => {
    const session = await login(api, (await createPractice()).therapist);
    const { moduleId } = await builtInModule('ontwennen');
    const builtIn = (await as(api, session).get(`/api/library/modules/${moduleId}`)).json();
    const edit = await as(api, session).put(`/api/library/modules/${moduleId}/draft`, {
      content: builtIn.draft,
      version: builtIn.version,
    });
    expect(edit.statusCode).toBe(403);
    expect(edit.json()).toMatchObject({ code: 'MODULE_READ_ONLY' });
  });
});
