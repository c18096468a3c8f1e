import {
  NAME_MAX_LENGTH,
  PRACTICE_TEXT_MAX_LENGTH,
  type UpdatePracticeRequest,
} from '@oefenruimte/shared';
import { IsOptional, IsString, Length, MaxLength, ValidateIf } from 'class-validator';
import { IsVersion } from '../../common/dto/fields';
import { Trim } from '../../common/dto/transforms';

export class UpdatePracticeDto implements UpdatePracticeRequest {
  @IsOptional()
  @Trim()
  @IsString()
  @Length(1, NAME_MAX_LENGTH)
  name?: string;

  @ValidateIf((_, value) => value !== null && value !== undefined)
  @Trim()
  @IsString()
  @MaxLength(40)
  phone?: string | null;

  @ValidateIf((_, value) => value !== null && value !== undefined)
  @Trim()
  @IsString()
  @MaxLength(PRACTICE_TEXT_MAX_LENGTH)
  crisisText?: string | null;

  /** The version the change was made on; a newer one in the database means 409. */
  @IsVersion()
  version!: number;
}
