import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { AccessLogEntry, Page } from '@oefenruimte/shared';
import { Access } from '../common/auth/access.decorator';
import { type AuthUser, CurrentUser, Meta, type RequestMeta } from '../common/auth/auth-user';
import { AccessLogService } from './access-log.service';
import { AccessLogQueryDto } from './dto/access-log-query.dto';

@ApiTags('audit')
@Controller('me/access-log')
export class AccessLogController {
  constructor(private readonly accessLog: AccessLogService) {}

  @Access({ roles: ['client', 'therapist'] })
  @Get()
  list(
    @CurrentUser() user: AuthUser,
    @Query() query: AccessLogQueryDto,
    @Meta() meta: RequestMeta,
  ): Promise<Page<AccessLogEntry>> {
    return this.accessLog.list(user, query, meta);
  }
}
