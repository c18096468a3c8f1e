import { hash } from '@node-rs/argon2';
import {
  STRESS_CHECK_PROFILE,
  STRESS_CHECK_QUESTIONNAIRE,
  scoreAnswers,
} from '@oefenruimte/shared';
import { randomUUID } from 'node:crypto';
import { Secret, TOTP } from 'otpauth';
import { DataSource } from 'typeorm';
import { SecretBox } from '../../src/common/encryption/secret-box';
import { dataSourceOptions } from '../../src/database/data-source-options';
import { ARGON2_OPTIONS } from '../../src/identity/password.service';
import { TEST_ENCRYPTION_KEY, testDatabaseUrl, type TestApp } from './test-app';

/** Seals a second-factor secret the way the app stores it. */
export const secretBox = new SecretBox(TEST_ENCRYPTION_KEY);

export const PASSWORD = 'een-rustig-wachtwoord';
const passwordHash = hash(PASSWORD, ARGON2_OPTIONS);

let db: DataSource | undefined;

/** A direct connection for arranging rows and checking what was stored. */
export async function database(): Promise<DataSource> {
  if (!db) {
    db = new DataSource(dataSourceOptions(testDatabaseUrl()));
    await db.initialize();
  }
  return db;
}

export async function closeDatabase(): Promise<void> {
  await db?.destroy();
  db = undefined;
}

export interface Person {
  readonly id: string;
  readonly email: string;
  readonly name: string;
  readonly practiceId: string;
  readonly totpSecret?: string;
}

/** A new practice with its owner therapist; unique e-mails, so tests never share rows. */
export async function createPractice(
  options: { secondFactor?: boolean } = {},
): Promise<{ practiceId: string; therapist: Person }> {
  const data = await database();
  const [practice] = await data.query(
    "INSERT INTO practices (name) VALUES ('Praktijk ' || $1) RETURNING id",
    [randomUUID().slice(0, 8)],
  );
  const therapist = await createUser(practice.id, 'therapist', 'owner', options);
  return { practiceId: practice.id, therapist };
}

export async function createUser(
  practiceId: string,
  role: 'therapist' | 'client',
  practiceRole: 'owner' | 'therapist' | 'client' = role,
  options: { secondFactor?: boolean } = {},
): Promise<Person> {
  const data = await database();
  const email = `${role}-${randomUUID()}@test.oefenruimte.nl`;
  const name = `${role === 'therapist' ? 'Therapeut' : 'Cliënt'} ${email.slice(role.length + 1, role.length + 7)}`;
  const totpSecret =
    (options.secondFactor ?? role === 'therapist') ? new Secret({ size: 20 }).base32 : undefined;
  const id = randomUUID();
  await data.query(
    `INSERT INTO users (id, practice_id, role, practice_role, email, name, password_hash, totp_secret, totp_enabled_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, CASE WHEN $8::text IS NULL THEN NULL ELSE now() END)`,
    [
      id,
      practiceId,
      role,
      practiceRole,
      email,
      name,
      await passwordHash,
      totpSecret ? secretBox.seal(totpSecret, id) : null,
    ],
  );
  return { id, email, name, practiceId, totpSecret };
}

export async function createClientInCare(therapist: Person): Promise<Person> {
  const client = await createUser(therapist.practiceId, 'client');
  const data = await database();
  await data.query(
    'INSERT INTO care_relations (practice_id, therapist_id, client_id) VALUES ($1, $2, $3)',
    [therapist.practiceId, therapist.id, client.id],
  );
  return client;
}

const TOTP_PERIOD_MS = 30_000;

function totpForStep(secret: string, step: number): string {
  const totp = new TOTP({
    secret: Secret.fromBase32(secret),
    digits: 6,
    period: 30,
    algorithm: 'SHA1',
  });
  return totp.generate({ timestamp: step * TOTP_PERIOD_MS });
}

