import { ERROR_CODES } from '@oefenruimte/shared';
import { getMetadataStorage } from 'class-validator';
import fc from 'fast-check';
import { Writable } from 'node:stream';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import type { LightMyRequestResponse } from 'fastify';
import {
  as,
  builtInModule,
  closeDatabase,
  createAssignment,
  createCheckin,
  createClientInCare,
  createPractice,
  CSRF,
  login,
  type Session,
} from './support/factories';
import { startTestApp, type TestApp } from './support/test-app';

/**
 * Property-based fuzzing of every operation in the app's own OpenAPI document (issue 8): wrong
 * types, missing and extra fields, huge, deep and odd JSON, NUL and lone surrogates, crafted
 * cursors, dates and integers, wrong content types and path ids that are not UUIDs, as no one,
 * as a client and as a therapist with second factor. Every string sent carries MARKER; the log
 * the app wrote meanwhile must not contain it. Fixed seed, fixed count: the same requests on
 * every run.
 */
const SEED = 20_261_202;
const REQUESTS = 5_600;
const IN_FLIGHT = 4;
const MARKER = 'FzMk';

type Actor = 'no one' | 'client' | 'therapist';
interface Operation {
  readonly method: string;
  readonly path: string;
  readonly pathParams: readonly string[];
  readonly bodyFields: readonly string[] | undefined;
}
interface FuzzRequest {
  readonly operation: Operation;
  readonly actor: Actor;
  readonly params: Readonly<Record<string, string>>;
  readonly query: Readonly<Record<string, string>>;
  readonly contentType: string | undefined;
  readonly payload: string | undefined;
}

const today = () =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());

/** The fields a DTO validates (inherited ones included), read from class-validator's metadata. */
function dtoFields(className: string): string[] {
  const storage = getMetadataStorage();
  const targets = (
    storage as unknown as { validationMetadatas: Map<abstract new () => object, unknown> }
  ).validationMetadatas;
  const target = [...targets.keys()].find((t) => t.name === className);
  if (!target) return [];
  return [
    ...new Set(
      storage.getTargetValidationMetadatas(target, '', true, false).map((m) => m.propertyName),
    ),
  ];
}

function operationsOf(document: {
  paths: Record<string, Record<string, Record<string, unknown>>>;
}): Operation[] {
  const operations: Operation[] = [];
  for (const [path, methods] of Object.entries(document.paths)) {
    for (const [method, spec] of Object.entries(methods)) {
      const parameters = (spec.parameters ?? []) as { in: string; name: string }[];
      const ref = (
        spec.requestBody as { content?: Record<string, { schema?: { $ref?: string } }> } | undefined
      )?.content?.['application/json']?.schema?.$ref;
      operations.push({
        method: method.toUpperCase(),
        path,
        pathParams: parameters.filter((p) => p.in === 'path').map((p) => p.name),
        bodyFields: ref ? dtoFields(ref.split('/').pop()!) : undefined,
      });
    }
  }
  return operations;
}

// ---- the values ----------------------------------------------------------------------------

/** A marker with a number, so a hit in the log can be traced to what was sent. */
const marker = fc.nat().map((n) => `${MARKER}${n.toString(36)}`);
const cursorOf = (values: unknown) => Buffer.from(JSON.stringify(values)).toString('base64url');
const nested = (depth: number, inner: string) => '['.repeat(depth) + inner + ']'.repeat(depth);

/** Strings that have broken parsers, databases and validators before; each carries a marker. */
const nastyString: fc.Arbitrary<string> = fc.oneof(
  marker,
  marker.map((m) => `${m}\u0000`),
  marker.map((m) => `\u0000${m}`),
  marker.map((m) => `${m}\ud83d`),
  marker.map((m) => `\udc00${m}`),
  marker.map((m) => `${m} 😀 é ü ß`),
  marker.map((m) => `${m}${'x'.repeat(5_000)}`),
  marker.map((m) => `  ${m}  `),
  marker.map((m) => `${m}'; DROP TABLE users; --`),
  marker.map((m) => `<script>${m}</script>`),
  marker.map((m) => `${m}@example.nl`),
  marker.map((m) => `${m}\ud83d@example.nl`),
  marker.map((m) => `${m}-2026-W01`),
  marker.map((m) => `${m}%00%ff`),
  marker.map((m) => cursorOf([m, 'geen-uuid'])),
  marker.map((m) => cursorOf([m])),
  marker.map((m) => `${m}${nested(50, '')}`),
  fc.tuple(marker, fc.string({ maxLength: 40, unit: 'binary' })).map(([m, s]) => m + s),
);

