import {
  type AcceptPlanSuggestionRequest,
  PLAN_SUGGESTION_NOTE_MAX_LENGTH,
  type SafetyPlanContent,
  type SaveSafetyPlanRequest,
  type ShareSafetyPlanRequest,
  type SuggestPlanChangeRequest,
} from '@oefenruimte/shared';
import { IsBoolean, IsObject, IsOptional, IsString, MaxLength, ValidateIf } from 'class-validator';
import { IsVersion } from '../../common/dto/fields';

export class SaveSafetyPlanDto implements SaveSafetyPlanRequest {
  /** Checked against the plan's schema (shared `validatePlanContent`) in the service. */
  @IsObject()
  content!: SafetyPlanContent;

  /** null only for the very first plan. */
  @ValidateIf((_, value) => value !== null)
  @IsVersion()
  baseVersion!: number | null;
}

export class ShareSafetyPlanDto implements ShareSafetyPlanRequest {
  @IsBoolean()
  shared!: boolean;

  @IsVersion()
  version!: number;
}

export class SuggestPlanChangeDto implements SuggestPlanChangeRequest {
  /** Checked against the plan's schema (shared `validatePlanContent`) in the service. */
  @IsObject()
  content!: SafetyPlanContent;

  @IsVersion()
  baseVersion!: number;

  @IsOptional()
  @IsString()
  @MaxLength(PLAN_SUGGESTION_NOTE_MAX_LENGTH)
  note?: string | null;
}

export class AcceptPlanSuggestionDto implements AcceptPlanSuggestionRequest {
  @IsVersion()
  planVersion!: number;
}
