import { randomInt } from 'node:crypto';
import { PASSWORD_MAX_LENGTH } from '@oefenruimte/shared';
import { createHash } from 'node:crypto';
import {
  as,
  auditRows,
  closeDatabase,
  cookieFrom,
  createPractice,
  createUser,
  CSRF,
  database,
  latestMail,
  login,
  PASSWORD,
  type Session,
} from './support/factories';
import { startTestApp, type TestApp } from './support/test-app';

const sha256 = (value: string) => createHash('sha256').update(value).digest();
/** How the app keys the per-account login counter (AttemptLimiter: scope, then the e-mail's hash). */
const accountKey = (email: string) => sha256(`login:${sha256(email).toString('hex')}`);

function deviceCookieFrom(response: { headers: Record<string, unknown> }): string {
  const header = response.headers['set-cookie'];
  const cookie = (Array.isArray(header) ? header : [header]).find((c) =>
    String(c).startsWith('oefenruimte-device='),
  );
  if (typeof cookie !== 'string') throw new Error('no device cookie was set');
  return cookie.split(';')[0]!;
}

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

  async function confirmationToken(email: string): Promise<string> {
    const mail = await latestMail(api, email);
    const match = /aanmelden\/bevestigen#([A-Za-z0-9_-]+)/.exec(mail?.text ?? '');
    if (!match) throw new Error(`no confirmation mail for ${email}`);
    return match[1]!;
  }
  const confirm = (token: string, password = 'mijn eigen lange zin') =>
    api.inject({
      method: 'POST',
      url: '/api/auth/signup/confirm',
      headers: CSRF,
      payload: { token, password },
    });
  /** A sign-up waiting for its link: the link's token. */
  const pendingSignUp = async () => {
    const email = unique();
    await signUp({ name: 'B', email, practiceName: 'P' });
    return confirmationToken(email);
  };

  it('lets a therapist sign up with a practice, confirm the address with a password, and be logged in', async () => {
    const email = unique();
    const response = await signUp({
      name: 'Anna',
      email: email.toUpperCase(),
      practiceName: 'Praktijk Anna',
    });
    expect(response.statusCode).toBe(202);
    // The password is chosen at confirmation: none is taken, or kept, before.
    expect(
      (await signUp({ name: 'A', email: unique(), password: 'een zin', practiceName: 'P' })).json()
        .fields,
    ).toEqual([expect.objectContaining({ field: 'password' })]);
    expect(
      await (await database()).query('SELECT * FROM signups WHERE email = $1', [email]),
    ).toEqual([expect.not.objectContaining({ password_hash: expect.anything() })]);
    // No account before the address is confirmed.
    expect((await postLogin(email, 'mijn eigen lange zin')).statusCode).toBe(401);

    const confirmed = await confirm(await confirmationToken(email));
    expect(confirmed.statusCode).toBe(201);
    expect(confirmed.json()).toMatchObject({
      email,
      role: 'therapist',
      practiceRole: 'owner',
      practice: { name: 'Praktijk Anna' },
      secondFactor: { enrolled: false, verified: false, required: true },
    });
    const me = await as(api, { cookie: cookieFrom(confirmed), person: null as never }).get(
      '/api/auth/me',
    );
    expect(me.json().email).toBe(email);
    expect((await postLogin(email, 'mijn eigen lange zin')).statusCode).toBe(200);
  });

  it('uses a confirmation link once, and not after 24 hours', async () => {
    const email = unique();
    await signUp({ name: 'E', email, practiceName: 'P' });
    const token = await confirmationToken(email);
    expect((await confirm(token)).statusCode).toBe(201);
    expect((await confirm(token)).json().code).toBe('TOKEN_INVALID');

    const late = unique();
    await signUp({ name: 'F', email: late, practiceName: 'P' });
    const lateToken = await confirmationToken(late);
    await (
      await database()
    ).query("UPDATE signups SET expires_at = now() - interval '1 second' WHERE email = $1", [late]);
    expect((await confirm(lateToken)).json().code).toBe('TOKEN_EXPIRED');
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
    const token = await pendingSignUp();
    const response = await confirm(token, password);
    expect(response.statusCode).toBe(400);
    expect(response.json().fields).toEqual([expect.objectContaining({ field, constraint })]);
    // A refused password does not use up the link.
    expect((await confirm(token)).statusCode).toBe(201);
  });

  it('accepts a password of exactly 128 characters, without composition rules', async () => {
    expect((await confirm(await pendingSignUp(), 'a'.repeat(128))).statusCode).toBe(201);
  });

  it('answers sign-up for a taken address exactly as for a new one, and tells the owner by mail', async () => {
    const { therapist } = await createPractice({ secondFactor: false });
    const body = { name: 'D', practiceName: 'P' };
    const taken = await signUp({ ...body, email: therapist.email });
    const fresh = await signUp({ ...body, email: unique() });
    expect(taken.statusCode).toBe(202);
    expect({ status: taken.statusCode, body: taken.body }).toEqual({
      status: fresh.statusCode,
      body: fresh.body,
    });
    const note = await latestMail(api, therapist.email);
    expect(note?.subject).toBe('Aanmelding bij Oefenruimte met jouw e-mailadres');
    expect(note?.text).not.toMatch(/bevestigen#/);
    // The owner's account is untouched: their password still works, nobody else's does.
    expect((await postLogin(therapist.email, PASSWORD)).statusCode).toBe(200);
    expect(
      await (await database()).query('SELECT 1 FROM signups WHERE email = $1', [therapist.email]),
    ).toEqual([]);
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

  it('slows down guessing without the device cookie: after 5 wrong passwords, 429 with Retry-After, even for the right one', async () => {
    const { therapist } = await createPractice({ secondFactor: false });
    for (let i = 0; i < 5; i++) {
      expect((await postLogin(therapist.email, `fout wachtwoord ${i}`)).statusCode).toBe(401);
    }
    const slowed = await postLogin(therapist.email, PASSWORD);
    expect(slowed.statusCode).toBe(429);
    expect(slowed.json().code).toBe('TOO_MANY_REQUESTS');
    expect(Number(slowed.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(await auditRows({ actorId: therapist.id, event: 'session.login-throttled' })).toEqual([
      expect.objectContaining({ outcome: 'refused' }),
    ]);
    // The delay passes (its start moved back in time): one attempt is looked at again.
    await (
      await database()
    ).query("UPDATE failed_attempts SET at = at - interval '5 seconds' WHERE key_hash = $1", [
      accountKey(therapist.email),
    ]);
    expect((await postLogin(therapist.email, PASSWORD)).statusCode).toBe(200);
  });

  it('never locks the owner out: from a device that logged in before, 100 failures elsewhere do not matter', async () => {
    const { therapist } = await createPractice({ secondFactor: false });
    const earlier = await postLogin(therapist.email, PASSWORD);
    const device = deviceCookieFrom(earlier);
    // An attacker elsewhere tried 100 passwords in the last few minutes.
    await (
      await database()
    ).query(
      "INSERT INTO failed_attempts (scope, key_hash, at) SELECT 'login', $1, now() - interval '1 minute' FROM generate_series(1, 100)",
      [accountKey(therapist.email)],
    );
    expect((await postLogin(therapist.email, PASSWORD)).statusCode).toBe(429);
    const owner = await api.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { ...CSRF, cookie: device },
      payload: { email: therapist.email, password: PASSWORD },
    });
    expect(owner.statusCode).toBe(200);
    // The cookie is bound to the account: for another address it is just an unknown device.
    const { therapist: other } = await createPractice({ secondFactor: false });
    await (
      await database()
    ).query(
      "INSERT INTO failed_attempts (scope, key_hash) SELECT 'login', $1 FROM generate_series(1, 6)",
      [accountKey(other.email)],
    );
    const borrowed = await api.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { ...CSRF, cookie: device },
      payload: { email: other.email, password: PASSWORD },
    });
    expect(borrowed.statusCode).toBe(429);
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

// Each app registers its passport strategy globally, so a second app in one describe block
// would take over the first one's sessions: these tests start their own apps.
describe('failed logins across API processes', () => {
  afterAll(() => closeDatabase());
  it('are counted in PostgreSQL: a second API process refuses what the first one counted', async () => {
    const first = await startTestApp();
    const second = await startTestApp();
    try {
      const { therapist } = await createPractice({ secondFactor: false });
      const attempt = (app: TestApp, password: string) =>
        app.inject({
          method: 'POST',
          url: '/api/auth/login',
          headers: CSRF,
          payload: { email: therapist.email, password },
        });
      for (let i = 0; i < 5; i++) expect((await attempt(first, `fout ${i}`)).statusCode).toBe(401);
      const there = await attempt(second, PASSWORD);
      expect(there.statusCode).toBe(429);
      expect(Number(there.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    } finally {
      await second.close();
      await first.close();
    }
  });
});

describe('demo accounts outside demo mode', () => {
  afterAll(() => closeDatabase());
  it('cannot log in, and their sessions no longer work', async () => {
    const { therapist } = await createPractice({ secondFactor: false });
    await (await database()).query('UPDATE users SET is_demo = true WHERE id = $1', [therapist.id]);
    const demo = await startTestApp({ env: { MODE: 'demo' } });
    let session: Session | undefined;
    try {
      session = await login(demo, therapist);
      expect((await as(demo, session).get('/api/auth/me')).statusCode).toBe(200);
    } finally {
      await demo.close();
    }
    // Started as a practice: the demo account's session is over, and it cannot log in.
    const practice = await startTestApp();
    try {
      expect((await as(practice, session).get('/api/auth/me')).statusCode).toBe(401);
      const again = await practice.inject({
        method: 'POST',
        url: '/api/auth/login',
        headers: CSRF,
        payload: { email: therapist.email, password: PASSWORD },
      });
      expect(again.statusCode).toBe(401);
      expect(again.json().code).toBe('INVALID_CREDENTIALS');
    } finally {
      await practice.close();
    }
  });
});
