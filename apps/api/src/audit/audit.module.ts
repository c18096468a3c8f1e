import { Global, Module } from '@nestjs/common';
import { AccessLogController } from './access-log.controller';
import { AccessLogService } from './access-log.service';
import { AuditRepository } from './audit.repository';
import { AuditService } from './audit.service';
import { RefusalService } from './refusal.service';

@Global()
@Module({
  controllers: [AccessLogController],
  providers: [AuditRepository, AuditService, AccessLogService, RefusalService],
  exports: [AuditService, RefusalService],
})
export class AuditModule {}
