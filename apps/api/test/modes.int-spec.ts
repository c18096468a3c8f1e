import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { runMigrations } from '../src/database/migrate';
import { SetupCodeService } from '../src/identity/setup-code.service';
import {
  as,
  closeDatabase,
  cookieFrom,
  createPractice,
  createUser,
  CSRF,
  database,
  latestMail,
} from './support/factories';
import {
  startTestApp,
  TEST_ENCRYPTION_KEY,
  testDatabaseUrl,
  type TestApp,
} from './support/test-app';

const forgot = (api: TestApp, email: string) =>
  api.inject({
    method: 'POST',
    url: '/api/account/password/forgot',
    headers: CSRF,
    payload: { email },
  });

describe('demo mode and practice mode', () => {
  afterAll(() => closeDatabase());

  describe('the demo mailbox', () => {
    it('does not exist in practice mode, although mail is kept in the outbox table', async () => {
      const api = await startTestApp();
      try {
        const { therapist } = await createPractice({ secondFactor: false });
        await forgot(api, therapist.email);
        expect((await latestMail(api, therapist.email))?.text).toMatch(/wachtwoord-herstellen#/);
        const outbox = await as(api, null).get('/api/demo/outbox');
        expect(outbox.statusCode).toBe(404);
      } finally {
        await api.close();
      }
    });

    it('shows in demo mode only the mail to the seeded demo accounts, never anyone else’s', async () => {
      const api = await startTestApp({ env: { MODE: 'demo' } });
      try {
        const { practiceId } = await createPractice({ secondFactor: false });
        const demo = await createUser(practiceId, 'client');
        await (await database()).query('UPDATE users SET is_demo = true WHERE id = $1', [demo.id]);
        const real = await createUser(practiceId, 'client');
        await forgot(api, demo.email);
        await forgot(api, real.email);
        await api.idle();
        const outbox = await as(api, null).get('/api/demo/outbox');
        expect(outbox.statusCode).toBe(200);
        const to = outbox.json().map((mail: { to: string }) => mail.to);
        expect(to).toContain(demo.email);
        expect(to).not.toContain(real.email);
        // The real person's reset link exists, but only in their own mailbox (the table).
        expect((await latestMail(api, real.email))?.text).toMatch(/wachtwoord-herstellen#/);
      } finally {
        await api.close();
      }
    });
  });

  describe('the first owner of a practice-mode install, without mail', () => {
    let api: TestApp;
    beforeAll(async () => {
      // A database of its own: the shared test database has practices already.
      const name = `setup_${randomBytes(4).toString('hex')}`;
      const admin = new Client({ connectionString: testDatabaseUrl() });
      await admin.connect();
      await admin.query(`CREATE DATABASE ${name}`);
      await admin.end();
      const databaseUrl = testDatabaseUrl().replace(/\/[^/]+$/, `/${name}`);
      await runMigrations(databaseUrl, { encryptionKey: TEST_ENCRYPTION_KEY });
      api = await startTestApp({ databaseUrl });
    });
    afterAll(() => api.close());

    const setUp = (setupCode: string, email: string) =>
      api.inject({
        method: 'POST',
        url: '/api/auth/setup',
        headers: CSRF,
        payload: {
          setupCode,
          email,
          name: 'Eerste Eigenaar',
          password: 'de eerste lange zin',
          practiceName: 'Praktijk Begin',
        },
      });

    it('prints a one-time setup code while no practice exists; it makes the owner once, then no more codes', async () => {
      const setupCodes = api.app.get(SetupCodeService);
      const stale = await setupCodes.issueIfNoPractice();
      const code = await setupCodes.issueIfNoPractice();
      expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
      // A restart makes a new code; the old one stops working.
      expect((await setUp(stale!, 'eigenaar@test.oefenruimte.nl')).json().code).toBe(
        'TOKEN_INVALID',
      );
      expect((await setUp('AAAA-BBBB-CCCC', 'eigenaar@test.oefenruimte.nl')).statusCode).toBe(400);

      const owner = await setUp(code!, 'eigenaar@test.oefenruimte.nl');
      expect(owner.statusCode).toBe(201);
      expect(owner.json()).toMatchObject({
        role: 'therapist',
        practiceRole: 'owner',
        practice: { name: 'Praktijk Begin' },
      });
      const me = await as(api, { cookie: cookieFrom(owner), person: null as never }).get(
        '/api/auth/me',
      );
      expect(me.statusCode).toBe(200);

      expect((await setUp(code!, 'tweede@test.oefenruimte.nl')).json().code).toBe('TOKEN_INVALID');
      expect(await setupCodes.issueIfNoPractice()).toBeNull();
    });
  });

  describe('the API docs', () => {
    it('are off in production, and on there only when API_DOCS=true', async () => {
      const production = await startTestApp({ env: { NODE_ENV: 'production' } });
      try {
        expect((await production.inject({ method: 'GET', url: '/api/docs-json' })).statusCode).toBe(
          404,
        );
        expect((await production.inject({ method: 'GET', url: '/api/docs' })).statusCode).toBe(404);
      } finally {
        await production.close();
      }
      const opened = await startTestApp({ env: { NODE_ENV: 'production', API_DOCS: 'true' } });
      try {
        expect((await opened.inject({ method: 'GET', url: '/api/docs-json' })).statusCode).toBe(
          200,
        );
      } finally {
        await opened.close();
      }
    });
  });
});