/** A TOTP code for the step `offset` steps from now (the server accepts one either way, once). */
export function totpCode(secret: string, offset = 0): string {
  return totpForStep(secret, Math.floor(Date.now() / TOTP_PERIOD_MS) + offset);
}

/**
 * A code the server takes whenever it checks it: for the current step or the next one (the
 * server's clock can only have moved on since, into the next step at most, and it accepts one
 * step either way), and after the last step this person used (codes are single use). When both
 * are used up, the replay marker is cleared, as if half a minute had passed, instead of waiting.
 */
export async function freshTotpCode(person: Person): Promise<string> {
  const data = await database();
  const now = Math.floor(Date.now() / TOTP_PERIOD_MS);
  const [row]: { last: string | null }[] = await data.query(
    'SELECT totp_last_step AS last FROM users WHERE id = $1',
    [person.id],
  );
  let step = row?.last == null ? now : Math.max(now, Number(row.last) + 1);
  if (step > now + 1) {
    await data.query('UPDATE users SET totp_last_step = NULL WHERE id = $1', [person.id]);
    step = now;
  }
  return totpForStep(person.totpSecret!, step);
}

export interface Session {
  readonly cookie: string;
  readonly person: Person;
}

export const CSRF = { 'x-oefenruimte-csrf': '1' };

export function cookieFrom(response: { headers: Record<string, unknown> }): string {
  const header = response.headers['set-cookie'];
  const first = Array.isArray(header) ? header[0] : header;
  if (typeof first !== 'string') throw new Error('no session cookie was set');
  return first.split(';')[0]!;
}

/** Logs in through the API (with the second factor when the person has one). */
export async function login(api: TestApp, person: Person): Promise<Session> {
  const response = await api.inject({
    method: 'POST',
    url: '/api/auth/login',
    headers: CSRF,
    payload: { email: person.email, password: PASSWORD },
  });
  if (response.statusCode !== 200)
    throw new Error(`login failed: ${response.statusCode} ${response.body}`);
  let cookie = cookieFrom(response);
  if (person.totpSecret) {
    const verified = await api.inject({
      method: 'POST',
      url: '/api/auth/second-factor',
      headers: { ...CSRF, cookie },
      payload: { code: await freshTotpCode(person) },
    });
    if (verified.statusCode !== 200)
      throw new Error(`second factor failed: ${verified.statusCode} ${verified.body}`);
    cookie = cookieFrom(verified);
  }
  return { cookie, person };
}

/** Request helpers for a logged-in session (or none). */
export function as(api: TestApp, session: Session | null) {
  const headers = { ...CSRF, ...(session ? { cookie: session.cookie } : {}) };
  return {
    get: (url: string) => api.inject({ method: 'GET', url, headers }),
    post: (url: string, payload?: object) =>
      api.inject({ method: 'POST', url, headers, payload: payload ?? {} }),
    patch: (url: string, payload: object) => api.inject({ method: 'PATCH', url, headers, payload }),
    put: (url: string, payload: object) => api.inject({ method: 'PUT', url, headers, payload }),
    delete: (url: string) => api.inject({ method: 'DELETE', url, headers }),
  };
}

/** The newest mail to an address, read straight from the outbox table: "the person's own mailbox". */
export async function latestMail(
  api: TestApp,
  to: string,
): Promise<{ subject: string; text: string } | undefined> {
  await api.idle();
  const [mail] = await (
    await database()
  ).query(
    'SELECT subject, text FROM outbox_mails WHERE to_address = $1 ORDER BY created_at DESC LIMIT 1',
    [to],
  );
  return mail;
}

/** Audit rows, oldest first; a subject's include the list reads that named them. */
export async function auditRows(where: { subjectId?: string; actorId?: string; event?: string }) {
  const data = await database();
  return data.query(
    `SELECT event, action, outcome, basis, actor_id, subject_id, subject_ids, object_type, object_id FROM audit_events
      WHERE ($1::uuid IS NULL OR subject_id = $1 OR subject_ids @> ARRAY[$1::uuid]) AND ($2::uuid IS NULL OR actor_id = $2) AND ($3::text IS NULL OR event = $3)
      ORDER BY seq`,
    [where.subjectId ?? null, where.actorId ?? null, where.event ?? null],
  );
}

