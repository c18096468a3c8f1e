import { Writable } from 'node:stream';
import { CSRF_HEADER } from '@oefenruimte/shared';
import pino from 'pino';
import { QueryFailedError } from 'typeorm';
import { REDACTED_PATHS, requestIdFor, serializeError } from './logger';

describe('logging', () => {
  it('never writes the values of a failed query', () => {
    const error = new QueryFailedError(
      'INSERT INTO checkins (note) VALUES ($1)',
      ['mijn geheime notitie'],
      new Error('boom'),
    );
    const line = JSON.stringify(serializeError(error));
    expect(line).not.toContain('mijn geheime notitie');
    expect(line).toContain('INSERT INTO checkins');
  });

  it('keeps only the safe fields of a database error: never its message, detail or where', () => {
    const driverError = Object.assign(
      new Error('invalid byte sequence for encoding "UTF8": 0x00 near "lieve woorden"'),
      {
        code: '22021',
        severity: 'ERROR',
        detail: 'Key (note)=(lieve woorden) already exists.',
        where: 'JSON data, line 1: lieve woorden',
        table: 'checkins',
        column: 'note',
        routine: 'report_invalid_encoding',
      },
    );
    const error = new QueryFailedError(
      'UPDATE checkins SET note = $1',
      ['lieve woorden'],
      driverError,
    );
    const serialized = serializeError(error) as Record<string, unknown>;
    expect(JSON.stringify(serialized)).not.toContain('lieve woorden');
    expect(serialized).toMatchObject({
      type: 'QueryFailedError',
      sqlState: '22021',
      table: 'checkins',
      column: 'note',
      routine: 'report_invalid_encoding',
    });
  });

  it('drops quoted text from the message of any other error, keeping the stack frames', () => {
    let error: unknown;
    try {
      JSON.parse('{"note": "lieve woorden"');
    } catch (caught) {
      error = caught;
    }
    const serialized = serializeError(new Error('wrapped', { cause: error }));
    expect(JSON.stringify(serialized)).not.toContain('lieve woorden');
    expect(serialized).toMatchObject({
      type: 'Error',
      message: 'wrapped',
      stack: expect.stringContaining('    at '),
    });
  });

  it('redacts credentials and client text passed in by hand', () => {
    const lines: string[] = [];
    const logger = pino(
      { redact: { paths: REDACTED_PATHS, censor: '[redacted]' } },
      new Writable({ write: (chunk, _enc, done) => (lines.push(String(chunk)), done()) }),
    );
    logger.info({ body: { password: 'hunter2-hunter2', note: 'privé' }, token: 'abc' }, 'x');
    expect(lines.join('')).not.toMatch(/hunter2|privé|"abc"/);
  });

  it('redacts the headers the app really uses for credentials (cookie, CSRF)', () => {
    const lines: string[] = [];
    const logger = pino(
      { redact: { paths: REDACTED_PATHS, censor: '[redacted]' } },
      new Writable({ write: (chunk, _enc, done) => (lines.push(String(chunk)), done()) }),
    );
    logger.info({ req: { headers: { cookie: 'sid=geheim1', [CSRF_HEADER]: 'geheim2' } } }, 'x');
    expect(lines.join('')).not.toMatch(/geheim/);
  });

  it('keeps a well-formed request id and replaces anything else', () => {
    expect(requestIdFor('proxy-id-1234')).toBe('proxy-id-1234');
    expect(requestIdFor('bad id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(requestIdFor(['a', 'b'])).toMatch(/^[0-9a-f-]{36}$/);
  });
});