/** Strings without a marker: the shapes dates, cursors and ids take (carry nothing of a client). */
const oddToken = fc.constantFrom(
  '2026-W01',
  '2026',
  '2026-11',
  '2026-001',
  '0000-01-01',
  '2026-02-30',
  '2026-11-21T25:00Z',
  '2026-11-21T08:30:00+99:00',
  '99999-01-01',
  '-1',
  '1e400',
  'NaN',
  '00000000-0000-0000-0000-000000000000',
  cursorOf([1e300]),
  cursorOf([-1.5]),
  cursorOf(['12']),
  cursorOf(['2026-13-45T00:00:00.000Z', '00000000-0000-4000-8000-000000000000']),
  cursorOf([1, 2, 3]),
  cursorOf({}),
  'bm90IGpzb24',
  '',
);

const oddNumber = fc.oneof(
  fc.constantFrom(0, -1, 1.5, 2 ** 31, 2 ** 31 - 1, -(2 ** 31) - 1, 2 ** 53, 1e308, -1e308),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);

const nastyValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: nastyString },
  { weight: 2, arbitrary: oddToken },
  { weight: 3, arbitrary: oddNumber },
  { weight: 1, arbitrary: fc.constantFrom(null, true, false) },
  { weight: 2, arbitrary: fc.constantFrom([], [[]], [{}], {}, [null], { '0': 1 }) },
  { weight: 2, arbitrary: fc.array(nastyString, { maxLength: 4 }) },
  { weight: 2, arbitrary: fc.dictionary(nastyString, nastyString, { maxKeys: 3 }) },
  {
    weight: 1,
    arbitrary: fc.jsonValue({ maxDepth: 4 }).map((v) => ({ v, m: `${MARKER}json` })),
  },
);

/** Plausible values by field name, so a request can be one mutation away from valid. */
function seedValue(field: string, ids: Readonly<Record<string, string>>): unknown {
  const seeds: Record<string, unknown> = {
    email: 'iemand@example.nl',
    password: 'een-verkeerd-wachtwoord',
    currentPassword: 'een-verkeerd-wachtwoord',
    newPassword: 'een-nieuw-wachtwoord-lang',
    name: 'Sam',
    practiceName: 'Praktijk Zon',
    code: '123456',
    token: 'a'.repeat(40),
    phone: '0612345678',
    crisisText: 'Bel 113',
    version: 1,
    copyFrom: ids.moduleId,
    moduleId: ids.moduleId,
    content: {},
    note: 'notitie',
    dueDate: today(),
    rhythm: 'once',
    weekdays: [1, 3],
    status: 'paused',
    answers: {},
    position: null,
    share: [],
    discuss: [],
    idempotencyKey: 'fuzz-key-00000001',
    stepId: null,
    text: 'tekst',
    day: today(),
    tension: 3,
    mood: 5,
    items: {},
    bodySignals: [],
    shareByDefault: false,
    showPrivateCount: false,
    periodStart: '2026-01-01',
    periodEnd: '2026-01-10',
    agreements: [],
  };
  return field in seeds ? seeds[field] : `${MARKER}seed`;
}

