import { ConflictException, NotFoundException, ServiceUnavailableException } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import { toApiError } from './api-error';
import { ValidationFailedException } from './validation-failed.exception';

describe('toApiError', () => {
  it('keeps every refused field of a validation error', () => {
    const { body } = toApiError(
      new ValidationFailedException([
        { field: 'tension', constraint: 'max', message: 'tension must not be greater than 10' },
      ]),
    );
    expect(body).toEqual({
      statusCode: 400,
      code: 'VALIDATION_FAILED',
      message: expect.any(String),
      fields: [
        { field: 'tension', constraint: 'max', message: 'tension must not be greater than 10' },
      ],
    });
  });

  it('maps client errors to their code without leaking the thrown text', () => {
    expect(toApiError(new NotFoundException('client 42 belongs to practice 7')).body).toEqual({
      statusCode: 404,
      code: 'NOT_FOUND',
      message: 'Not found.',
    });
    expect(toApiError(new ConflictException()).body.code).toBe('CONFLICT');
    expect(toApiError(new ServiceUnavailableException()).body.statusCode).toBe(503);
  });

  it('turns fastify body errors into 4xx, not 500', () => {
    const tooLarge = Object.assign(new Error('too large'), {
      statusCode: 413,
      code: 'FST_ERR_CTP_BODY_TOO_LARGE',
    });
    expect(toApiError(tooLarge).body).toMatchObject({ statusCode: 413, code: 'PAYLOAD_TOO_LARGE' });
    const badJson = Object.assign(new SyntaxError('Unexpected token'), { statusCode: 400 });
    expect(toApiError(badJson).body).toMatchObject({ statusCode: 400, code: 'MALFORMED_BODY' });
  });

  it('gives an unexpected error only an id, and hands the error back for the log', () => {
    const boom = new Error('password=hunter2 in a stack trace');
    const { body, unexpected } = toApiError(boom);
    expect(Object.keys(body).sort()).toEqual(['code', 'errorId', 'message', 'statusCode']);
    expect(body.errorId).toMatch(/^[0-9a-f-]{36}$/);
    expect(JSON.stringify(body)).not.toContain('hunter2');
    expect(unexpected).toBe(boom);
  });

  it('does not trust a statusCode on an arbitrary error', () => {
    const sneaky = Object.assign(new Error('db down'), { statusCode: 404 });
    expect(toApiError(sneaky).body.statusCode).toBe(500);
  });

  it('answers a unique-key race, a serialization failure or a deadlock with 409', () => {
    for (const code of ['23505', '40001', '40P01']) {
      const driverError = Object.assign(new Error('duplicate key'), { code });
      const { body, unexpected } = toApiError(
        new QueryFailedError('INSERT INTO modules', [], driverError),
      );
      expect(body).toEqual({ statusCode: 409, code: 'CONFLICT', message: expect.any(String) });
      expect(unexpected).toBeUndefined();
    }
  });
});
