import { randomUUID } from 'node:crypto';
import { PasswordService } from '../src/identity/password.service';
import { closeDatabase, CSRF, database } from './support/factories';
import { startTestApp, type TestApp } from './support/test-app';

/** Every refused link or one-time code is in the audit log, without the token or an address. */
describe('refused links and codes', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(async () => {
    await api.close();
    await closeDatabase();
  });

  async function refusedWith(url: string, payload: Record<string, string>) {
    const requestId = `refused-${randomUUID()}`;
    const response = await api.inject({
      method: 'POST',
      url,
      headers: { ...CSRF, 'x-request-id': requestId },
      payload,
    });
    const rows: Record<string, unknown>[] = await (
      await database()
    ).query('SELECT * FROM audit_events WHERE request_id = $1', [requestId]);
    return { response, rows };
  }

  it.each([
    [
      'a wrong sign-up confirmation link',
      '/api/auth/signup/confirm',
      'signup.confirm',
      { token: 'dit-is-geen-echte-bevestigingslink-0001', password: 'een-rustig-wachtwoord' },
    ],
    [
      'a wrong reset code',
      '/api/account/password/reset',
      'password.reset',
      { token: 'WXYZ-WXYZ-0002', password: 'een-rustig-wachtwoord' },
    ],
    [
      'a wrong setup code',
      '/api/auth/setup',
      'account.setup',
      {
        email: 'nieuw-0003@test.oefenruimte.nl',
        name: 'Eerste eigenaar',
        practiceName: 'Praktijk Setup',
        password: 'een-rustig-wachtwoord',
        setupCode: 'WXYZ-WXYZ-0003',
      },
    ],
  ])(
    'audits %s as refused, without the token or the address',
    async (_kind, url, event, payload) => {
      const { response, rows } = await refusedWith(url, payload);
      expect(response.statusCode).toBe(400);
      expect(response.json().code).toBe('TOKEN_INVALID');
      expect(rows).toEqual([
        expect.objectContaining({ event, outcome: 'refused', actor_id: null, object_id: null }),
      ]);
      const stored = JSON.stringify(rows);
      for (const secret of Object.values(payload)) expect(stored).not.toContain(secret);
    },
  );

  it('checks the setup code before it hashes the password', async () => {
    const hash = jest.spyOn(api.app.get(PasswordService), 'hash');
    try {
      const { response } = await refusedWith('/api/auth/setup', {
        email: 'nieuw-0004@test.oefenruimte.nl',
        name: 'Eerste eigenaar',
        practiceName: 'Praktijk Setup',
        password: 'een-rustig-wachtwoord',
        setupCode: 'WXYZ-WXYZ-0004',
      });
      expect(response.statusCode).toBe(400);
      expect(hash).not.toHaveBeenCalled();
    } finally {
      hash.mockRestore();
    }
  });
});