function bodyArbitrary(
  operation: Operation,
  ids: Readonly<Record<string, string>>,
): fc.Arbitrary<{ contentType: string | undefined; payload: string | undefined }> {
  const fields = operation.bodyFields ?? [];
  const json = (value: unknown) => ({
    contentType: 'application/json',
    payload: JSON.stringify(value),
  });
  const seeded = () => Object.fromEntries(fields.map((f) => [f, seedValue(f, ids)]));
  const mutated = fc
    .tuple(
      fc.subarray(fields as string[], { maxLength: Math.min(3, fields.length) }),
      fc.array(nastyValue, { minLength: 3, maxLength: 3 }),
      fc.subarray(fields as string[], { maxLength: Math.min(1, fields.length) }),
      fc.option(fc.tuple(nastyString, nastyValue), { nil: undefined }),
    )
    .map(([changed, values, dropped, extra]) => {
      const body: Record<string, unknown> = seeded();
      changed.forEach((field, i) => (body[field] = values[i]));
      for (const field of dropped) delete body[field];
      if (extra) body[extra[0]] = extra[1];
      return json(body);
    });
  const raw = fc.oneof(
    nastyValue.map(json),
    fc
      .constantFrom(
        `{"a":${nested(10_000, '')}}`,
        nested(100_000, `"${MARKER}deep"`),
        `{"version": 1, "__proto__": {"admin": "${MARKER}proto"}}`,
        `{"constructor": {"prototype": {"admin": "${MARKER}ctor"}}}`,
        `{"note": "${MARKER}` + 'x'.repeat(300 * 1024) + '"}',
        `[${Array.from({ length: 40_000 }, () => 1).join(',')}]`,
        `{"${MARKER}broken": `,
        `{"email": "${MARKER}\\u0000@example.nl"}`,
        `{"text": "${MARKER}\\ud800"}`,
        '',
        'null',
        '1e999',
      )
      .map((payload) => ({ contentType: 'application/json', payload })),
    fc
      .tuple(
        fc.constantFrom(
          'text/plain',
          'application/x-www-form-urlencoded',
          'application/xml',
          'multipart/form-data; boundary=x',
          'application/vnd.api+json',
          'application/json; charset=utf-16',
          'application/octet-stream',
        ),
        nastyString,
      )
      .map(([contentType, text]) => ({ contentType, payload: `email=${text}&${text}` })),
  );
  return fields.length > 0
    ? fc.oneof({ weight: 3, arbitrary: mutated }, { weight: 2, arbitrary: raw })
    : fc.oneof(
        { weight: 1, arbitrary: raw },
        { weight: 1, arbitrary: fc.constant({ contentType: undefined, payload: undefined }) },
      );
}

const QUERY_NAMES = ['cursor', 'from', 'to', 'q', 'theme', `${MARKER}extra`] as const;

function requestArbitrary(
  operations: readonly Operation[],
  ids: Readonly<Record<string, string>>,
): fc.Arbitrary<FuzzRequest> {
  return fc.constantFrom(...operations).chain((operation) => {
    const params = Object.fromEntries(
      operation.pathParams.map((name) => {
        const valid =
          ids[name] !== undefined && !operation.path.endsWith('/end-care')
            ? [{ weight: 2, arbitrary: fc.constant(ids[name]!) }]
            : [];
        return [
          name,
          fc.oneof(
            ...valid,
            { weight: 1, arbitrary: fc.uuid() },
            { weight: 2, arbitrary: fc.oneof(nastyString, oddToken) },
          ),
        ];
      }),
    );
    const query = fc.dictionary(fc.constantFrom(...QUERY_NAMES), fc.oneof(nastyString, oddToken), {
      maxKeys: operation.method === 'GET' ? 3 : 1,
    });
    // Logging out would end the session the other requests use; it is fuzzed without one.
    const actors: Actor[] =
      operation.path === '/api/auth/logout' ? ['no one'] : ['no one', 'client', 'therapist'];
    return fc
      .record({
        operation: fc.constant(operation),
        actor: fc.constantFrom(...actors),
        params: fc.record(params),
        query,
        body: bodyArbitrary(operation, ids),
      })
      .map(({ body, ...rest }) => ({ ...rest, ...body }));
  });
}

// ---- the test ------------------------------------------------------------------------------

/**
 * Percent-encodes like encodeURIComponent, but sends a lone surrogate as the bytes it would
 * have in WTF-8 (`%ED%A0%BD`) instead of throwing: the server must cope with those too.
 */
function encode(value: string): string {
  return value.replace(
    /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|[^\uD800-\uDFFF]+|[\uD800-\uDBFF][\uDC00-\uDFFF]/g,
    (part) => {
      if (part.length !== 1 || part.charCodeAt(0) < 0xd800 || part.charCodeAt(0) > 0xdfff)
        return encodeURIComponent(part);
      const unit = part.charCodeAt(0);
      return [0xe0 | (unit >> 12), 0x80 | ((unit >> 6) & 0x3f), 0x80 | (unit & 0x3f)]
        .map((byte) => `%${byte.toString(16).toUpperCase()}`)
        .join('');
    },
  );
}

function urlOf(request: FuzzRequest): string {
  let path = request.operation.path;
  for (const [name, value] of Object.entries(request.params))
    path = path.replace(`{${name}}`, encode(value));
  const query = Object.entries(request.query)
    .map(([name, value]) => `${encode(name)}=${encode(value)}`)
    .join('&');
  return query ? `${path}?${query}` : path;
}

