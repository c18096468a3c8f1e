import { Writable } from 'node:stream';
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

  it('redacts credentials and client text passed in by hand', () => {
    const lines: string[] = [];
    const logger = pino(
      { redact: { paths: REDACTED_PATHS, censor: '[redacted]' } },
      new Writable({ write: (chunk, _enc, done) => (lines.push(String(chunk)), done()) }),
    );
    logger.info({ body: { password: 'hunter2-hunter2', note: 'privé' }, token: 'abc' }, 'x');
    expect(lines.join('')).not.toMatch(/hunter2|privé|"abc"/);
  });

  it('keeps a well-formed request id and replaces anything else', () => {
    expect(requestIdFor('proxy-id-1234')).toBe('proxy-id-1234');
    expect(requestIdFor('bad id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(requestIdFor(['a', 'b'])).toMatch(/^[0-9a-f-]{36}$/);
  });
});
