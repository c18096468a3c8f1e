import {
  as,
  auditRows,
  closeDatabase,
  cookieFrom,
  createClientInCare,
  createPractice,
  CSRF,
  database,
  login,
  PASSWORD,
  secretBox,
  totpCode,
} from './support/factories';
import { startTestApp, type TestApp } from './support/test-app';

describe('second factor (TOTP)', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(async () => {
    await api.close();
    await closeDatabase();
  });

  const passwordLogin = async (email: string) =>
    cookieFrom(
      await api.inject({
        method: 'POST',
        url: '/api/auth/login',
        headers: CSRF,
        payload: { email, password: PASSWORD },
      }),
    );

  it('keeps client data closed to a therapist without a second factor', async () => {
    const { therapist } = await createPractice({ secondFactor: false });
    const session = await login(api, therapist);
    const response = await as(api, session).get('/api/clients');
    expect(response.statusCode).toBe(403);
    expect(response.json().code).toBe('SECOND_FACTOR_REQUIRED');
  });

  it('enrols with a QR code and a first code, gives ten recovery codes and a new session token', async () => {
    const { therapist } = await createPractice({ secondFactor: false });
    const session = await login(api, therapist);
    const setup = await as(api, session).post('/api/account/second-factor/setup');
    expect(setup.statusCode).toBe(200);
    expect(setup.json().otpauthUrl).toMatch(/^otpauth:\/\/totp\/Oefenruimte/);
    expect(setup.json().qrCodeDataUrl).toMatch(/^data:image\/svg\+xml;base64,/);

    const wrong = await as(api, session).post('/api/account/second-factor/confirm', {
      code: '000000',
    });
    expect(wrong.statusCode).toBe(401);

    const confirm = await as(api, session).post('/api/account/second-factor/confirm', {
      code: totpCode(setup.json().secret),
    });
    expect(confirm.statusCode).toBe(200);
    expect(confirm.json().recoveryCodes).toHaveLength(10);
    const upgraded = cookieFrom(confirm);
    expect(upgraded).not.toBe(session.cookie);
    expect((await as(api, session).get('/api/auth/me')).statusCode).toBe(401);
    expect(
      (await as(api, { cookie: upgraded, person: therapist }).get('/api/clients')).statusCode,
    ).toBe(200);
  });

  it('asks for the code after the password and gives a new token after it', async () => {
    const { therapist } = await createPractice();
    const halfway = await passwordLogin(therapist.email);
    const me = await as(api, { cookie: halfway, person: therapist }).get('/api/auth/me');
    expect(me.json().secondFactor).toEqual({ enrolled: true, verified: false, required: true });
    const blocked = await as(api, { cookie: halfway, person: therapist }).get('/api/clients');
    expect(blocked.statusCode).toBe(401);
    expect(blocked.json().code).toBe('SECOND_FACTOR_REQUIRED');

    const verified = await as(api, { cookie: halfway, person: therapist }).post(
      '/api/auth/second-factor',
      {
        code: totpCode(therapist.totpSecret!),
      },
    );
    expect(verified.statusCode).toBe(200);
    expect(cookieFrom(verified)).not.toBe(halfway);
    expect(
      (await as(api, { cookie: cookieFrom(verified), person: therapist }).get('/api/clients'))
        .statusCode,
    ).toBe(200);
  });

  it('accepts a code once: a replay is refused and logged', async () => {
    const { therapist } = await createPractice();
    const code = totpCode(therapist.totpSecret!);
    const first = await passwordLogin(therapist.email);
    expect(
      (
        await as(api, { cookie: first, person: therapist }).post('/api/auth/second-factor', {
          code,
        })
      ).statusCode,
    ).toBe(200);
    const second = await passwordLogin(therapist.email);
    const replay = await as(api, { cookie: second, person: therapist }).post(
      '/api/auth/second-factor',
      { code },
    );
    expect(replay.statusCode).toBe(401);
    expect(replay.json().code).toBe('INVALID_CODE');
    expect(await auditRows({ actorId: therapist.id, event: 'second-factor.replay' })).toEqual([
      expect.objectContaining({ outcome: 'refused' }),
    ]);
  });

  it('accepts a code from one step before or after, not two', async () => {
    const { therapist } = await createPractice();
    const far = await as(api, {
      cookie: await passwordLogin(therapist.email),
      person: therapist,
    }).post('/api/auth/second-factor', {
      code: totpCode(therapist.totpSecret!, 2),
    });
    expect(far.statusCode).toBe(401);
    const near = await as(api, {
      cookie: await passwordLogin(therapist.email),
      person: therapist,
    }).post('/api/auth/second-factor', {
      code: totpCode(therapist.totpSecret!, 1),
    });
    expect(near.statusCode).toBe(200);
  });

  it('lets a recovery code stand in for the app, once', async () => {
    const { therapist } = await createPractice({ secondFactor: false });
    const session = await login(api, therapist);
    const setup = await as(api, session).post('/api/account/second-factor/setup');
    const confirm = await as(api, session).post('/api/account/second-factor/confirm', {
      code: totpCode(setup.json().secret),
    });
    const [recovery] = confirm.json().recoveryCodes;

    const useIt = async () =>
      as(api, { cookie: await passwordLogin(therapist.email), person: therapist }).post(
        '/api/auth/second-factor/recovery',
        {
          code: recovery.toLowerCase(),
        },
      );
    expect((await useIt()).statusCode).toBe(200);
    expect((await useIt()).statusCode).toBe(401);
  });

  it('refuses every code, the right one too, after 5 wrong ones in 15 minutes: 429 with Retry-After, audited', async () => {
    const { therapist } = await createPractice();
    const session = { cookie: await passwordLogin(therapist.email), person: therapist };
    for (const wrong of ['000000', '111111', '222222', '333333', '444444']) {
      expect(
        (await as(api, session).post('/api/auth/second-factor', { code: wrong })).statusCode,
      ).toBe(401);
    }
    const right = await as(api, session).post('/api/auth/second-factor', {
      code: totpCode(therapist.totpSecret!),
    });
    expect(right.statusCode).toBe(429);
    expect(right.json().code).toBe('TOO_MANY_REQUESTS');
    const retryAfter = Number(right.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(14 * 60);
    expect(retryAfter).toBeLessThanOrEqual(15 * 60);
    // Per account, not per session or route: a new login and a recovery code are refused too.
    const other = { cookie: await passwordLogin(therapist.email), person: therapist };
    expect(
      (await as(api, other).post('/api/auth/second-factor/recovery', { code: 'AAAA-BBBB-CCCC' }))
        .statusCode,
    ).toBe(429);
    expect(await auditRows({ actorId: therapist.id, event: 'second-factor.verify' })).toHaveLength(
      5,
    );
    expect(
      await auditRows({ actorId: therapist.id, event: 'second-factor.verify-throttled' }),
    ).toEqual([expect.objectContaining({ outcome: 'refused' })]);

    // Counted in PostgreSQL: once the window has passed, the right code works again.
    await (
      await database()
    ).query(
      "UPDATE failed_attempts SET at = at - interval '15 minutes' WHERE scope = 'second-factor'",
    );
    const later = await as(api, session).post('/api/auth/second-factor', {
      code: totpCode(therapist.totpSecret!, 1),
    });
    expect(later.statusCode).toBe(200);
  });

  it('keeps the secret sealed at rest: AES-256-GCM with a key outside the database', async () => {
    const { therapist } = await createPractice({ secondFactor: false });
    const session = await login(api, therapist);
    const { secret } = (await as(api, session).post('/api/account/second-factor/setup')).json();
    const data = await database();
    const [row] = await data.query('SELECT totp_secret FROM users WHERE id = $1', [therapist.id]);
    expect(row.totp_secret).toMatch(/^v1\./);
    expect(row.totp_secret).not.toContain(secret);
    expect(secretBox.open(row.totp_secret, therapist.id)).toBe(secret);
    // The database itself refuses a secret in plain text.
    await expect(
      data.query('UPDATE users SET totp_secret = $2 WHERE id = $1', [therapist.id, secret]),
    ).rejects.toThrow(/users_totp_secret_sealed_check/);
  });

  it('lets the demo therapist skip the factor only in demo mode (outside it the account is off)', async () => {
    const { therapist } = await createPractice({ secondFactor: false });
    await createClientInCare(therapist);
    await (await database()).query('UPDATE users SET is_demo = true WHERE id = $1', [therapist.id]);
    // The test app runs as a practice: a demo account cannot even log in.
    expect(
      (
        await api.inject({
          method: 'POST',
          url: '/api/auth/login',
          headers: CSRF,
          payload: { email: therapist.email, password: PASSWORD },
        })
      ).statusCode,
    ).toBe(401);

    const demo = await startTestApp({ env: { MODE: 'demo' } });
    try {
      const demoSession = await login(demo, therapist);
      expect((await as(demo, demoSession).get('/api/clients')).statusCode).toBe(200);
    } finally {
      await demo.close();
    }
  });
});
