import { DiscoveryModule } from '@nestjs/core';
import { emptyPlanContent } from '@oefenruimte/shared';
import { randomUUID } from 'node:crypto';
import { CLIENT_OWNED_PARAMS } from '../src/audit/refusal.service';
import {
  as,
  auditRows,
  builtInModule,
  closeDatabase,
  createCheckin,
  createAssignment,
  createClientInCare,
  createPlanSuggestion,
  createReminderSuggestion,
  createPractice,
  createQuestionnaireResult,
  createSafetyPlan,
  createSubmittedResponse,
  createUser,
  database,
  login,
  type Session,
} from './support/factories';
import { routeTable } from './support/routes';
import { startTestApp, type TestApp } from './support/test-app';

type Actor =
  | 'no session'
  | 'the client'
  | 'another client'
  | "the client's therapist"
  | 'a therapist of another practice'
  | 'a therapist whose care ended';

interface World {
  readonly clientId: string;
  readonly assignmentId: string;
  readonly responseId: string;
  readonly moduleId: string;
  readonly checkinId: string;
  readonly planId: string;
  readonly suggestionId: string;
  readonly reminderSuggestionId: string;
  readonly questionnaireId: string;
  readonly questionnaireAssignmentId: string;
  readonly questionnaireResponseId: string;
}

interface MatrixRoute {
  readonly route: string;
  readonly request: (w: World) => {
    method: 'GET' | 'POST' | 'PATCH' | 'PUT';
    url: string;
    payload?: object;
  };
  /** Whether the response shows (or changed) this client's data; lists answer 200 to every therapist. */
  readonly shows: (response: { statusCode: number; body: string }, w: World) => boolean;
}

const ok = (response: { statusCode: number }) =>
  response.statusCode >= 200 && response.statusCode < 300;

const MATRIX: readonly MatrixRoute[] = [
  {
    route: 'GET /api/overview',
    request: () => ({ method: 'GET', url: '/api/overview' }),
    shows: (response, w) => ok(response) && response.body.includes(w.clientId),
  },
  {
    route: 'GET /api/clients/:clientId/checkins',
    request: (w) => ({ method: 'GET', url: `/api/clients/${w.clientId}/checkins` }),
    shows: (response, w) => ok(response) && response.body.includes(w.checkinId),
  },
  {
    route: 'POST /api/clients/:clientId/checkins/:checkinId/seen',
    request: (w) => ({
      method: 'POST',
      url: `/api/clients/${w.clientId}/checkins/${w.checkinId}/seen`,
    }),
    shows: ok,
  },
  {
    route: 'GET /api/clients/:clientId/review',
    request: (w) => ({ method: 'GET', url: `/api/clients/${w.clientId}/review` }),
    shows: (response, w) => ok(response) && response.body.includes(w.checkinId),
  },
  {
    route: 'POST /api/clients/:clientId/reviews',
    request: (w) => ({
      method: 'POST',
      url: `/api/clients/${w.clientId}/reviews`,
      payload: {
        periodStart: '2026-01-01',
        periodEnd: '2026-01-14',
        agreements: [{ text: 'Elke dag even naar buiten.' }],
      },
    }),
    shows: ok,
  },
  {
    route: 'GET /api/clients/:clientId/reviews',
    request: (w) => ({ method: 'GET', url: `/api/clients/${w.clientId}/reviews` }),
    shows: ok,
  },
  {
    route: 'GET /api/clients/:clientId/safety-plan',
    request: (w) => ({ method: 'GET', url: `/api/clients/${w.clientId}/safety-plan` }),
    shows: (response, w) => ok(response) && response.body.includes(w.planId),
  },
  {
    route: 'POST /api/clients/:clientId/safety-plan/suggestions',
    request: (w) => ({
      method: 'POST',
      url: `/api/clients/${w.clientId}/safety-plan/suggestions`,
      payload: { content: emptyPlanContent(), baseVersion: 1, note: 'Zoals besproken.' },
    }),
    shows: ok,
  },
  {
    route: 'POST /api/clients/:clientId/questionnaires',
    request: (w) => ({
      method: 'POST',
      url: `/api/clients/${w.clientId}/questionnaires`,
      payload: { questionnaireId: w.questionnaireId, everyDays: 28 },
    }),
    shows: ok,
  },
  {
    route: 'GET /api/clients/:clientId/questionnaires',
    request: (w) => ({ method: 'GET', url: `/api/clients/${w.clientId}/questionnaires` }),
    shows: (response, w) => ok(response) && response.body.includes(w.questionnaireResponseId),
  },
  {
    route: 'POST /api/clients/:clientId/questionnaires/:questionnaireAssignmentId/stop',
    request: (w) => ({
      method: 'POST',
      url: `/api/clients/${w.clientId}/questionnaires/${w.questionnaireAssignmentId}/stop`,
    }),
    shows: ok,
  },
  {
    route: 'GET /api/clients',
    request: () => ({ method: 'GET', url: '/api/clients' }),
    shows: (response, w) => ok(response) && response.body.includes(w.clientId),
  },
  {
    route: 'GET /api/clients/:clientId',
    request: (w) => ({ method: 'GET', url: `/api/clients/${w.clientId}` }),
    shows: ok,
  },
  {
    route: 'POST /api/clients/:clientId/end-care',
    request: (w) => ({ method: 'POST', url: `/api/clients/${w.clientId}/end-care` }),
    shows: ok,
  },
  {
    route: 'POST /api/clients/:clientId/assignments',
    request: (w) => ({
      method: 'POST',
      url: `/api/clients/${w.clientId}/assignments`,
      payload: { moduleId: w.moduleId, rhythm: 'once' },
    }),
    shows: ok,
  },
  {
    route: 'GET /api/clients/:clientId/assignments',
    request: (w) => ({ method: 'GET', url: `/api/clients/${w.clientId}/assignments` }),
    shows: (response, w) => ok(response) && response.body.includes(w.assignmentId),
  },
  {
    route: 'PATCH /api/clients/:clientId/assignments/:assignmentId',
    request: (w) => ({
      method: 'PATCH',
      url: `/api/clients/${w.clientId}/assignments/${w.assignmentId}`,
      payload: { status: 'paused', version: 1 },
    }),
    shows: ok,
  },
  {
    route: 'GET /api/clients/:clientId/responses',
    request: (w) => ({ method: 'GET', url: `/api/clients/${w.clientId}/responses` }),
    shows: (response, w) => ok(response) && response.body.includes(w.responseId),
  },
  {
    route: 'GET /api/clients/:clientId/responses/:responseId',
    request: (w) => ({
      method: 'GET',
      url: `/api/clients/${w.clientId}/responses/${w.responseId}`,
    }),
    shows: ok,
  },
  {
    route: 'POST /api/clients/:clientId/responses/:responseId/feedback',
    request: (w) => ({
      method: 'POST',
      url: `/api/clients/${w.clientId}/responses/${w.responseId}/feedback`,
      payload: { text: 'Mooi gedaan.' },
    }),
    shows: ok,
  },
];

