import { QueryFailedError, QueryRunnerProviderAlreadyReleasedError } from 'typeorm';
import { toApiError } from './api-error';

/** An error the way pg raises it: a message, and a SQLSTATE or socket code. */
function pgError(message: string, code?: string): Error {
  return Object.assign(new Error(message), code ? { code } : {});
}

describe('a database that is away answers 503 with Retry-After, never 500', () => {
  it.each([
    [
      'the server refuses connections (down)',
      pgError('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED'),
    ],
    ['the connection drops mid-request', pgError('Connection terminated unexpectedly')],
    [
      'the pool is full and no client came in time',
      pgError('timeout exceeded when trying to connect'),
    ],
    [
      'the server is starting or recovering (57P03)',
      pgError('the database system is starting up', '57P03'),
    ],
    [
      'the server was shut down (57P01)',
      pgError('terminating connection due to administrator command', '57P01'),
    ],
    [
      'another server process crashed (57P02)',
      pgError('terminating connection because of crash of another server process', '57P02'),
    ],
    ['a connection exception (08006)', pgError('connection failure', '08006')],
    ['too many connections (53300)', pgError('sorry, too many clients already', '53300')],
    [
      'a transaction whose connection broke (TypeORM released its runner)',
      new QueryRunnerProviderAlreadyReleasedError(),
    ],
    [
      "TypeORM's wrapper around a dropped connection",
      new QueryFailedError('SELECT 1', [], pgError('Connection terminated unexpectedly')),
    ],
  ])('%s', (_kind, error) => {
    const outcome = toApiError(error);
    expect(outcome.body).toEqual({
      statusCode: 503,
      code: 'SERVICE_UNAVAILABLE',
      message: expect.any(String),
    });
    expect(outcome.retryAfterSeconds).toBeGreaterThan(0);
    expect(outcome.unexpected).toBeUndefined();
  });

  it('leaves other database errors a 500 with an error id', () => {
    const outcome = toApiError(
      new QueryFailedError('SELECT x', [], pgError('column "x" does not exist', '42703')),
    );
    expect(outcome.body.statusCode).toBe(500);
    expect(outcome.retryAfterSeconds).toBeUndefined();
  });
});
