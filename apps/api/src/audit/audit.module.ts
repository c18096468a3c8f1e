import { Global, Module } from '@nestjs/common';
import { AccessLogController } from './access-log.controller';
import { AccessLogService } from './access-log.service';
import { AuditService } from './audit.service';

@Global()
@Module({
  controllers: [AccessLogController],
  providers: [AuditService, AccessLogService],
  exports: [AuditService],
})
export class AuditModule {}
