import { HttpStatus, Param, ParseUUIDPipe } from '@nestjs/common';
import { CodedHttpException } from '../errors/api-error';

/** A path id that is not a UUID cannot name anything: answer 404, like any other unknown id. */
export const UuidParam = (name: string): ParameterDecorator =>
  Param(
    name,
    new ParseUUIDPipe({
      exceptionFactory: () => new CodedHttpException(HttpStatus.NOT_FOUND, 'NOT_FOUND'),
    }),
  );