/**
 * The client's own routes that name one of their objects by id: only the client may use them;
 * everyone else gets the 404 of an unknown id, and the attempt lands in the client's log.
 */
const OWN_OBJECT_ROUTES: readonly Omit<MatrixRoute, 'shows'>[] = [
  {
    route: 'PATCH /api/me/checkins/:checkinId',
    request: (w) => ({
      method: 'PATCH',
      url: `/api/me/checkins/${w.checkinId}`,
      payload: { version: 1, tension: 3 },
    }),
  },
  {
    route: 'GET /api/me/assignments/:assignmentId',
    request: (w) => ({ method: 'GET', url: `/api/me/assignments/${w.assignmentId}` }),
  },
  {
    route: 'POST /api/me/assignments/:assignmentId/responses',
    request: (w) => ({ method: 'POST', url: `/api/me/assignments/${w.assignmentId}/responses` }),
  },
  {
    route: 'GET /api/me/responses/:responseId',
    request: (w) => ({ method: 'GET', url: `/api/me/responses/${w.responseId}` }),
  },
  {
    route: 'PATCH /api/me/responses/:responseId',
    request: (w) => ({
      method: 'PATCH',
      url: `/api/me/responses/${w.responseId}`,
      payload: { version: 1, answers: {} },
    }),
  },
  {
    route: 'POST /api/me/responses/:responseId/submit',
    request: (w) => ({
      method: 'POST',
      url: `/api/me/responses/${w.responseId}/submit`,
      payload: { version: 1, idempotencyKey: randomUUID(), share: [], discuss: [] },
    }),
  },
  {
    route: 'POST /api/me/safety-plan/suggestions/:suggestionId/accept',
    request: (w) => ({
      method: 'POST',
      url: `/api/me/safety-plan/suggestions/${w.suggestionId}/accept`,
      payload: { planVersion: 1 },
    }),
  },
  {
    route: 'POST /api/me/safety-plan/suggestions/:suggestionId/decline',
    request: (w) => ({
      method: 'POST',
      url: `/api/me/safety-plan/suggestions/${w.suggestionId}/decline`,
    }),
  },
  {
    route: 'POST /api/me/reminders/suggestions/:reminderSuggestionId/accept',
    request: (w) => ({
      method: 'POST',
      url: `/api/me/reminders/suggestions/${w.reminderSuggestionId}/accept`,
      payload: { channel: 'email' },
    }),
  },
  {
    route: 'POST /api/me/reminders/suggestions/:reminderSuggestionId/decline',
    request: (w) => ({
      method: 'POST',
      url: `/api/me/reminders/suggestions/${w.reminderSuggestionId}/decline`,
    }),
  },
  {
    route: 'PUT /api/me/responses/:responseId/marks',
    request: (w) => ({
      method: 'PUT',
      url: `/api/me/responses/${w.responseId}/marks`,
      payload: { share: [], discuss: [] },
    }),
  },
  {
    route: 'GET /api/me/questionnaires/:questionnaireAssignmentId',
    request: (w) => ({
      method: 'GET',
      url: `/api/me/questionnaires/${w.questionnaireAssignmentId}`,
    }),
  },
  {
    route: 'PUT /api/me/questionnaires/:questionnaireAssignmentId/draft',
    request: (w) => ({
      method: 'PUT',
      url: `/api/me/questionnaires/${w.questionnaireAssignmentId}/draft`,
      payload: { answers: [1], version: null },
    }),
  },
  {
    route: 'POST /api/me/questionnaires/:questionnaireAssignmentId/submit',
    request: (w) => ({
      method: 'POST',
      url: `/api/me/questionnaires/${w.questionnaireAssignmentId}/submit`,
      payload: { answers: [1], version: null, idempotencyKey: randomUUID() },
    }),
  },
  {
    route: 'PUT /api/me/questionnaire-results/:questionnaireResponseId/sharing',
    request: (w) => ({
      method: 'PUT',
      url: `/api/me/questionnaire-results/${w.questionnaireResponseId}/sharing`,
      payload: { shared: true },
    }),
  },
];

