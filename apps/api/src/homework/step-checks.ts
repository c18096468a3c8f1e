import type { FieldError, ModuleContent } from '@oefenruimte/shared';
import { ValidationFailedException } from '../common/errors/validation-failed.exception';
import type { MarksDto } from './dto/homework.dto';

/** Every step named to share or discuss is a step of the module; each one that is not, by its field. */
export function assertKnownSteps(content: ModuleContent, dto: MarksDto): void {
  const known = new Set(content.steps.map((step) => step.id));
  const problems: FieldError[] = [];
  for (const [field, ids] of [
    ['share', dto.share],
    ['discuss', dto.discuss],
  ] as const) {
    ids.forEach((id, index) => {
      if (!known.has(id))
        problems.push({
          field: `${field}.${index}`,
          constraint: 'knownStep',
          message: `${field}.${index} is not a step of this module`,
        });
    });
  }
  if (problems.length > 0) throw new ValidationFailedException(problems);
}
