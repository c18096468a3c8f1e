import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { toApiError } from './api-error';
import { ValidationFailedException } from './validation-failed.exception';

const PATH_PROBLEMS: Record<string, { constraint: string; message: string }> = {
  FST_ERR_BAD_URL: { constraint: 'urlEncoding', message: 'path is not validly percent-encoded' },
  FST_ERR_MAX_PARAM_LENGTH: {
    constraint: 'maxLength',
    message: 'path has a part that is too long',
  },
};

/**
 * Errors Fastify's router raises before any route runs (a path it cannot decode, a path part
 * over its length limit): answered in the API's error shape, without echoing the path.
 */
export function answerFrameworkError(
  error: FastifyError,
  _request: FastifyRequest,
  reply: FastifyReply,
): void {
  const problem = PATH_PROBLEMS[error.code];
  const { body } = toApiError(
    problem ? new ValidationFailedException([{ field: 'path', ...problem }]) : error,
  );
  void reply
    .status(body.statusCode)
    .header('content-type', 'application/json; charset=utf-8')
    .send(body);
}
