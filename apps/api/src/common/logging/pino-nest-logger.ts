import type { LoggerService } from '@nestjs/common';
import type { Logger } from 'pino';
import { serializeError } from './logger';
import { requestContext } from './request-context';

/** Nest's start-up chatter; useful when debugging, noise in a terminal. */
const QUIET_CONTEXTS = new Set([
  'InstanceLoader',
  'RoutesResolver',
  'RouterExplorer',
  'NestFactory',
  'NestApplication',
]);

/** Sends Nest's own log calls to pino as JSON, with the request id when there is one. */
export class PinoNestLogger implements LoggerService {
  constructor(private readonly logger: Logger) {}

  log(message: unknown, context?: string): void {
    this.write(QUIET_CONTEXTS.has(context ?? '') ? 'debug' : 'info', message, context);
  }
  error(message: unknown, traceOrContext?: string, context?: string): void {
    this.write('error', message, context ?? traceOrContext);
  }
  warn(message: unknown, context?: string): void {
    this.write('warn', message, context);
  }
  debug(message: unknown, context?: string): void {
    this.write('debug', message, context);
  }
  verbose(message: unknown, context?: string): void {
    this.write('trace', message, context);
  }
  fatal(message: unknown, context?: string): void {
    this.write('fatal', message, context);
  }

  private write(
    level: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace',
    message: unknown,
    context: string | undefined,
  ): void {
    const requestId = requestContext.getStore()?.requestId;
    const bindings = { context, ...(requestId ? { reqId: requestId } : {}) };
    if (message instanceof Error)
      // The err serializer keeps what may be logged; the raw message can quote a value.
      this.logger[level](
        { ...bindings, err: message },
        (serializeError(message) as { message?: string }).message,
      );
    else if (typeof message === 'object' && message !== null)
      this.logger[level]({ ...bindings, ...message });
    else this.logger[level](bindings, String(message));
  }
}
