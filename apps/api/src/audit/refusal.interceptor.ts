import {
  type CallHandler,
  type ExecutionContext,
  HttpStatus,
  Injectable,
  type NestInterceptor,
} from '@nestjs/common';
import { catchError, type Observable } from 'rxjs';
import { type AuthUser, requestMeta } from '../common/auth/auth-user';
import { CodedHttpException } from '../common/errors/api-error';
import { RefusalService, RefusedException } from './refusal.service';

interface Request {
  readonly user?: AuthUser;
  readonly params?: Record<string, unknown>;
  readonly ip: string;
  readonly id: string;
  readonly headers: Record<string, unknown>;
}

/**
 * Every 404 a signed-in caller gets from a handler is a refused attempt: it is written to the
 * audit log with the client it concerns as subject (see RefusalService), after the handler's
 * transaction rolled back, and the same 404 goes out.
 */
@Injectable()
export class RefusalInterceptor implements NestInterceptor {
  constructor(private readonly refusals: RefusalService) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<Request>();
    return next.handle().pipe(
      catchError(async (error: unknown) => {
        const notFound =
          error instanceof CodedHttpException && error.getStatus() === HttpStatus.NOT_FOUND;
        if (notFound && request.user) {
          await this.refusals.record(
            request.user,
            request.params,
            requestMeta(request),
            error instanceof RefusedException ? error.attempt : undefined,
          );
        }
        throw error;
      }),
    );
  }
}
