import { IsOptional, IsString, MaxLength } from 'class-validator';
import { IsInstant } from '../../common/dto/fields';

export class AccessLogQueryDto {
  @IsOptional()
  @IsInstant()
  from?: string;

  @IsOptional()
  @IsInstant()
  to?: string;

  @IsOptional()
  @IsString()
  @MaxLength(200)
  cursor?: string;
}
