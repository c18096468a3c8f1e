import { type ArgumentsHost, Catch, type ExceptionFilter, Logger } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { toApiError, TooManyAttemptsException } from './api-error';

/** Every error leaves the API in one shape; an unexpected one is logged under its error id. */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): void {
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    const { body, unexpected, retryAfterSeconds } = toApiError(exception);
    if (unexpected !== undefined) {
      this.logger.error({ errorId: body.errorId, err: unexpected, msg: 'unexpected error' });
    }
    if (retryAfterSeconds !== undefined)
      void reply.header('retry-after', String(retryAfterSeconds));
    else if (exception instanceof TooManyAttemptsException)
      void reply.header('retry-after', String(Math.max(1, Math.ceil(exception.retryAfterSeconds))));
    void reply
      .status(body.statusCode)
      .header('content-type', 'application/json; charset=utf-8')
      .send(body);
  }
}
