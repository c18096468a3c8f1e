import { Global, Module } from '@nestjs/common';
import { BackgroundWork } from '../common/background/background-work';
import { DemoOutboxController } from './demo-outbox.controller';
import { MailService } from './mail.service';
import { OutboxRepository } from './outbox.repository';

@Global()
@Module({
  controllers: [DemoOutboxController],
  providers: [MailService, OutboxRepository, BackgroundWork],
  exports: [MailService, BackgroundWork],
})
export class MailModule {}