/** Why a response breaks the contract, or undefined when it keeps it. */
function contractBreach(response: LightMyRequestResponse): string | undefined {
  if (response.statusCode >= 500) return `status ${response.statusCode}`;
  if (response.statusCode < 400) return undefined;
  let body: Record<string, unknown>;
  try {
    body = response.json();
  } catch {
    return `a ${response.statusCode} whose body is not JSON`;
  }
  if (body.statusCode !== response.statusCode) return 'statusCode differs from the status';
  if (!(ERROR_CODES as readonly unknown[]).includes(body.code))
    return `unknown code ${String(body.code)}`;
  if (typeof body.message !== 'string') return 'no message';
  const allowed = new Set(['statusCode', 'code', 'message', 'fields', 'current', 'retryAfter']);
  const extra = Object.keys(body).filter((key) => !allowed.has(key));
  if (extra.length > 0) return `unexpected keys ${extra.join(',')}`;
  if (body.fields !== undefined) {
    if (!Array.isArray(body.fields) || body.fields.length === 0) return 'fields is not a list';
    for (const field of body.fields as Record<string, unknown>[]) {
      if (
        typeof field.field !== 'string' ||
        typeof field.constraint !== 'string' ||
        typeof field.message !== 'string'
      )
        return 'a field without field, constraint and message';
    }
  }
  return undefined;
}

describe('fuzzing every operation of the OpenAPI document', () => {
  let api: TestApp;
  const logLines: string[] = [];
  beforeAll(async () => {
    api = await startTestApp({
      env: { LOG_LEVEL: 'trace' },
      logStream: new Writable({
        write: (chunk, _encoding, done) => (logLines.push(String(chunk)), done()),
      }),
    });
  });
  afterAll(async () => {
    await api.close();
    await closeDatabase();
  });

  it(`sends ${REQUESTS} malformed requests: no 5xx, every 4xx in the error shape, nothing sent in the log`, async () => {
    const fetched = await api.inject({ method: 'GET', url: '/api/docs-json' });
    const document =
      fetched.statusCode === 200
        ? fetched.json()
        : SwaggerModule.createDocument(api.app, new DocumentBuilder().build());
    const operations = operationsOf(document);
    expect(operations.length).toBeGreaterThan(50);
    expect(
      operations.filter((o) => o.bodyFields && o.bodyFields.length > 0).length,
    ).toBeGreaterThan(20);

    const { therapist } = await createPractice({ secondFactor: true });
    const client = await createClientInCare(therapist);
    const sessions: Record<Actor, Session | null> = {
      'no one': null,
      therapist: await login(api, therapist),
      client: await login(api, client),
    };
    const { moduleId } = await builtInModule('ontwennen');
    const assignmentId = await createAssignment(therapist, client, 'ontwennen');
    const started = await as(api, sessions.client).post(
      `/api/me/assignments/${assignmentId}/responses`,
    );
    const invitation = await as(api, sessions.therapist).post('/api/invitations', { name: 'Sam' });
    const ids: Record<string, string> = {
      clientId: client.id,
      moduleId,
      assignmentId,
      responseId: started.json().id,
      checkinId: await createCheckin(client),
      invitationId: invitation.json().id,
    };

    const requests = fc.sample(requestArbitrary(operations, ids), {
      seed: SEED,
      numRuns: REQUESTS,
    });
    logLines.length = 0;
    const breaches: string[] = [];
    const statuses = new Map<number, number>();
    const reached = new Set<string>();
    for (let i = 0; i < requests.length; i += IN_FLIGHT) {
      await Promise.all(
        requests.slice(i, i + IN_FLIGHT).map(async (request) => {
          const session = sessions[request.actor];
          const response = await api.inject({
            method: request.operation.method as 'GET',
            url: urlOf(request),
            headers: {
              ...CSRF,
              ...(session ? { cookie: session.cookie } : {}),
              ...(request.contentType ? { 'content-type': request.contentType } : {}),
            },
            ...(request.payload !== undefined ? { payload: request.payload } : {}),
          });
          statuses.set(response.statusCode, (statuses.get(response.statusCode) ?? 0) + 1);
          reached.add(`${request.operation.method} ${request.operation.path}`);
          const breach = contractBreach(response);
          if (breach)
            breaches.push(
              `${request.operation.method} ${request.operation.path} as ${request.actor}: ${breach} (${response.body.slice(0, 200)})`,
            );
        }),
      );
    }

    expect(reached.size).toBe(operations.length);
    expect([...statuses.values()].reduce((a, b) => a + b, 0)).toBe(REQUESTS);
    expect(breaches).toEqual([]);
    const leaked = logLines.filter((line) => line.includes(MARKER));
    expect(leaked.map((line) => line.slice(0, 400))).toEqual([]);
    expect(logLines.length).toBeGreaterThan(REQUESTS); // the log was captured at all
  }, 300_000);
});
