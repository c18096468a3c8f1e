import {
  AGREEMENT_MAX_LENGTH,
  MAX_AGREEMENTS_PER_REVIEW,
  type CreateReviewRequest,
} from '@oefenruimte/shared';
import { ArrayMaxSize, IsOptional, IsString, IsUUID, Length, ValidateIf } from 'class-validator';
import { IsDay, NestedArray } from '../../common/dto/fields';
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
  @IsDay()
  periodStart!: string;

  @IsDay()
  periodEnd!: string;

  @NestedArray(() => AgreementDto)
  @ArrayMaxSize(MAX_AGREEMENTS_PER_REVIEW)
  agreements!: AgreementDto[];
}
