import { randomInt } from 'node:crypto';
import { PASSWORD_MAX_LENGTH } from '@oefenruimte/shared';
import {
  as,
  closeDatabase,
  cookieFrom,
  createPractice,
  createUser,
  CSRF,
  database,
  login,
  PASSWORD,
} from './support/factories';
import { startTestApp, type TestApp } from './support/test-app';

describe('accounts and sessions', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(async () => {
    await api.close();
    await closeDatabase();
  });

  const signUp = (payload: object) =>
    api.inject({ method: 'POST', url: '/api/auth/signup', headers: CSRF, payload });
  const postLogin = (email: string, password: string) =>
    api.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: CSRF,
      payload: { email, password },
    });
  const unique = () => `${Date.now()}-${Math.random().toString(36).slice(2)}@test.oefenruimte.nl`;

  it('lets a therapist sign up with a practice and be logged in', async () => {
    const email = unique();
    const response = await signUp({
      name: 'Anna',
      email: email.toUpperCase(),
      password: 'mijn eigen lange zin',
      practiceName: 'Praktijk Anna',
    });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({
      email,
      role: 'therapist',
      practiceRole: 'owner',
      practice: { name: 'Praktijk Anna' },
      secondFactor: { enrolled: false, verified: false, required: true },
    });
    const me = await as(api, { cookie: cookieFrom(response), person: null as never }).get(
      '/api/auth/me',
    );
    expect(me.json().email).toBe(email);
  });

  it('sets the session cookie HttpOnly and SameSite=Strict, with a fresh token each login', async () => {
    const { therapist } = await createPractice({ secondFactor: false });
    const first = await postLogin(therapist.email, PASSWORD);
    const second = await postLogin(therapist.email, PASSWORD);
    const header = String(first.headers['set-cookie']);
    expect(header).toMatch(/HttpOnly/);
    expect(header).toMatch(/SameSite=Strict/);
    expect(header).toMatch(/Path=\//);
    expect(cookieFrom(first)).not.toBe(cookieFrom(second));
    expect(
      Buffer.from(cookieFrom(first).split('=')[1]!, 'base64url').length,
    ).toBeGreaterThanOrEqual(16);
  });

  it('stores only a hash of the session token', async () => {
    const { therapist } = await createPractice({ secondFactor: false });
    const token = cookieFrom(await postLogin(therapist.email, PASSWORD)).split('=')[1]!;
    const data = await database();
    const rows = await data.query('SELECT token_hash FROM sessions WHERE user_id = $1', [
      therapist.id,
    ]);
    expect(rows).toHaveLength(1);
    expect(rows[0].token_hash.toString('utf8')).not.toContain(token);
    expect(rows[0].token_hash).toHaveLength(32);
  });

  it.each([
    ['11 characters', 'elf-tekens!', 'password', 'isLength'],
    [
      `${PASSWORD_MAX_LENGTH + 1} characters`,
      'x'.repeat(PASSWORD_MAX_LENGTH + 1),
      'password',
      'isLength',
    ],
    ['a common breached password', 'qwerty123456', 'password', 'notCommon'],
  ])('refuses a password of %s, naming the field', async (_kind, password, field, constraint) => {
    const response = await signUp({ name: 'B', email: unique(), password, practiceName: 'P' });
    expect(response.statusCode).toBe(400);
    expect(response.json().fields).toEqual([expect.objectContaining({ field, constraint })]);
  });

  it('accepts a password of exactly 128 characters, without composition rules', async () => {
    const response = await signUp({
      name: 'C',
      email: unique(),
      password: 'a'.repeat(128),
      practiceName: 'P',
    });
    expect(response.statusCode).toBe(201);
  });

  it('refuses a second account on the same e-mail address', async () => {
    const email = unique();
    expect(
      (await signUp({ name: 'D', email, password: 'een goede zin hier', practiceName: 'P' }))
        .statusCode,
    ).toBe(201);
    const again = await signUp({
      name: 'D',
      email,
      password: 'een goede zin hier',
      practiceName: 'P',
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('EMAIL_TAKEN');
  });

  it('answers an unknown e-mail exactly like a wrong password', async () => {
    const { therapist } = await createPractice({ secondFactor: false });
    const wrong = await postLogin(therapist.email, 'niet het goede wachtwoord');
    const unknown = await postLogin(unique(), 'niet het goede wachtwoord');
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(wrong.statusCode);
    expect(unknown.body).toBe(wrong.body);
    expect(wrong.json().code).toBe('INVALID_CREDENTIALS');
  });

  it('answers 429 after 100 failed logins in an hour, even with the right password, and lets it cool down', async () => {
    const { therapist } = await createPractice({ secondFactor: false });
    const data = await database();
    const hash = (
      await data.query("SELECT sha256(convert_to($1, 'UTF8')) AS h", [therapist.email])
    )[0].h;
    await data.query(
      "INSERT INTO login_failures (email_hash, at) SELECT $1, now() - interval '5 minutes' FROM generate_series(1, 100)",
      [hash],
    );
    const blocked = await postLogin(therapist.email, PASSWORD);
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json().code).toBe('TOO_MANY_REQUESTS');
    await data.query(
      "UPDATE login_failures SET at = now() - interval '61 minutes' WHERE email_hash = $1",
      [hash],
    );
    expect((await postLogin(therapist.email, PASSWORD)).statusCode).toBe(200);
  });

  it('ends the session on the server at logout', async () => {
    const { therapist } = await createPractice({ secondFactor: false });
    const session = await login(api, therapist);
    expect((await as(api, session).post('/api/auth/logout')).statusCode).toBe(204);
    expect((await as(api, session).get('/api/auth/me')).statusCode).toBe(401);
  });

  it('ends a session after 30 idle minutes and after 12 hours in all', async () => {
    const { therapist } = await createPractice({ secondFactor: false });
    const data = await database();
    const idle = await login(api, therapist);
    await data.query(
      "UPDATE sessions SET last_seen_at = now() - interval '31 minutes' WHERE user_id = $1",
      [therapist.id],
    );
    expect((await as(api, idle).get('/api/auth/me')).statusCode).toBe(401);

    const old = await login(api, therapist);
    await data.query(
      "UPDATE sessions SET absolute_expires_at = now() - interval '1 second' WHERE user_id = $1 AND ended_at IS NULL",
      [therapist.id],
    );
    expect((await as(api, old).get('/api/auth/me')).statusCode).toBe(401);
  });

  it('does not keep a session alive by asking how long it has left', async () => {
    const { therapist } = await createPractice({ secondFactor: false });
    const session = await login(api, therapist);
    const data = await database();
    await data.query(
      "UPDATE sessions SET last_seen_at = now() - interval '20 minutes' WHERE user_id = $1",
      [therapist.id],
    );
    const me = await as(api, session).get('/api/auth/me');
    expect(new Date(me.json().session.idleExpiresAt).getTime()).toBeLessThan(
      Date.now() + 11 * 60_000,
    );
    const kept = await as(api, session).post('/api/auth/keep-alive');
    expect(new Date(kept.json().session.idleExpiresAt).getTime()).toBeGreaterThan(
      Date.now() + 29 * 60_000,
    );
  });

  it('lists the sessions of the account and ends one of them', async () => {
    const { therapist } = await createPractice({ secondFactor: false });
    const laptop = await login(api, therapist);
    const phone = await login(api, therapist);
    const list = await as(api, laptop).get('/api/account/sessions');
    expect(list.json()).toHaveLength(2);
    const other = list.json().find((s: { current: boolean }) => !s.current);
    expect((await as(api, laptop).delete(`/api/account/sessions/${other.id}`)).statusCode).toBe(
      204,
    );
    expect((await as(api, phone).get('/api/auth/me')).statusCode).toBe(401);
    expect((await as(api, laptop).get('/api/auth/me')).statusCode).toBe(200);
  });

  it('cannot end a session of someone else', async () => {
    const { therapist } = await createPractice({ secondFactor: false });
    const { therapist: stranger } = await createPractice({ secondFactor: false });
    await login(api, therapist);
    const [theirs] = await (
      await database()
    ).query('SELECT id FROM sessions WHERE user_id = $1', [therapist.id]);
    const response = await as(api, await login(api, stranger)).delete(
      `/api/account/sessions/${theirs.id}`,
    );
    expect(response.statusCode).toBe(404);
  });

  it('ends the other sessions when the password changes', async () => {
    const client = await createUser((await createPractice()).practiceId, 'client');
    const here = await login(api, client);
    const elsewhere = await login(api, client);
    const change = await as(api, here).post('/api/account/password/change', {
      currentPassword: PASSWORD,
      newPassword: 'een nieuw en lang wachtwoord',
    });
    expect(change.statusCode).toBe(204);
    expect((await as(api, elsewhere).get('/api/auth/me')).statusCode).toBe(401);
    expect((await as(api, here).get('/api/auth/me')).statusCode).toBe(200);
    expect((await postLogin(client.email, 'een nieuw en lang wachtwoord')).statusCode).toBe(200);
  });
});

