import {
  BODY_SIGNALS,
  CHECKIN_NOTE_MAX_LENGTH,
  CHECKIN_SCALE,
  CHECKIN_TEXT_MAX_LENGTH,
  WINDOW_OF_TOLERANCE,
  type BodySignal,
  type CheckinModuleItems,
  type CheckinPreferences,
  type CreateCheckinRequest,
  type UpdateCheckinRequest,
  type WindowOfTolerance,
} from '@oefenruimte/shared';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
} from 'class-validator';
import { IsDay, IsVersion, NestedObject } from '../../common/dto/fields';

/** A 0–10 scale answer; leaving it out or null means "not answered" (no question is mandatory). */
const Scale = (): PropertyDecorator => (target, key) => {
  ValidateIf((_, value) => value !== null && value !== undefined)(target, key);
  IsInt()(target, key);
  Min(CHECKIN_SCALE.min)(target, key);
  Max(CHECKIN_SCALE.max)(target, key);
};

const OptionalText =
  (max: number): PropertyDecorator =>
  (target, key) => {
    ValidateIf((_, value) => value !== null && value !== undefined)(target, key);
    IsString()(target, key);
    MaxLength(max)(target, key);
  };

const OptionalBoolean = (): PropertyDecorator => (target, key) => {
  ValidateIf((_, value) => value !== null && value !== undefined)(target, key);
  IsBoolean()(target, key);
};

export class CheckinItemsDto implements CheckinModuleItems {
  @Scale() urge?: number | null;
  @OptionalBoolean() contact?: boolean | null;
  @OptionalText(CHECKIN_TEXT_MAX_LENGTH) trigger?: string | null;
  @OptionalText(CHECKIN_TEXT_MAX_LENGTH) instead?: string | null;
  @OptionalBoolean() boundarySet?: boolean | null;
  @OptionalText(CHECKIN_TEXT_MAX_LENGTH) boundaryReaction?: string | null;
}

class CheckinFieldsDto {
  @Scale() tension?: number | null;
  @Scale() mood?: number | null;
  @Scale() energy?: number | null;
  @Scale() sleep?: number | null;

  @ValidateIf((_, value) => value !== null && value !== undefined)
  @IsIn(WINDOW_OF_TOLERANCE)
  window?: WindowOfTolerance | null;

  @IsOptional()
  @ArrayUnique()
  @ArrayMaxSize(BODY_SIGNALS.length)
  @IsIn(BODY_SIGNALS, { each: true })
  bodySignals?: BodySignal[];

  @OptionalText(CHECKIN_NOTE_MAX_LENGTH) note?: string | null;

  @IsOptional()
  @NestedObject(() => CheckinItemsDto)
  items?: CheckinItemsDto;

  @OptionalBoolean() safetyConcern?: boolean | null;

  @IsOptional()
  @IsBoolean()
  shared?: boolean;

  @IsOptional()
  @IsBoolean()
  discuss?: boolean;
}

export class CreateCheckinDto extends CheckinFieldsDto implements CreateCheckinRequest {
  @IsDay()
  day!: string;

  @IsString()
  @Length(8, 100)
  @Matches(/^[A-Za-z0-9_-]+$/, { message: 'idempotencyKey must be letters, digits, - or _' })
  idempotencyKey!: string;
}

export class UpdateCheckinDto extends CheckinFieldsDto implements UpdateCheckinRequest {
  @IsOptional()
  @IsDay()
  day?: string;

  @IsVersion()
  version!: number;
}

export class CheckinPreferencesDto implements CheckinPreferences {
  @IsBoolean()
  shareByDefault!: boolean;

  @IsBoolean()
  showPrivateCount!: boolean;
}

export class PeriodQueryDto {
  @IsOptional()
  @IsDay()
  from?: string;

  @IsOptional()
  @IsDay()
  to?: string;
}
