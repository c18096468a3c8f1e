import {
  ASSIGNMENT_NOTE_MAX_LENGTH,
  ASSIGNMENT_RHYTHMS,
  ASSIGNMENT_STATUSES,
  FEEDBACK_MAX_LENGTH,
  type AssignmentRhythm,
  type AssignmentStatus,
  type CreateAssignmentRequest,
  type CreateFeedbackRequest,
  type ModuleAnswers,
  type SaveDraftRequest,
  type SubmitResponseRequest,
  type UpdateAssignmentRequest,
  type UpdateMarksRequest,
} from '@oefenruimte/shared';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
} from 'class-validator';
import { IsDay, IsVersion, NestedObject } from '../../common/dto/fields';
import { ReminderSuggestionDto } from '../../reminders/dto/reminders.dto';
import { Trim } from '../../common/dto/transforms';

const STEP_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export class CreateAssignmentDto implements CreateAssignmentRequest {
  @IsUUID()
  moduleId!: string;

  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(ASSIGNMENT_NOTE_MAX_LENGTH)
  note?: string;

  @IsOptional()
  @IsDay()
  dueDate?: string;

  @IsIn(ASSIGNMENT_RHYTHMS)
  rhythm!: AssignmentRhythm;

  @ValidateIf((dto: CreateAssignmentDto) => dto.rhythm === 'weekdays' || dto.weekdays !== undefined)
  @IsArray()
  @ArrayUnique()
  @ArrayMaxSize(7)
  @IsInt({ each: true })
  @Min(1, { each: true })
  @Max(7, { each: true })
  weekdays?: number[];

  @IsOptional()
  @NestedObject(() => ReminderSuggestionDto)
  reminder?: ReminderSuggestionDto;
}

export class UpdateAssignmentDto implements UpdateAssignmentRequest {
  @IsIn(ASSIGNMENT_STATUSES)
  status!: AssignmentStatus;

  @IsVersion()
  version!: number;
}

export class SaveDraftDto implements SaveDraftRequest {
  /** Checked step by step against the module's own answer schema in the service. */
  @IsObject()
  answers!: ModuleAnswers;

  @IsOptional()
  @ValidateIf((_, value) => value !== null)
  @IsString()
  @Matches(STEP_ID, { message: 'position must be a step id' })
  position?: string | null;

  @IsVersion()
  version!: number;
}

export class MarksDto implements UpdateMarksRequest {
  @IsArray()
  @ArrayUnique()
  @ArrayMaxSize(60)
  @Matches(STEP_ID, { each: true, message: 'share must list step ids' })
  share!: string[];

  @IsArray()
  @ArrayUnique()
  @ArrayMaxSize(60)
  @Matches(STEP_ID, { each: true, message: 'discuss must list step ids' })
  discuss!: string[];
}

export class SubmitResponseDto extends MarksDto implements SubmitResponseRequest {
  @IsString()
  @Length(8, 100)
  @Matches(/^[A-Za-z0-9_-]+$/, { message: 'idempotencyKey must be letters, digits, - or _' })
  idempotencyKey!: string;

  @IsVersion()
  version!: number;
}

export class CreateFeedbackDto implements CreateFeedbackRequest {
  @IsOptional()
  @ValidateIf((_, value) => value !== null)
  @Matches(STEP_ID, { message: 'stepId must be a step id' })
  stepId?: string | null;

  @Trim()
  @IsString()
  @Length(1, FEEDBACK_MAX_LENGTH)
  text!: string;
}
