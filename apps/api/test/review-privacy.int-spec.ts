import {
  as,
  auditRows,
  closeDatabase,
  createQuestionnaireResult,
  createReminderSuggestion,
  createSafetyPlan,
  createPlanSuggestion,
  createAssignment,
  createCheckin,
  createClientInCare,
  createPractice,
  createSubmittedResponse,
  database,
  login,
  PASSWORD,
} from './support/factories';
import { checkinLines, emptyPlanContent } from '@oefenruimte/shared';
import { randomUUID } from 'node:crypto';
import { dutchMoment } from '../src/privacy/export-document';
import { ClientDataRegistry } from '../src/privacy/client-data.registry';
import { startTestApp, type TestApp } from './support/test-app';

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Keys whose values are codes, moments or machine copies: the document says them in words. */
const NOT_WORDS = new Set([
  'exportedAt',
  'createdAt',
  'updatedAt',
  'at',
  'since',
  'until',
  'startedAt',
  'submittedAt',
  'assignedAt',
  'day',
  'periodStart',
  'periodEnd',
  'event',
  'action',
  'outcome',
  'role',
  'window',
  'bodySignals',
  'answers',
  'email',
  'writtenAt',
  'suggestedAt',
  'decidedAt',
  'status',
]);

/** Every string in the JSON export that a person wrote or reads (names, notes, answers, …). */
function wordsOf(value: unknown, key = ''): string[] {
  if (NOT_WORDS.has(key)) return [];
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap((item) => wordsOf(item));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => wordsOf(v, k));
  return [];
}

/** How to find the client's rows in a table that names them other than by `client_id`. */
const CLIENT_ROWS: Record<string, string> = {
  sessions: 't.user_id = $1',
  recovery_codes: 't.user_id = $1',
  password_resets: 't.user_id = $1',
  // Keyed by the therapist, who is new in the test and works only with this client.
  feedback: 't.therapist_id IN (SELECT therapist_id FROM care_relations WHERE client_id = $1)',
  checkin_seen: 't.therapist_id IN (SELECT therapist_id FROM care_relations WHERE client_id = $1)',
};

const today = () =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());

