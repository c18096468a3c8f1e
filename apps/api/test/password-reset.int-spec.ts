import { as, closeDatabase, createPractice, CSRF, database, login } from './support/factories';
import { startTestApp, type TestApp } from './support/test-app';

describe('forgotten password', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(async () => {
    await api.close();
    await closeDatabase();
  });

  const post = (url: string, payload: object) =>
    api.inject({ method: 'POST', url, headers: CSRF, payload });

  async function resetTokenFor(email: string): Promise<string> {
    const [mail] = await (
      await database()
    ).query(
      'SELECT text FROM outbox_mails WHERE to_address = $1 ORDER BY created_at DESC LIMIT 1',
      [email],
    );
    const match = /wachtwoord-herstellen#([A-Za-z0-9_-]+)/.exec(mail?.text ?? '');
    if (!match) throw new Error('no reset mail');
    return match[1]!;
  }

  it('answers the same for a known and an unknown address', async () => {
    const { therapist } = await createPractice({ secondFactor: false });
    const known = await post('/api/account/password/forgot', { email: therapist.email });
    const unknown = await post('/api/account/password/forgot', {
      email: 'niemand@test.oefenruimte.nl',
    });
    expect(known.statusCode).toBe(202);
    expect(unknown.statusCode).toBe(202);
    expect(unknown.body).toBe(known.body);
  });

  it('resets with a single-use link, stores only its hash, and ends every session', async () => {
    const { therapist } = await createPractice({ secondFactor: false });
    const session = await login(api, therapist);
    await post('/api/account/password/forgot', { email: therapist.email });
    const token = await resetTokenFor(therapist.email);
    const stored = await (
      await database()
    ).query('SELECT token_hash FROM password_resets WHERE user_id = $1', [therapist.id]);
    expect(stored[0].token_hash.toString('base64url')).not.toBe(token);

    expect(
      (await post('/api/account/password/reset', { token, password: 'een heel nieuw wachtwoord' }))
        .statusCode,
    ).toBe(204);
    expect((await as(api, session).get('/api/auth/me')).statusCode).toBe(401);
    const again = await post('/api/account/password/reset', {
      token,
      password: 'nog een ander wachtwoord',
    });
    expect(again.statusCode).toBe(400);
    expect(again.json().code).toBe('TOKEN_INVALID');
  });

  it('refuses a link older than 30 minutes', async () => {
    const { therapist } = await createPractice({ secondFactor: false });
    await post('/api/account/password/forgot', { email: therapist.email });
    const token = await resetTokenFor(therapist.email);
    await (
      await database()
    ).query(
      "UPDATE password_resets SET expires_at = now() - interval '1 second' WHERE user_id = $1",
      [therapist.id],
    );
    const response = await post('/api/account/password/reset', {
      token,
      password: 'een heel nieuw wachtwoord',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().code).toBe('TOKEN_EXPIRED');
  });

  it('makes the link expire 30 minutes after it was asked for', async () => {
    const { therapist } = await createPractice({ secondFactor: false });
    await post('/api/account/password/forgot', { email: therapist.email });
    const [row] = await (
      await database()
    ).query(
      'SELECT extract(epoch FROM expires_at - created_at) AS seconds FROM password_resets WHERE user_id = $1',
      [therapist.id],
    );
    expect(Math.round(Number(row.seconds))).toBe(30 * 60);
  });
});