describe('per-address limit on the auth routes', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp({ env: { AUTH_RATE_LIMIT_PER_MINUTE: '3' } });
  });
  afterAll(() => api.close());

  it('answers 429 past the limit, in the error shape', async () => {
    // Counters live in the database shared by every test file: this test's own address.
    const remoteAddress = `127.${randomInt(1, 255)}.${randomInt(0, 256)}.${randomInt(1, 255)}`;
    const attempt = () =>
      api.inject({
        method: 'POST',
        url: '/api/auth/login',
        remoteAddress,
        headers: CSRF,
        payload: { email: 'x@test.nl', password: 'wrong' },
      });
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await attempt()).statusCode);
    expect(statuses).toEqual([401, 401, 401, 429]);
    expect((await attempt()).json()).toMatchObject({ statusCode: 429, code: 'TOO_MANY_REQUESTS' });
  });
});

describe('session cookie over https', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp({ env: { SECURE_COOKIES: 'true' } });
  });
  afterAll(() => api.close());

  it('uses the __Host- prefix with Secure, so no other host or path can set or read it', async () => {
    const { therapist } = await createPractice({ secondFactor: false });
    const response = await api.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: CSRF,
      payload: { email: therapist.email, password: PASSWORD },
    });
    const header = String(response.headers['set-cookie']);
    expect(header).toMatch(/^__Host-oefenruimte-session=/);
    expect(header).toMatch(/; Secure/);
    expect(header).toMatch(/; Path=\//);
    expect(header).not.toMatch(/Domain=/i);
  });
});
