import {
  as,
  auditRows,
  closeDatabase,
  cookieFrom,
  createPractice,
  createUser,
  CSRF,
  database,
  login,
} from './support/factories';
import { startTestApp, type TestApp } from './support/test-app';

describe('invitations and care relations', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(async () => {
    await api.close();
    await closeDatabase();
  });

  const publicPost = (url: string, payload: object) =>
    api.inject({ method: 'POST', url, headers: CSRF, payload });
  const accept = (code: string, email: string) =>
    publicPost('/api/invitations/accept', {
      code,
      email,
      name: 'Noor',
      password: 'mijn eigen plek om te oefenen',
    });
  const email = () =>
    `client-${Date.now()}-${Math.random().toString(36).slice(2)}@test.oefenruimte.nl`;

  it('invites a client by code, who accepts, gets an account, a session and a care relation', async () => {
    const { therapist } = await createPractice();
    const session = await login(api, therapist);
    const created = await as(api, session).post('/api/invitations', { name: 'Noor' });
    expect(created.statusCode).toBe(201);
    const { code, link, expiresAt } = created.json();
    expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(link).toContain(`/uitnodiging#${code}`);
    const days = (new Date(expiresAt).getTime() - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(6.9);
    expect(days).toBeLessThanOrEqual(7);

    const preview = await publicPost('/api/invitations/preview', {
      code: code.toLowerCase().replace(/-/g, ' '),
    });
    expect(preview.json()).toMatchObject({
      kind: 'client',
      invitedBy: therapist.name,
      name: 'Noor',
    });

    const address = email();
    const accepted = await accept(code, address);
    expect(accepted.statusCode).toBe(201);
    expect(accepted.json()).toMatchObject({ role: 'client', email: address });
    const clientSession = { cookie: cookieFrom(accepted), person: therapist };
    expect((await as(api, clientSession).get('/api/auth/me')).json().role).toBe('client');

    const clients = await as(api, session).get('/api/clients');
    expect(clients.json().items).toEqual([expect.objectContaining({ name: 'Noor', until: null })]);
  });

  it('stores only a hash of the code, and lets it be used once', async () => {
    const { therapist } = await createPractice();
    const { code } = (
      await as(api, await login(api, therapist)).post('/api/invitations', { name: 'A' })
    ).json();
    const stored = await (
      await database()
    ).query('SELECT code_hash FROM invitations WHERE invited_by = $1', [therapist.id]);
    expect(stored[0].code_hash.toString('utf8')).not.toContain(code.replace(/-/g, ''));
    expect((await accept(code, email())).statusCode).toBe(201);
    const again = await accept(code, email());
    expect(again.statusCode).toBe(400);
    expect(again.json().code).toBe('TOKEN_INVALID');
  });

  it('refuses an expired or revoked code', async () => {
    const { therapist } = await createPractice();
    const session = await login(api, therapist);
    const expired = (await as(api, session).post('/api/invitations', { name: 'B' })).json();
    await (
      await database()
    ).query("UPDATE invitations SET expires_at = now() - interval '1 minute' WHERE id = $1", [
      expired.id,
    ]);
    expect((await accept(expired.code, email())).json().code).toBe('TOKEN_EXPIRED');

    const revoked = (await as(api, session).post('/api/invitations', { name: 'C' })).json();
    const revoke = await as(api, session).delete(`/api/invitations/${revoked.id}`);
    expect(revoke.json().status).toBe('revoked');
    expect((await accept(revoked.code, email())).json().code).toBe('TOKEN_INVALID');
    const list = await as(api, session).get('/api/invitations');
    expect(
      list
        .json()
        .items.map((i: { status: string }) => i.status)
        .sort(),
    ).toEqual(['expired', 'revoked']);
  });

  it('does not let another practice revoke or list an invitation', async () => {
    const { therapist } = await createPractice();
    const { therapist: stranger } = await createPractice();
    const invitation = (
      await as(api, await login(api, therapist)).post('/api/invitations', { name: 'D' })
    ).json();
    const strangerSession = await login(api, stranger);
    expect(
      (await as(api, strangerSession).delete(`/api/invitations/${invitation.id}`)).statusCode,
    ).toBe(404);
    expect((await as(api, strangerSession).get('/api/invitations')).json().items).toEqual([]);
  });

  it('mails the invitation when an address is given', async () => {
    const { therapist } = await createPractice();
    const address = email();
    const invitation = (
      await as(api, await login(api, therapist)).post('/api/invitations', {
        name: 'E',
        email: address,
      })
    ).json();
    const [mail] = await (
      await database()
    ).query('SELECT text FROM outbox_mails WHERE to_address = $1', [address]);
    expect(mail.text).toContain(invitation.code);
  });

  it('ends a care relation: the therapist then reaches nothing of the client', async () => {
    const { therapist } = await createPractice();
    const session = await login(api, therapist);
    const { code } = (await as(api, session).post('/api/invitations', { name: 'F' })).json();
    const clientId = (await accept(code, email())).json().id;
    expect((await as(api, session).get(`/api/clients/${clientId}`)).statusCode).toBe(200);
    const ended = await as(api, session).post(`/api/clients/${clientId}/end-care`);
    expect(ended.statusCode).toBe(200);
    expect(ended.json().until).not.toBeNull();
    expect((await as(api, session).get(`/api/clients/${clientId}`)).statusCode).toBe(404);
    expect((await as(api, session).get('/api/clients')).json().items).toEqual([]);
    expect(await auditRows({ subjectId: clientId, event: 'care-relation.end' })).toHaveLength(1);
  });

  it('lets a client have a second therapist in the practice; each sees the client', async () => {
    const { therapist, practiceId } = await createPractice();
    const colleague = await createUser(practiceId, 'therapist', 'therapist');
    const first = (
      await as(api, await login(api, therapist)).post('/api/invitations', { name: 'G' })
    ).json();
    const accepted = await accept(first.code, email());
    const clientSession = { cookie: cookieFrom(accepted), person: therapist };

    const colleagueSession = await login(api, colleague);
    const second = (await as(api, colleagueSession).post('/api/invitations', { name: 'G' })).json();
    expect(
      (await as(api, clientSession).post('/api/invitations/accept-as-me', { code: second.code }))
        .statusCode,
    ).toBe(204);
    expect((await as(api, colleagueSession).get('/api/clients')).json().items).toHaveLength(1);
  });

  it('lets only the owner invite a colleague therapist, who then joins the practice', async () => {
    const { therapist, practiceId } = await createPractice();
    const member = await createUser(practiceId, 'therapist', 'therapist');
    expect(
      (await as(api, await login(api, member)).post('/api/invitations/therapists', { name: 'X' }))
        .statusCode,
    ).toBe(403);
    const invitation = (
      await as(api, await login(api, therapist)).post('/api/invitations/therapists', {
        name: 'Joost',
      })
    ).json();
    const joined = await accept(invitation.code, email());
    expect(joined.json()).toMatchObject({
      role: 'therapist',
      practiceRole: 'therapist',
      practice: { id: practiceId },
    });
  });

  it('lets the owner edit the practice details, with a stale version refused', async () => {
    const { therapist } = await createPractice();
    const session = await login(api, therapist);
    const practice = (await as(api, session).get('/api/practice')).json();
    const updated = await as(api, session).patch('/api/practice', {
      crisisText: 'Bel ons op werkdagen.',
      version: practice.version,
    });
    expect(updated.json()).toMatchObject({
      crisisText: 'Bel ons op werkdagen.',
      version: practice.version + 1,
    });
    const stale = await as(api, session).patch('/api/practice', {
      phone: '010 000',
      version: practice.version,
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().current).toMatchObject({
      crisisText: 'Bel ons op werkdagen.',
      version: practice.version + 1,
    });
  });
});