/** The latest published version of a built-in module (synced at app start). */
export async function builtInModule(slug: string): Promise<{
  moduleId: string;
  versionId: string;
  content: { steps: { id: string; kind: string }[] };
}> {
  const [row] = await (
    await database()
  ).query(
    `SELECT m.id AS module_id, v.id AS version_id, v.content FROM modules m
       JOIN module_versions v ON v.module_id = m.id AND v.number = m.published_version
      WHERE m.practice_id IS NULL AND m.slug = $1`,
    [slug],
  );
  if (!row) throw new Error(`built-in module ${slug} is not in the database; start an app first`);
  return { moduleId: row.module_id, versionId: row.version_id, content: row.content };
}

/** An assignment of a built-in module, arranged directly in the database. */
export async function createAssignment(
  therapist: Person,
  client: Person,
  slug = 'grenzen-stellen',
): Promise<string> {
  const { versionId } = await builtInModule(slug);
  const [row] = await (
    await database()
  ).query(
    `INSERT INTO assignments (practice_id, therapist_id, client_id, module_version_id, rhythm) VALUES ($1, $2, $3, $4, 'once') RETURNING id`,
    [therapist.practiceId, therapist.id, client.id, versionId],
  );
  return row.id;
}

/** A submitted response with the given answers, sharing the listed steps. */
export async function createSubmittedResponse(
  client: Person,
  assignmentId: string,
  answers: Record<string, unknown>,
  shared: readonly string[],
): Promise<string> {
  const data = await database();
  const [row] = await data.query(
    `INSERT INTO responses (practice_id, assignment_id, client_id, answers, submitted_at) VALUES ($1, $2, $3, $4, now()) RETURNING id`,
    [client.practiceId, assignmentId, client.id, answers],
  );
  for (const stepId of shared) {
    await data.query(
      `INSERT INTO response_marks (response_id, step_id, practice_id, client_id, shared, shared_at) VALUES ($1, $2, $3, $4, true, now())`,
      [row.id, stepId, client.practiceId, client.id],
    );
  }
  return row.id;
}

/** A check-in arranged directly in the database (shared or not). */
export async function createCheckin(
  client: Person,
  values: {
    day?: string;
    tension?: number | null;
    shared?: boolean;
    danger?: boolean;
    discuss?: boolean;
    note?: string;
  } = {},
): Promise<string> {
  const [row] = await (
    await database()
  ).query(
    `INSERT INTO checkins (practice_id, client_id, day, tension, note, danger, shared, shared_at, discuss, submit_key, submit_hash)
     VALUES ($1, $2, coalesce($3::date, current_date), $4, $5, $6, $7, CASE WHEN $7 THEN now() END, $8, gen_random_uuid()::text, '\\x00')
     RETURNING id`,
    [
      client.practiceId,
      client.id,
      values.day ?? null,
      values.tension ?? 4,
      values.note ?? null,
      values.danger ?? false,
      values.shared ?? true,
      values.discuss ?? false,
    ],
  );
  return row.id;
}

/** A signaleringsplan arranged directly in the database (version 1, shared or not). */
export async function createSafetyPlan(
  client: Person,
  content: object,
  shared = true,
): Promise<string> {
  const data = await database();
  const [row] = await data.query(
    `INSERT INTO safety_plan_versions (practice_id, client_id, version, content, written_by)
     VALUES ($1, $2, 1, $3, 'client') RETURNING id`,
    [client.practiceId, client.id, content],
  );
  await data.query(
    `INSERT INTO safety_plans (practice_id, client_id, version, shared, shared_at)
     VALUES ($1, $2, 1, $3, CASE WHEN $3 THEN now() END)`,
    [client.practiceId, client.id, shared],
  );
  return row.id;
}