/** Who may reach a client's data: only their therapist (for these therapist-side routes). */
const ALLOWED: Record<Actor, boolean> = {
  'no session': false,
  'the client': false,
  'another client': false,
  "the client's therapist": true,
  'a therapist of another practice': false,
  'a therapist whose care ended': false,
};

describe('access matrix for every client-data route', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp({ extraImports: [DiscoveryModule] });
  });
  afterAll(async () => {
    await api.close();
    await closeDatabase();
  });

  it('covers every route marked as client data', () => {
    const marked = routeTable(api)
      .filter((r) => r.rule?.clientData)
      .map((r) => r.route)
      .sort();
    expect(MATRIX.map((m) => m.route).sort()).toEqual(marked);
  });

  it('covers every route that names a client or an object of a client', () => {
    const named = routeTable(api)
      .map((r) => r.route)
      .filter((route) => CLIENT_OWNED_PARAMS.some((param) => route.includes(`:${param}`)));
    const covered = [...MATRIX, ...OWN_OBJECT_ROUTES].map((m) => m.route);
    expect(named.filter((route) => !covered.includes(route))).toEqual([]);
  });

  /** A fresh world per case, so a write (ending care) never leaks into the next case. */
  async function world(): Promise<World & { sessions: Record<Actor, Session | null> }> {
    const { therapist, practiceId } = await createPractice();
    const client = await createClientInCare(therapist);
    const otherClient = await createClientInCare(therapist);
    const { therapist: foreign } = await createPractice();
    const former = await createUser(practiceId, 'therapist', 'therapist');
    await (
      await database()
    ).query(
      `INSERT INTO care_relations (practice_id, therapist_id, client_id, since, until)
       VALUES ($1, $2, $3, now() - interval '2 days', now() - interval '1 day')`,
      [practiceId, former.id, client.id],
    );
    const assignmentId = await createAssignment(therapist, client);
    const responseId = await createSubmittedResponse(
      client,
      assignmentId,
      { 'mijn-grenszin': 'Ik merk dat ik moe word.' },
      ['mijn-grenszin'],
    );
    const questionnaire = await createQuestionnaireResult(therapist, client);
    return {
      clientId: client.id,
      questionnaireId: questionnaire.questionnaireId,
      questionnaireAssignmentId: questionnaire.assignmentId,
      questionnaireResponseId: questionnaire.responseId,
      assignmentId,
      responseId,
      moduleId: (await builtInModule('grenzen-stellen')).moduleId,
      checkinId: await createCheckin(client, { shared: true, danger: true, tension: 10 }),
      planId: await createSafetyPlan(client, emptyPlanContent()),
      suggestionId: await createPlanSuggestion(therapist, client, emptyPlanContent()),
      reminderSuggestionId: await createReminderSuggestion(therapist, client, assignmentId),
      sessions: {
        'no session': null,
        'the client': await login(api, client),
        'another client': await login(api, otherClient),
        "the client's therapist": await login(api, therapist),
        'a therapist of another practice': await login(api, foreign),
        'a therapist whose care ended': await login(api, former),
      },
    };
  }

  const cases = MATRIX.flatMap((entry) =>
    (Object.keys(ALLOWED) as Actor[]).map((actor) => [entry.route, actor, entry] as const),
  );

  it.each(cases)('%s as %s', async (_route, actor, entry) => {
    const w = await world();
    const { clientId, sessions } = w;
    const { method, url, payload } = entry.request(w);
    const response = await send(sessions[actor], method, url, payload);

    expect(entry.shows(response, w)).toBe(ALLOWED[actor]);
    if (!ALLOWED[actor]) {
      if (actor === 'no session') expect(response.statusCode).toBe(401);
      // Lists answer 200 to any therapist (without this client); everything else is a 404.
      else if (entry.route.includes(':clientId') || actor.endsWith('client'))
        expect(response.statusCode).toBe(404);
      // A refused attempt on a specific client is in the audit log, with no content, and with
      // that client as subject: so it is in the client's own log and export too.
      if (entry.route.includes(':clientId') && actor !== 'no session') {
        const refused = await refusedRows(sessions[actor]!);
        expect(refused).toEqual([
          expect.objectContaining({ subject_id: clientId, basis: 'none', outcome: 'refused' }),
        ]);
        if (actor.startsWith('a therapist'))
          expect(refused[0]).toMatchObject({ object_id: clientId });
      }
    } else {
      const rows = await auditRows({ subjectId: clientId, actorId: sessions[actor]!.person.id });
      expect(rows).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            outcome: 'success',
            basis: expect.stringMatching(/^(care-relation|share)$/),
          }),
        ]),
      );
    }
  });

  const INTRUDERS = [
    'another client',
    "the client's therapist",
    'a therapist of another practice',
  ] as const;
  const ownCases = OWN_OBJECT_ROUTES.flatMap((entry) =>
    INTRUDERS.map((actor) => [entry.route, actor, entry] as const),
  );

  it.each(ownCases)(
    "%s as %s: 404 like an unknown id, in the client's log",
    async (_r, actor, entry) => {
      const w = await world();
      const { method, url, payload } = entry.request(w);
      const response = await send(w.sessions[actor], method, url, payload);
      expect(response.statusCode).toBe(404);
      // Nothing tells the intruder that the object exists: the body of an id that names nothing.
      const unknownId = randomUUID();
      const unknown = await send(
        w.sessions[actor],
        method,
        url.replace(/[0-9a-f-]{36}/, unknownId),
        payload,
      );
      expect(response.json()).toEqual(unknown.json());
      const refused = await refusedRows(w.sessions[actor]!);
      // The first attempt concerned the client; the unknown id is kept as a try too, but it
      // concerned nobody, so it names no subject.
      expect(refused).toEqual([
        expect.objectContaining({ subject_id: w.clientId, basis: 'none', outcome: 'refused' }),
        expect.objectContaining({ subject_id: null, object_id: unknownId, outcome: 'refused' }),
      ]);
      expect(
        (await auditRows({ subjectId: w.clientId })).some(
          (row: { actor_id: string; outcome: string }) =>
            row.actor_id === w.sessions[actor]!.person.id && row.outcome === 'refused',
        ),
      ).toBe(true);
    },
  );

  function send(
    session: Session | null,
    method: 'GET' | 'POST' | 'PATCH' | 'PUT',
    url: string,
    payload?: object,
  ) {
    const client = as(api, session);
    if (method === 'GET') return client.get(url);
    if (method === 'PATCH') return client.patch(url, payload ?? {});
    if (method === 'PUT') return client.put(url, payload ?? {});
    return client.post(url, payload);
  }
});

async function refusedRows(session: Session) {
  return (await auditRows({ actorId: session.person.id })).filter(
    (row: { outcome: string }) => row.outcome === 'refused',
  );
}
