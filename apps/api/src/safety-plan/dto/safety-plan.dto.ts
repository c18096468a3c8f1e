import type {
  SafetyPlanContent,
  SaveSafetyPlanRequest,
  ShareSafetyPlanRequest,
} from '@oefenruimte/shared';
import { IsBoolean, IsObject, ValidateIf } from 'class-validator';
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