/** A therapist's open suggestion on the client's plan (version 1 unless told), as the API stores one. */
export async function createPlanSuggestion(
  therapist: Person,
  client: Person,
  content: object,
  baseVersion = 1,
): Promise<string> {
  const [row] = await (
    await database()
  ).query(
    `INSERT INTO safety_plan_suggestions (practice_id, client_id, therapist_id, base_version, content)
     VALUES ($1, $2, $3, $4, $5) RETURNING id`,
    [client.practiceId, client.id, therapist.id, baseVersion, content],
  );
  return row.id;
}

/**
 * A therapist who assigned the built-in module "ontwennen" (daily) to a client in their care,
 * through the API, with both logged in.
 */
export async function assignedThroughApi(api: TestApp, options: { note?: string } = {}) {
  const { therapist } = await createPractice();
  const client = await createClientInCare(therapist);
  const therapistSession = await login(api, therapist);
  const clientSession = await login(api, client);
  const { moduleId } = await builtInModule('ontwennen');
  const assigned = await as(api, therapistSession).post(`/api/clients/${client.id}/assignments`, {
    moduleId,
    ...(options.note === undefined ? {} : { note: options.note }),
    rhythm: 'daily',
  });
  expect(assigned.statusCode).toBe(201);
  return {
    therapist,
    client,
    therapistSession,
    clientSession,
    assignmentId: assigned.json().id as string,
  };
}

/** A reminder the therapist suggested with the assignment, waiting for the client's answer. */
export async function createReminderSuggestion(
  therapist: Person,
  client: Person,
  assignmentId: string,
): Promise<string> {
  const [row] = (await (
    await database()
  ).query(
    `INSERT INTO reminder_suggestions (practice_id, client_id, assignment_id, therapist_id, minute_of_day, days)
     VALUES ($1, $2, $3, $4, 1200, '{1,2,3,4,5}') RETURNING id`,
    [therapist.practiceId, client.id, assignmentId, therapist.id],
  )) as { id: string }[];
  return row!.id;
}

/**
 * The project's demo questionnaire in the practice's library, assigned (once) to the client,
 * with one completed result (answers 2,2,2,2,2,0: total 10), arranged directly in the database.
 */
export async function createQuestionnaireResult(
  therapist: Person,
  client: Person,
  options: { shared?: boolean; safety?: boolean } = {},
): Promise<{ questionnaireId: string; assignmentId: string; responseId: string }> {
  const data = await database();
  const [q] = await data.query(
    `INSERT INTO questionnaires (practice_id, url, version, title, profile_id, item_count, resource)
     VALUES ($1, $2, $3, 'Stress-check', 'stress-check', 6, $4)
     ON CONFLICT (practice_id, url, version) DO UPDATE SET title = EXCLUDED.title RETURNING id`,
    [client.practiceId, STRESS_CHECK_QUESTIONNAIRE.url, '', STRESS_CHECK_QUESTIONNAIRE],
  );
  const [a] = await data.query(
    `INSERT INTO questionnaire_assignments (practice_id, client_id, therapist_id, questionnaire_id, next_due)
     VALUES ($1, $2, $3, $4, current_date) RETURNING id`,
    [client.practiceId, client.id, therapist.id, q.id],
  );
  const answers = [2, 2, 2, 2, 2, options.safety ? 3 : 0];
  const [r] = await data.query(
    `INSERT INTO questionnaire_responses (practice_id, client_id, assignment_id, status, answers, score, safety, shared, shared_at, submitted_at)
     VALUES ($1, $2, $3, 'completed', $4::jsonb, $5, $6, $7, CASE WHEN $7 THEN now() END, now()) RETURNING id`,
    [
      client.practiceId,
      client.id,
      a.id,
      JSON.stringify(answers),
      scoreAnswers(STRESS_CHECK_PROFILE, answers),
      options.safety ?? false,
      options.shared ?? true,
    ],
  );
  return { questionnaireId: q.id, assignmentId: a.id, responseId: r.id };
}
