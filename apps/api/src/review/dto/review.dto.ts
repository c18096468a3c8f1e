import {
  AGREEMENT_MAX_LENGTH,
  MAX_AGREEMENTS_PER_REVIEW,
  type CreateReviewRequest,
} from '@oefenruimte/shared';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { Trim } from '../../common/dto/transforms';

export class AgreementDto {
  @Trim()
  @IsString()
  @Length(1, AGREEMENT_MAX_LENGTH)
  text!: string;

  @IsOptional()
  @ValidateIf((_, value) => value !== null)
  @IsUUID()
  moduleId?: string | null;
}

export class CreateReviewDto implements CreateReviewRequest {
  @IsISO8601({ strict: true })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'periodStart must be a date like 2026-11-01' })
  periodStart!: string;

  @IsISO8601({ strict: true })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'periodEnd must be a date like 2026-11-21' })
  periodEnd!: string;

  @IsArray()
  @ArrayMaxSize(MAX_AGREEMENTS_PER_REVIEW)
  @ValidateNested({ each: true })
  @Type(() => AgreementDto)
  agreements!: AgreementDto[];
}
