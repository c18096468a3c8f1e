import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
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

  /** A client's log leaves out their own actions unless asked (`own=true`). */
  @IsOptional()
  @IsIn(['true', 'false'])
  own?: 'true' | 'false';
}
