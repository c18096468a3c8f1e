import { Body, Controller, Module, Post } from '@nestjs/common';
import { IsString, MaxLength } from 'class-validator';
import { Writable } from 'node:stream';
import { DataSource } from 'typeorm';
import { Public } from '../src/common/auth/public.decorator';
import {
  as,
  builtInModule,
  closeDatabase,
  createAssignment,
  createClientInCare,
  createPractice,
  CSRF,
  login,
  type Session,
} from './support/factories';
import { startTestApp, type TestApp } from './support/test-app';

class LeakDto {
  @IsString()
  @MaxLength(200)
  value!: string;
}

/** A route whose query fails inside PostgreSQL with the client's value in the error message. */
@Controller('probe-leak')
class LeakController {
  constructor(private readonly dataSource: DataSource) {}

  @Public()
  @Post()
  async leak(@Body() dto: LeakDto): Promise<unknown> {
    return this.dataSource.query('SELECT $1::uuid AS id', [dto.value]);
  }
}

@Module({ controllers: [LeakController] })
class LeakModule {}

const cursorOf = (values: unknown) => Buffer.from(JSON.stringify(values)).toString('base64url');
const nested = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);
const today = () =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());

/** One regression test per cause of a 500 found by the attack of issue 8 (point 4), and the log (point 5). */
describe('malformed input is a 400 naming the field, never a 500', () => {
  let api: TestApp;
  const lines: string[] = [];
  beforeAll(async () => {
    api = await startTestApp({
      extraImports: [LeakModule],
      env: { LOG_LEVEL: 'trace' },
      logStream: new Writable({
        write: (chunk, _encoding, done) => (lines.push(String(chunk)), done()),
      }),
    });
  });
  afterAll(async () => {
    await api.close();
    await closeDatabase();
  });

  async function people(): Promise<{ therapist: Session; client: Session; clientId: string }> {
    const { therapist } = await createPractice();
    const client = await createClientInCare(therapist);
    return {
      therapist: await login(api, therapist),
      client: await login(api, client),
      clientId: client.id,
    };
  }

  /** The fields (each once) of a 400 in the API's error shape. */
  function refused(response: { statusCode: number; json(): unknown }): string[] {
    expect(response.statusCode).toBe(400);
    const body = response.json() as { code: string; fields: { field: string; message: string }[] };
    expect(body).toMatchObject({ statusCode: 400, code: 'VALIDATION_FAILED' });
    for (const field of body.fields) expect(field.message).toEqual(expect.any(String));
    return [...new Set(body.fields.map((f) => f.field))];
  }

  it('refuses a body nested 10,000 levels deep, before parsing, also on login without a session', async () => {
    const response = await api.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { ...CSRF, 'content-type': 'application/json' },
      payload: `{"email":${nested(10_000)},"password":"x"}`,
    });
    expect(refused(response)).toEqual(['body']);
    expect(response.json().fields[0].constraint).toBe('maxDepth');
  });

  it('keeps brackets inside strings out of the depth count', async () => {
    const response = await api.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { ...CSRF, 'content-type': 'application/json' },
      payload: JSON.stringify({ email: 'niemand@example.nl', password: nested(40) }),
    });
    expect(response.statusCode).toBe(401);
  });

  it('refuses a NUL in a text field and in the library search', async () => {
    const { therapist, client } = await people();
    const checkin = await as(api, client).post('/api/me/checkins', {
      day: today(),
      idempotencyKey: 'nul-in-note-0001',
      note: 'rustig\u0000dag',
    });
    expect(refused(checkin)).toEqual(['note']);
    const search = await as(api, therapist).get('/api/library/modules?q=adem%00halen');
    expect(refused(search)).toEqual(['q']);
  });

  it('refuses a NUL or half an emoji in a homework answer stored as JSON', async () => {
    const { therapist: therapistSession, client: clientSession } = await people();
    const assignmentId = await createAssignment(
      therapistSession.person,
      clientSession.person,
      'ontwennen',
    );
    const started = await as(api, clientSession).post(
      `/api/me/assignments/${assignmentId}/responses`,
    );
    const draft = started.json() as { id: string; version: number };
    for (const text of ['Misschien\u0000overdrijf ik.', 'Blij \ud83d']) {
      const saved = await as(api, clientSession).patch(`/api/me/responses/${draft.id}`, {
        answers: { 'mijn-gedachten': text },
        version: draft.version,
      });
      expect(refused(saved)).toEqual(['answers.mijn-gedachten']);
    }
    const badKey = await as(api, clientSession).patch(`/api/me/responses/${draft.id}`, {
      answers: { 'mijn\u0000gedachten': 'x' },
      version: draft.version,
    });
    expect(refused(badKey)).toEqual(['answers']);
  });

  it('refuses half an emoji in an e-mail field', async () => {
    const { therapist } = await people();
    for (const [url, session, payload] of [
      ['/api/auth/login', null, { email: 'iemand\ud83d@example.nl', password: 'x' }],
      ['/api/account/password/forgot', null, { email: 'iemand\udc00@example.nl' }],
      ['/api/invitations', therapist, { name: 'Sam', email: 'sam\ud83d@example.nl' }],
    ] as const) {
      expect(refused(await as(api, session).post(url, payload))).toEqual(['email']);
    }
  });

  it('refuses an array where an object belongs', async () => {
    const { therapist, client, clientId } = await people();
    const checkin = await as(api, client).post('/api/me/checkins', {
      day: today(),
      idempotencyKey: 'items-array-0001',
      items: [{}],
    });
    expect(refused(checkin)).toEqual(['items']);
    const review = await as(api, therapist).post(`/api/clients/${clientId}/reviews`, {
      periodStart: '2026-01-01',
      periodEnd: '2026-01-10',
      agreements: [[]],
    });
    expect(refused(review)).toEqual(['agreements']);
  });

  it('refuses crafted paging cursors on the client list, the invitations and the access log', async () => {
    const { therapist, client } = await people();
    const uuid = '00000000-0000-4000-8000-000000000000';
    const crafted: [Session, string, unknown][] = [
      [therapist, '/api/clients', ['Anna', 'geen-uuid']],
      [therapist, '/api/clients', [1, uuid]],
      [therapist, '/api/invitations', ['gisteren', uuid]],
      [therapist, '/api/invitations', ['2026-13-45T00:00:00.000Z', uuid]],
      [client, '/api/me/access-log', ['12']],
      [client, '/api/me/access-log', [1e300]],
      [client, '/api/me/access-log', [-1.5]],
    ];
    for (const [session, url, values] of crafted) {
      const response = await as(api, session).get(`${url}?cursor=${cursorOf(values)}`);
      expect(refused(response)).toEqual(['cursor']);
    }
  });

  it.each(['2026-W01', '2026', '2026-11', '2026-001', '0000-01-01', '2026-11-21T25:00Z'])(
    'refuses the access-log date %s',
    async (from) => {
      const { client } = await people();
      expect(
        refused(await as(api, client).get(`/api/me/access-log?from=${encodeURIComponent(from)}`)),
      ).toEqual(['from']);
    },
  );

  it('still reads the access log from a day or from a moment with its offset', async () => {
    const { client } = await people();
    for (const from of ['2026-11-01', '2026-11-01T23:00:00.000Z', '2026-11-02T00:00+01:00']) {
      expect(
        (await as(api, client).get(`/api/me/access-log?from=${encodeURIComponent(from)}`))
          .statusCode,
      ).toBe(200);
    }
  });

  it('refuses a version of 2^31 or more', async () => {
    const { therapist } = await people();
    const response = await as(api, therapist).patch('/api/practice', {
      name: 'Praktijk Zon',
      version: 2 ** 31,
    });
    expect(refused(response)).toEqual(['version']);
  });

  it('makes five concurrent copies of one module without a 500: each gets its own slug', async () => {
    const { therapist } = await people();
    const { moduleId } = await builtInModule('ontwennen');
    const copies = await Promise.all(
      Array.from({ length: 5 }, () =>
        as(api, therapist).post('/api/library/modules', { copyFrom: moduleId }),
      ),
    );
    expect(copies.map((c) => c.statusCode)).toEqual([201, 201, 201, 201, 201]);
    const slugs = copies.map((c) => (c.json() as { slug: string }).slug);
    expect(new Set(slugs).size).toBe(5);
  });

  it('answers a unique-key race that reaches the database with 409', async () => {
    const { therapist } = await people();
    const created = await Promise.all(
      [1, 2].map(() => as(api, therapist).post('/api/library/modules', {})),
    );
    const [a, b] = created.map((c) => c.json() as { id: string; version: number });
    const content = (await as(api, therapist).get(`/api/library/modules/${a!.id}`)).json().draft;
    const renamed = { ...content, slug: 'zelfde-naam' };
    const saves = await Promise.all(
      [a!, b!].map((m) =>
        as(api, therapist).put(`/api/library/modules/${m.id}/draft`, {
          content: renamed,
          version: m.version,
        }),
      ),
    );
    const statuses = saves.map((s) => s.statusCode).sort();
    expect(statuses[0]).toBe(200);
    expect([400, 409]).toContain(statuses[1]);
  });

  it('never writes the value of a failed query to the log, whatever fails (point 5)', async () => {
    const marker = 'GEHEIM-woorden-van-de-client-7f3a';
    lines.length = 0;
    const response = await api.inject({
      method: 'POST',
      url: '/api/probe-leak',
      headers: CSRF,
      payload: { value: `mijn ${marker} vandaag` },
    });
    expect(response.statusCode).toBe(500);
    const log = lines.join('');
    expect(log).toContain('unexpected error');
    expect(log).toContain('22P02');
    expect(log).not.toContain(marker);
  });
});
