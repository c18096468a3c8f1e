import { randomUUID } from 'node:crypto';
import type { Pool } from 'pg';
import { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import {
  as,
  auditRows,
  closeDatabase,
  cookieFrom,
  createPractice,
  createUser,
  CSRF,
  login,
  PASSWORD,
  type Person,
} from './support/factories';
import { startTestApp, type TestApp } from './support/test-app';

/**
 * A refused attempt writes what it must keep (the counted failure, its audit row) in the
 * transaction that looked at it, and is answered after that commits: it never asks the pool
 * for a second connection while holding one. Parallel failures therefore cannot drain the
 * pool, however many arrive at once.
 */
describe('many failed attempts at once', () => {
  let api: TestApp;
  let parallel: number;
  beforeAll(async () => {
    api = await startTestApp();
    const pool = (api.app.get(DataSource).driver as PostgresDriver).master as Pool;
    parallel = 3 * (pool.options.max ?? 10);
  });
  afterAll(async () => {
    await api.close();
    await closeDatabase();
  });

  const outside4xx = (responses: { statusCode: number }[]) =>
    statuses(responses).filter((status) => status < 400 || status >= 500);

  const statuses = (responses: { statusCode: number }[]) =>
    [...new Set(responses.map((response) => response.statusCode))].sort();

  const passwordLogin = (email: string, password: string) =>
    api.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: CSRF,
      payload: { email, password },
    });

  it('answers parallel wrong passwords with 401 or 429, never 500 or 503, and keeps each of them', async () => {
    const { practiceId } = await createPractice({ secondFactor: false });
    // A few accounts, each tried several times at once: the first try of each runs the hash,
    // the ones racing it are asked to retry.
    const people: Person[] = [];
    for (let i = 0; i < 10; i += 1) people.push(await createUser(practiceId, 'client'));
    const responses = await Promise.all(
      Array.from({ length: parallel }, (_, i) =>
        passwordLogin(people[i % people.length]!.email, 'niet-het-goede-wachtwoord'),
      ),
    );
    expect(statuses(responses)).toContain(401);
    expect(statuses(responses).filter((status) => status !== 401 && status !== 429)).toEqual([]);

    // Every refusal is in the log, and so is every counted failure.
    const refused = (await auditRows({ event: 'session.login' })).filter(
      (row: { outcome: string; actor_id: string }) =>
        row.outcome === 'refused' && people.some((person) => person.id === row.actor_id),
    );
    expect(refused).toHaveLength(responses.filter((r) => r.statusCode === 401).length);

    // The pool is whole again: the right password gets in.
    expect((await passwordLogin(people[0]!.email, PASSWORD)).statusCode).toBe(200);
    await login(api, (await createPractice()).therapist);
  });

  it('answers parallel wrong second-factor codes with 401 or 429 and still takes the right one elsewhere', async () => {
    const therapists: Person[] = [];
    for (let i = 0; i < 3; i += 1) therapists.push((await createPractice()).therapist);
    const halfway = await Promise.all(
      therapists.map(async (therapist) =>
        cookieFrom(await passwordLogin(therapist.email, PASSWORD)),
      ),
    );
    const responses = await Promise.all(
      Array.from({ length: parallel }, (_, i) =>
        api.inject({
          method: 'POST',
          url: i % 2 ? '/api/auth/second-factor' : '/api/auth/second-factor/recovery',
          headers: { ...CSRF, cookie: halfway[i % halfway.length]! },
          payload: { code: i % 2 ? '000000' : 'AAAA-BBBB-CCCC' },
        }),
      ),
    );
    expect(statuses(responses)).toContain(401);
    expect(statuses(responses).filter((status) => status !== 401 && status !== 429)).toEqual([]);
    await login(api, (await createPractice()).therapist);
  });

  it('answers parallel refused reset codes, reset tokens and setup codes with 4xx only', async () => {
    const { therapist } = await createPractice();
    const owner = await login(api, therapist);
    const codes = await Promise.all(
      Array.from({ length: parallel }, () =>
        as(api, owner).post(`/api/account/password/reset-codes/${randomUUID()}`),
      ),
    );
    expect(statuses(codes)).toEqual([404]);
    const tokens = await Promise.all(
      Array.from({ length: parallel }, (_, i) =>
        i % 2
          ? as(api, null).post('/api/account/password/reset', {
              token: `ABCD-EFGH-${String(i).padStart(4, '0')}`,
              password: 'een-ander-rustig-wachtwoord',
            })
          : as(api, null).post('/api/auth/setup', {
              email: `setup-${randomUUID()}@test.oefenruimte.nl`,
              name: 'Eerste eigenaar',
              practiceName: 'Praktijk Setup',
              password: 'een-ander-rustig-wachtwoord',
              setupCode: 'ABCD-EFGH-JKLM',
            }),
      ),
    );
    expect(outside4xx(tokens)).toEqual([]);
    await login(api, therapist);
  });
});
