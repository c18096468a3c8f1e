import { Body, Controller, Get, Module, Post } from '@nestjs/common';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { Access } from '../src/common/auth/access.decorator';
import { Public } from '../src/common/auth/public.decorator';
import { startTestApp, type TestApp } from './support/test-app';

class ProbeDto {
  @IsInt()
  @Min(0)
  @Max(10)
  tension!: number;

  @IsOptional()
  @IsString()
  @MaxLength(20)
  note?: string;

  @IsOptional()
  @IsIn(['overprikkeld', 'binnen-raam', 'bevroren'])
  window?: string;
}

/** Routes that exist only in this test, to exercise the global pipe, guard and filter. */
@Controller('probe')
class ProbeController {
  @Public()
  @Post()
  create(@Body() body: ProbeDto): ProbeDto {
    return body;
  }

  @Public()
  @Get('boom')
  boom(): never {
    throw new Error('connection string postgres://user:secret@db leaked');
  }

  @Get('no-rule')
  withoutRule(): string {
    return 'should never be seen';
  }

  @Access({ roles: ['therapist', 'client'] })
  @Get('members')
  members(): string {
    return 'should never be seen without a session';
  }
}

@Module({ controllers: [ProbeController] })
class ProbeModule {}

describe('the error contract', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp({ extraImports: [ProbeModule] });
  });
  afterAll(() => api.close());

  const post = (payload: string, contentType = 'application/json') =>
    api.inject({
      method: 'POST',
      url: '/api/probe',
      payload,
      headers: { 'content-type': contentType, 'x-oefenruimte-csrf': '1' },
    });

  it('accepts a valid body', async () => {
    const response = await post(JSON.stringify({ tension: 4, note: 'rustig' }));
    expect(response.statusCode).toBe(201);
    expect(response.json()).toEqual({ tension: 4, note: 'rustig' });
  });

  it('names the field and the reason for a value off the scale', async () => {
    const response = await post(JSON.stringify({ tension: 11 }));
    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual({
      statusCode: 400,
      code: 'VALIDATION_FAILED',
      message: expect.any(String),
      fields: [
        { field: 'tension', constraint: 'max', message: expect.stringContaining('tension') },
      ],
    });
  });

  it('refuses a smuggled field instead of ignoring it', async () => {
    const response = await post(JSON.stringify({ tension: 3, clientId: 'someone-else' }));
    expect(response.statusCode).toBe(400);
    expect(response.json().fields).toEqual([
      expect.objectContaining({ field: 'clientId', constraint: 'unknownField' }),
    ]);
  });

  it('reports every refused field at once', async () => {
    const response = await post(
      JSON.stringify({ tension: 'high', note: 'x'.repeat(21), window: 'open' }),
    );
    const fields = response.json().fields.map((f: { field: string }) => f.field);
    expect(new Set(fields)).toEqual(new Set(['tension', 'note', 'window']));
  });

  it.each([
    ['plain text', 'tension=3', 'text/plain'],
    ['a form', 'tension=3', 'application/x-www-form-urlencoded'],
    ['XML', '<tension>3</tension>', 'application/xml'],
  ])('answers 415 for %s', async (_kind, payload, contentType) => {
    const response = await post(payload, contentType);
    expect(response.statusCode).toBe(415);
    expect(response.json()).toEqual({
      statusCode: 415,
      code: 'UNSUPPORTED_MEDIA_TYPE',
      message: expect.any(String),
    });
  });

  it.each([
    ['broken JSON', '{"tension": 3'],
    ['an empty body', ''],
    ['a JSON string', '"hallo"'],
    ['a JSON array', '[1,2,3]'],
    ['JSON null', 'null'],
    ['a prototype-poisoning body', '{"tension": 3, "__proto__": {"admin": true}}'],
  ])('never answers 500 for %s', async (_kind, payload) => {
    const response = await post(payload);
    expect(response.statusCode).toBeGreaterThanOrEqual(400);
    expect(response.statusCode).toBeLessThan(500);
    expect(response.json()).toMatchObject({
      statusCode: response.statusCode,
      code: expect.any(String),
    });
  });

  it('answers 413 for a body over the limit', async () => {
    const response = await post(JSON.stringify({ tension: 1, note: 'x'.repeat(300 * 1024) }));
    expect(response.statusCode).toBe(413);
    expect(response.json().code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('gives a 500 only an error id, nothing of the cause', async () => {
    const response = await api.inject({ method: 'GET', url: '/api/probe/boom' });
    expect(response.statusCode).toBe(500);
    const body = response.json();
    expect(Object.keys(body).sort()).toEqual(['code', 'errorId', 'message', 'statusCode']);
    expect(response.body).not.toContain('secret');
  });

  it('refuses a route that has no access rule at all (fail closed)', async () => {
    const response = await api.inject({ method: 'GET', url: '/api/probe/no-rule' });
    expect(response.statusCode).toBe(403);
    expect(response.body).not.toContain('should never be seen');
  });

  it('answers 401 on a members route without a session', async () => {
    const response = await api.inject({ method: 'GET', url: '/api/probe/members' });
    expect(response.statusCode).toBe(401);
    expect(response.json()).toEqual({
      statusCode: 401,
      code: 'UNAUTHENTICATED',
      message: expect.any(String),
    });
  });

  it('refuses a state-changing request without the CSRF header', async () => {
    const response = await api.inject({
      method: 'POST',
      url: '/api/probe',
      payload: { tension: 3 },
    });
    expect(response.statusCode).toBe(403);
    expect(response.json().code).toBe('CSRF_FAILED');
  });

  it('refuses a state-changing request from a foreign origin, even with the header', async () => {
    const response = await api.inject({
      method: 'POST',
      url: '/api/probe',
      payload: { tension: 3 },
      headers: { 'x-oefenruimte-csrf': '1', origin: 'https://evil.example' },
    });
    expect(response.statusCode).toBe(403);
    expect(response.json().code).toBe('CSRF_FAILED');
  });

  it('answers an unknown API path with the error shape', async () => {
    const response = await api.inject({ method: 'GET', url: '/api/does-not-exist' });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toEqual({
      statusCode: 404,
      code: 'NOT_FOUND',
      message: expect.any(String),
    });
  });
});
