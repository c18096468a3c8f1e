import {
  type AssignQuestionnaireRequest,
  type ImportQuestionnaireRequest,
  QUESTIONNAIRE_EVERY_DAYS,
  QUESTIONNAIRE_MAX_ITEMS,
  type SaveQuestionnaireDraftRequest,
  type ShareQuestionnaireResultRequest,
  type SubmitQuestionnaireRequest,
} from '@oefenruimte/shared';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  Min,
  ValidateIf,
  registerDecorator,
} from 'class-validator';
import { INT4_MAX, IsVersion } from '../../common/dto/fields';

/** A list whose every entry is a whole number or null (a skipped question). */
const NullableWholeNumbers = (): PropertyDecorator => (target, key) =>
  registerDecorator({
    name: 'nullableWholeNumbers',
    target: target.constructor,
    propertyName: String(key),
    validator: {
      validate: (value: unknown) =>
        Array.isArray(value) &&
        value.every((v) => v === null || (Number.isInteger(v) && Math.abs(v) <= INT4_MAX)),
      defaultMessage: (args) => `${args?.property ?? 'answers'} must hold whole numbers or null`,
    },
  });

export class ImportQuestionnaireDto implements ImportQuestionnaireRequest {
  /** Checked item by item against the scoring profiles (shared `validateQuestionnaire`) in the service. */
  @IsObject()
  questionnaire!: Record<string, unknown>;
}

export class AssignQuestionnaireDto implements AssignQuestionnaireRequest {
  @IsUUID()
  questionnaireId!: string;

  @ValidateIf((_, value) => value !== null)
  @IsInt()
  @Min(QUESTIONNAIRE_EVERY_DAYS.min)
  @Max(QUESTIONNAIRE_EVERY_DAYS.max)
  everyDays!: number | null;
}

export class SaveQuestionnaireDraftDto implements SaveQuestionnaireDraftRequest {
  /** One per question, null when skipped; each checked against its question in the service. */
  @IsArray()
  @ArrayMaxSize(QUESTIONNAIRE_MAX_ITEMS)
  @NullableWholeNumbers()
  answers!: (number | null)[];

  @ValidateIf((_, value) => value !== null)
  @IsVersion()
  version!: number | null;
}

export class SubmitQuestionnaireDto
  extends SaveQuestionnaireDraftDto
  implements SubmitQuestionnaireRequest
{
  @IsString()
  @Length(8, 100)
  @Matches(/^[A-Za-z0-9_-]+$/, { message: 'idempotencyKey must be letters, digits, - or _' })
  idempotencyKey!: string;

  @IsOptional()
  @IsBoolean()
  shared?: boolean;
}

export class ShareQuestionnaireResultDto implements ShareQuestionnaireResultRequest {
  @IsBoolean()
  shared!: boolean;
}
