import { IsIn, IsISO8601, IsOptional, IsString, MaxLength } from 'class-validator';

export class AccessLogQueryDto {
  @IsOptional()
  @IsISO8601({ strict: true })
  from?: string;

  @IsOptional()
  @IsISO8601({ strict: true })
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
