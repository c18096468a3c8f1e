import { type ArgumentMetadata, Injectable, ValidationPipe } from '@nestjs/common';
import { textProblems } from '../dto/well-formed-text';
import { ValidationFailedException } from '../errors/validation-failed.exception';

/**
 * The one validation pipe of the API, for every body, query and path parameter: first the
 * text rule for every string in it (whatever the DTO says), then the DTO's own rules.
 */
@Injectable()
export class AppValidationPipe extends ValidationPipe {
  constructor() {
    super({
      whitelist: true,
      forbidNonWhitelisted: true,
      transform: true,
      exceptionFactory: (errors) => ValidationFailedException.fromValidationErrors(errors),
    });
  }

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type === 'body' || metadata.type === 'query' || metadata.type === 'param') {
      const problems = textProblems(value, metadata.data ?? '');
      if (problems.length > 0) throw new ValidationFailedException(problems);
    }
    return super.transform(value, metadata);
  }
}
