import { BadRequestException } from '@nestjs/common';
import type { FieldError } from '@oefenruimte/shared';
import type { ValidationError } from 'class-validator';

/** A 400 that names every field that was refused and why. */
export class ValidationFailedException extends BadRequestException {
  constructor(readonly fields: readonly FieldError[]) {
    super('The request has fields that are missing or not valid.');
  }

  static fromValidationErrors(errors: ValidationError[]): ValidationFailedException {
    return new ValidationFailedException(flatten(errors, ''));
  }
}

function flatten(errors: ValidationError[], prefix: string): FieldError[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([constraint, message]) => ({
      field,
      // forbidNonWhitelisted reports an unknown property under this name.
      constraint: constraint === 'whitelistValidation' ? 'unknownField' : constraint,
      message,
    }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}
