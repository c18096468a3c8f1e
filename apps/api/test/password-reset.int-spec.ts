import {
  as,
  auditRows,
  closeDatabase,
  createClientInCare,
  createPractice,
  createUser,
  CSRF,
  database,
  latestMail,
  login,
} from './support/factories';
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
    const mail = await latestMail(api, email);
    const match = /wachtwoord-herstellen#([A-Za-z0-9_-]+)/.exec(mail?.text ?? '');
    if (!match) throw new Error('no reset mail');
    return match[1]!;
  }

  it('answers the same for a known and an unknown address, before looking either up', async () => {
    const { therapist } = await createPractice({ secondFactor: false });
    const data = await database();
    // Hold every write to password_resets: an answer that waited for the look-up and the
    // mail (as before) could not arrive while the lock is held.
    const runner = data.createQueryRunner();
    await runner.connect();
    await runner.startTransaction();
    try {
      await runner.query('LOCK TABLE password_resets IN EXCLUSIVE MODE');
      const known = await post('/api/account/password/forgot', { email: therapist.email });
      const unknown = await post('/api/account/password/forgot', {
        email: 'niemand@test.oefenruimte.nl',
      });
      expect(known.statusCode).toBe(202);
      expect({ status: unknown.statusCode, body: unknown.body }).toEqual({
        status: known.statusCode,
        body: known.body,
      });
    } finally {
      await runner.commitTransaction();
      await runner.release();
    }
    // The work happened afterwards: the known address has its mail, the unknown one none.
    expect((await latestMail(api, therapist.email))?.text).toMatch(/wachtwoord-herstellen#/);
    expect(await latestMail(api, 'niemand@test.oefenruimte.nl')).toBeUndefined();
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
    await api.idle();
    const [row] = await (
      await database()
    ).query(
      'SELECT extract(epoch FROM expires_at - created_at) AS seconds FROM password_resets WHERE user_id = $1',
      [therapist.id],
    );
    expect(Math.round(Number(row.seconds))).toBe(30 * 60);
  });

  describe('a reset code from the practice owner (a practice without mail)', () => {
    const code = (owner: Awaited<ReturnType<typeof login>>, userId: string) =>
      as(api, owner).post(`/api/account/password/reset-codes/${userId}`);

    it('lets the owner make a one-time code for a client in care, which resets the password once', async () => {
      const { therapist } = await createPractice();
      const client = await createClientInCare(therapist);
      const clientSession = await login(api, client);
      const owner = await login(api, therapist);
      const made = await code(owner, client.id);
      expect(made.statusCode).toBe(201);
      expect(made.json().code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
      const minutes = (new Date(made.json().expiresAt).getTime() - Date.now()) / 60_000;
      expect(Math.round(minutes)).toBe(30);
      const [stored] = await (
        await database()
      ).query("SELECT token_hash FROM password_resets WHERE user_id = $1 AND kind = 'code'", [
        client.id,
      ]);
      expect(stored.token_hash.toString('utf8')).not.toContain(made.json().code);

      // Typed leniently, as read out: lower case, no dashes.
      const typed = made.json().code.toLowerCase().replace(/-/g, ' ');
      const reset = await post('/api/account/password/reset', {
        token: typed,
        password: 'een nieuw wachtwoord van mij',
      });
      expect(reset.statusCode).toBe(204);
      expect((await as(api, clientSession).get('/api/auth/me')).statusCode).toBe(401);
      const again = await post('/api/account/password/reset', {
        token: made.json().code,
        password: 'nog een ander wachtwoord',
      });
      expect(again.json().code).toBe('TOKEN_INVALID');
      expect(
        (
          await api.inject({
            method: 'POST',
            url: '/api/auth/login',
            headers: CSRF,
            payload: { email: client.email, password: 'een nieuw wachtwoord van mij' },
          })
        ).statusCode,
      ).toBe(200);
      expect(
        await auditRows({ actorId: therapist.id, event: 'password.reset-code.create' }),
      ).toEqual([
        expect.objectContaining({ outcome: 'success', subject_id: client.id, basis: 'practice' }),
      ]);
      expect(await auditRows({ actorId: client.id, event: 'password.reset-by-code' })).toHaveLength(
        1,
      );
    });

    it('works for a colleague too, expires after 30 minutes, and a new code replaces the old one', async () => {
      const { therapist, practiceId } = await createPractice();
      const colleague = await createUser(practiceId, 'therapist');
      const owner = await login(api, therapist);
      const first = (await code(owner, colleague.id)).json().code;
      const second = (await code(owner, colleague.id)).json().code;
      const body = { password: 'een heel nieuw wachtwoord' };
      expect(
        (await post('/api/account/password/reset', { ...body, token: first })).json().code,
      ).toBe('TOKEN_INVALID');
      await (
        await database()
      ).query(
        "UPDATE password_resets SET expires_at = now() - interval '1 second' WHERE user_id = $1",
        [colleague.id],
      );
      expect(
        (await post('/api/account/password/reset', { ...body, token: second })).json().code,
      ).toBe('TOKEN_EXPIRED');
    });

    it('lists the colleagues to the owner (not to a colleague), so a code can be made for one', async () => {
      const { therapist, practiceId } = await createPractice();
      const colleague = await createUser(practiceId, 'therapist');
      const list = await as(api, await login(api, therapist)).get('/api/practice/colleagues');
      expect(list.json()).toEqual([
        { id: colleague.id, name: colleague.name, email: colleague.email },
      ]);
      expect(
        (await as(api, await login(api, colleague)).get('/api/practice/colleagues')).statusCode,
      ).toBe(403);
    });

    it('is only for the owner, only for people of the practice, and audits a refusal', async () => {
      const { therapist, practiceId } = await createPractice();
      const colleague = await createUser(practiceId, 'therapist');
      const client = await createClientInCare(therapist);
      const { therapist: stranger } = await createPractice();
      const outsider = await createClientInCare(stranger);
      const owner = await login(api, therapist);
      expect((await code(await login(api, colleague), client.id)).statusCode).toBe(403);
      expect((await code(owner, outsider.id)).statusCode).toBe(404);
      expect((await code(owner, therapist.id)).statusCode).toBe(404);
      expect(
        await auditRows({ actorId: therapist.id, event: 'password.reset-code.create' }),
      ).toEqual([
        expect.objectContaining({ outcome: 'refused' }),
        expect.objectContaining({ outcome: 'refused' }),
      ]);
      // Without the second factor in this session, the owner cannot make one.
      const { therapist: noFactor } = await createPractice({ secondFactor: false });
      const theirClient = await createClientInCare(noFactor);
      const plain = await login(api, noFactor);
      expect((await code(plain, theirClient.id)).json().code).toBe('SECOND_FACTOR_REQUIRED');
    });
  });
});