describe('samen terugkijken, export and account deletion', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(async () => {
    await api.close();
    await closeDatabase();
  });

  it('shows exactly the shared check-ins of the period, and records afspraken both see', async () => {
    const { therapist } = await createPractice();
    const client = await createClientInCare(therapist);
    const shared = await createCheckin(client, { shared: true, tension: 6, discuss: true });
    const privateOne = await createCheckin(client, { shared: false, tension: 2 });
    const therapistSession = await login(api, therapist);

    const bundle = (await as(api, therapistSession).get(`/api/clients/${client.id}/review`)).json();
    expect(bundle.checkins.map((c: { id: string }) => c.id)).toEqual([shared]);
    expect(JSON.stringify(bundle)).not.toContain(privateOne);
    expect(bundle.discussCheckins).toBe(1);

    const created = await as(api, therapistSession).post(`/api/clients/${client.id}/reviews`, {
      periodStart: bundle.periodStart,
      periodEnd: bundle.periodEnd,
      agreements: [
        { text: 'Elke ochtend tien minuten wandelen.' },
        { text: 'De FEITEN-lijst teruglezen als het trekt.' },
      ],
    });
    expect(created.statusCode).toBe(201);
    const mine = (await as(api, await login(api, client)).get('/api/me/reviews')).json();
    expect(mine[0].agreements.map((a: { text: string }) => a.text)).toEqual([
      'Elke ochtend tien minuten wandelen.',
      'De FEITEN-lijst teruglezen als het trekt.',
    ]);
    const next = (await as(api, therapistSession).get(`/api/clients/${client.id}/review`)).json();
    expect(next.previousReview.id).toBe(created.json().id);
    expect(next.periodStart).toBe(bundle.periodEnd);
  });

  it('shows in the next review what was made or shared after the last one, whatever day it is about', async () => {
    const { therapist } = await createPractice();
    const client = await createClientInCare(therapist);
    const assignmentId = await createAssignment(therapist, client);
    const responseId = await createSubmittedResponse(
      client,
      assignmentId,
      { 'mijn-grenszin': 'Ik merk dat ik moe word.' },
      [],
    );
    const data = await database();
    await data.query(
      `UPDATE responses SET submitted_at = now() - interval '3 days' WHERE id = $1`,
      [responseId],
    );
    const session = await login(api, therapist);
    const first = (await as(api, session).get(`/api/clients/${client.id}/review`)).json();
    expect(first.responses).toEqual([]);
    await as(api, session).post(`/api/clients/${client.id}/reviews`, {
      periodStart: first.periodStart,
      periodEnd: first.periodEnd,
      agreements: [],
    });

    // After that review: a check-in filled in for four days ago, shared, with a safety signal,
    // and a step of the older response shared only now.
    const fourDaysAgo = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(
      new Date(Date.now() - 4 * 86_400_000),
    );
    const late = await createCheckin(client, {
      day: fourDaysAgo,
      shared: true,
      tension: 10,
      danger: true,
    });
    await data.query(
      `INSERT INTO response_marks (response_id, step_id, practice_id, client_id, shared, shared_at)
       VALUES ($1, 'mijn-grenszin', $2, $3, true, now())`,
      [responseId, client.practiceId, client.id],
    );

    const next = (await as(api, session).get(`/api/clients/${client.id}/review`)).json();
    expect(next.periodStart).toBe(first.periodEnd);
    expect(next.checkins).toEqual([expect.objectContaining({ id: late, danger: true })]);
    expect(next.responses).toEqual([expect.objectContaining({ id: responseId, sharedSteps: 1 })]);
  });

  it('refuses afspraken with an unknown module or a period ending in the future, naming the field', async () => {
    const { therapist } = await createPractice();
    const client = await createClientInCare(therapist);
    const session = await login(api, therapist);
    const unknown = await as(api, session).post(`/api/clients/${client.id}/reviews`, {
      periodStart: '2026-01-01',
      periodEnd: '2026-01-10',
      agreements: [{ text: 'Oefenen', moduleId: '00000000-0000-4000-8000-000000000000' }],
    });
    expect(unknown.json().fields[0].field).toBe('agreements.0.moduleId');
    const future = await as(api, session).post(`/api/clients/${client.id}/reviews`, {
      periodStart: today(),
      periodEnd: '2999-01-01',
      agreements: [],
    });
    expect(future.json().fields[0].field).toBe('periodEnd');
  });

  it('exports every item of the client as JSON and as a readable document', async () => {
    const { therapist } = await createPractice();
    const client = await createClientInCare(therapist);
    const clientSession = await login(api, client);
    const made = await as(api, clientSession).post('/api/me/checkins', {
      day: today(),
      idempotencyKey: randomUUID(),
      tension: 7,
      mood: 4,
      energy: 3,
      sleep: 5,
      window: 'overprikkeld',
      bodySignals: ['hartkloppingen', 'trillen'],
      note: 'Een <privé> notitie',
      items: {
        urge: 8,
        contact: false,
        trigger: 'Een foto van vroeger',
        instead: 'Ik ben gaan wandelen',
        boundarySet: true,
        boundaryReaction: 'Ze werd boos & liep weg',
      },
      safetyConcern: false,
      shared: false,
      discuss: true,
    });
    expect(made.statusCode).toBe(201);
    const assignmentId = await createAssignment(therapist, client);
    const responseId = await createSubmittedResponse(
      client,
      assignmentId,
      { 'mijn-grenszin': 'Ik stop nu.' },
      ['mijn-grenszin'],
    );
    const therapistSession = await login(api, therapist);
    await as(api, therapistSession).post(
      `/api/clients/${client.id}/responses/${responseId}/feedback`,
      { text: 'Sterk geformuleerd.' },
    );
    await as(api, therapistSession).post(`/api/clients/${client.id}/reviews`, {
      periodStart: today(),
      periodEnd: today(),
      agreements: [{ text: 'Grenszin hardop oefenen.' }],
    });
    // The signaleringsplan, shared, with a suggestion of the therapist the client declined.
    const empty = emptyPlanContent();
    await as(api, clientSession).put('/api/me/safety-plan', {
      content: {
        ...empty,
        oranje: { ...empty.oranje, signals: [{ text: 'Ik slaap slecht', link: null }] },
      },
      baseVersion: null,
    });
    await as(api, clientSession).put('/api/me/safety-plan/sharing', { shared: true, version: 1 });
    const suggestion = await as(api, therapistSession).post(
      `/api/clients/${client.id}/safety-plan/suggestions`,
      {
        content: {
          ...empty,
          oranje: {
            ...empty.oranje,
            contacts: [{ name: 'De huisartsenpost', phone: '088 123 45 67' }],
          },
        },
        baseVersion: 1,
        note: 'Misschien de huisartsenpost erbij?',
      },
    );
    await as(api, clientSession).post(
      `/api/me/safety-plan/suggestions/${suggestion.json().id}/decline`,
    );
    const { therapist: intruder } = await createPractice();
    await as(api, await login(api, intruder)).get(`/api/clients/${client.id}/checkins`);

    await as(api, clientSession).put('/api/me/checkin-preferences', {
      shareByDefault: true,
      showPrivateCount: false,
    });

    const json = await as(api, clientSession).get('/api/me/export');
    expect(json.headers['content-disposition']).toMatch(/attachment/);
    const data = json.json();
    expect(data.checkins[0]).toMatchObject({
      note: 'Een <privé> notitie',
      bodySignals: ['hartkloppingen', 'trillen'],
      safetyConcern: false,
      items: { trigger: 'Een foto van vroeger', boundarySet: true },
    });
    expect(data.homework[0].responses[0].answers['mijn-grenszin']).toBe('Ik stop nu.');
    expect(data.homework[0].responses[0].feedback[0].text).toBe('Sterk geformuleerd.');
    expect(data.reviews[0].agreements).toEqual(['Grenszin hardop oefenen.']);
    expect(data.safetyPlan.suggestions).toEqual([
      expect.objectContaining({
        by: therapist.name,
        note: 'Misschien de huisartsenpost erbij?',
        status: 'declined',
      }),
    ]);
    expect(data.checkinPreferences).toEqual({ shareByDefault: true, showPrivateCount: false });
    expect(data.accessLog.some((e: { who: string }) => e.who === therapist.name)).toBe(true);

    const response = await as(api, clientSession).get('/api/me/export.html');
    expect(response.headers['content-type']).toMatch(/text\/html/);
    const html = response.body;
    expect(html).toContain('<meta name="viewport"');
    expect(html).not.toContain('<privé>');

    // Every item of every check-in, as the shared list renders it, is in the document.
    for (const checkin of data.checkins) {
      const lines = checkinLines(checkin);
      expect(lines.map((l) => l.key)).toEqual(
        expect.arrayContaining(['bodySignals', 'safetyConcern', 'items.trigger', 'items.instead']),
      );
      for (const line of lines) {
        expect(html).toContain(escapeHtml(line.label));
        expect(html).toContain(escapeHtml(line.text));
      }
      expect(html).toContain(escapeHtml(dutchMoment(checkin.createdAt)));
    }
    expect(html).toContain('Hartkloppingen, Trillen');
    expect(html).toContain('Wat ik in plaats daarvan deed');
    expect(html).toContain(`Voorstel van ${escapeHtml(therapist.name)}`);
    expect(html).toContain('Je hebt dit voorstel niet overgenomen.');
    expect(html).toContain(
      'nieuwe check-ins standaard delen: ja; je therapeut mag zien hoeveel check-ins je privé houdt: nee',
    );
    // Every word the JSON holds (apart from codes, moments and the raw answers) is there too.
    for (const text of wordsOf(data)) expect(html).toContain(escapeHtml(text));
    expect(html).toContain('Iemand van een andere praktijk probeerde je check-ins te openen');
    // No raw JSON, no internal ids, no event codes.
    expect(html).not.toMatch(/[{[]\s*"|":/);
    // (The test factory's e-mail addresses hold a uuid; that is the person's own address.)
    expect(html.replaceAll(escapeHtml(data.account.email), '')).not.toMatch(
      /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i,
    );
    expect(html).not.toMatch(/\((success|refused)\)/);
    for (const entry of data.accessLog) expect(html).not.toContain(entry.event);
    expect(await auditRows({ subjectId: client.id, event: 'export.json' })).toHaveLength(1);
  });

  it('deletes the account after the password: every read answers 404, the audit log keeps its rows', async () => {
    const { therapist } = await createPractice();
    const client = await createClientInCare(therapist);
    const data = await database();
    // A row in every table the registry says deletion erases.
    const checkinId = await createCheckin(client, { shared: true, danger: true });
    const assignmentId = await createAssignment(therapist, client);
    const responseId = await createSubmittedResponse(client, assignmentId, {}, ['stap-1']);
    await data.query(
      'INSERT INTO feedback (practice_id, response_id, therapist_id, text) VALUES ($1, $2, $3, $4)',
      [client.practiceId, responseId, therapist.id, 'Goed gedaan.'],
    );
    const [review] = await data.query(
      `INSERT INTO reviews (practice_id, client_id, therapist_id, period_start, period_end)
       VALUES ($1, $2, $3, current_date - 14, current_date) RETURNING id`,
      [client.practiceId, client.id, therapist.id],
    );
    await data.query(
      'INSERT INTO agreements (review_id, practice_id, client_id, text) VALUES ($1, $2, $3, $4)',
      [review.id, client.practiceId, client.id, 'Wandelen.'],
    );
    await data.query(
      `INSERT INTO password_resets (user_id, token_hash, expires_at) VALUES ($1, '\\x01', now() + interval '1 hour')`,
      [client.id],
    );
    await data.query(`INSERT INTO recovery_codes (user_id, code_hash) VALUES ($1, '\\x02')`, [
      client.id,
    ]);
    const therapistSession = await login(api, therapist);
    await as(api, therapistSession).get(`/api/clients/${client.id}`);
    await as(api, therapistSession).post(`/api/clients/${client.id}/checkins/${checkinId}/seen`);
    const clientSession0 = await login(api, client);
    await as(api, clientSession0).put('/api/me/checkin-preferences', {
      shareByDefault: true,
      showPrivateCount: true,
    });
    await createSafetyPlan(client, emptyPlanContent(), true);
    await createPlanSuggestion(therapist, client, emptyPlanContent());
    await createQuestionnaireResult(therapist, client);
    await createReminderSuggestion(therapist, client, assignmentId);
    const [reminder] = await data.query(
      `INSERT INTO reminders (practice_id, client_id, kind, enabled, channel, minute_of_day, days)
       VALUES ($1, $2, 'checkin', true, 'push', 1200, '{1,2,3,4,5}') RETURNING id`,
      [client.practiceId, client.id],
    );
    await data.query('INSERT INTO reminder_settings (client_id, practice_id) VALUES ($1, $2)', [
      client.id,
      client.practiceId,
    ]);
    const [occurrence] = await data.query(
      `INSERT INTO reminder_occurrences (practice_id, client_id, reminder_id, occurrence_at, outcome)
       VALUES ($1, $2, $3, now(), 'sent') RETURNING id`,
      [client.practiceId, client.id, reminder.id],
    );
    const [device] = await data.query(
      `INSERT INTO push_devices (practice_id, client_id, endpoint, p256dh, auth, label)
       VALUES ($1, $2, $3, 'key', 'auth', 'Telefoon') RETURNING id`,
      [client.practiceId, client.id, `https://push.example.test/${randomUUID()}`],
    );
    await data.query(
      `INSERT INTO reminder_deliveries (practice_id, client_id, occurrence_id, kind, channel, device_id, device_label, outcome)
       VALUES ($1, $2, $3, 'checkin', 'push', $4, 'Telefoon', 'sent')`,
      [client.practiceId, client.id, occurrence.id, device.id],
    );
    const registry = api.app.get(ClientDataRegistry);
    const rowsOf = async (table: string) => {
      const [{ n }] = await data.query(
        `SELECT count(*)::int AS n FROM ${table} t WHERE ${CLIENT_ROWS[table] ?? 't.client_id = $1'}`,
        [client.id],
      );
      return n as number;
    };
    const erased = [...registry.entries.flatMap((e) => e.deletes), 'checkin_seen'];
    for (const table of erased) expect([table, await rowsOf(table)]).not.toEqual([table, 0]);
    const auditBefore = (await auditRows({ subjectId: client.id })).length;
    const clientSession = await login(api, client);

    const wrong = await as(api, clientSession).post('/api/me/delete-account', {
      password: 'niet mijn wachtwoord',
    });
    expect(wrong.statusCode).toBe(401);
    const deleted = await as(api, clientSession).post('/api/me/delete-account', {
      password: PASSWORD,
    });
    expect(deleted.statusCode).toBe(204);

    expect((await as(api, therapistSession).get(`/api/clients/${client.id}`)).statusCode).toBe(404);
    expect(
      (await as(api, therapistSession).get(`/api/clients/${client.id}/checkins`)).statusCode,
    ).toBe(404);
    expect((await as(api, clientSession).get('/api/auth/me')).statusCode).toBe(401);
    const login2 = await api.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'x-oefenruimte-csrf': '1' },
      payload: { email: client.email, password: PASSWORD },
    });
    expect(login2.statusCode).toBe(401);
    for (const table of erased) expect([table, await rowsOf(table)]).toEqual([table, 0]);
    const [relation] = await data.query('SELECT until FROM care_relations WHERE client_id = $1', [
      client.id,
    ]);
    expect(relation.until).not.toBeNull();
    const [user] = await data.query('SELECT name, email FROM users WHERE id = $1', [client.id]);
    expect(user.email).not.toBe(client.email);
    expect((await auditRows({ subjectId: client.id })).length).toBeGreaterThan(auditBefore);
    expect(await data.query('SELECT * FROM audit_chain_breaks()')).toEqual([]);
  });
});
