import { Controller, Get, Res } from '@nestjs/common';
import { ApiOkResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { HealthResponse } from '@oefenruimte/shared';
import type { FastifyReply } from 'fastify';
import { Public } from '../common/auth/public.decorator';
import { DATABASE_RETRY_AFTER_SECONDS } from '../common/errors/database-unavailable';
import { HealthService } from './health.service';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(private readonly health: HealthService) {}

  @Public()
  @Get()
  @ApiOkResponse({ description: 'The API and its database answer.' })
  @ApiServiceUnavailableResponse({ description: 'The database does not answer.' })
  async check(@Res({ passthrough: true }) reply: FastifyReply): Promise<HealthResponse> {
    const result = await this.health.check();
    void reply.status(result.database === 'up' ? 200 : 503);
    if (result.database !== 'up') void reply.header('retry-after', DATABASE_RETRY_AFTER_SECONDS);
    return result;
  }
}
